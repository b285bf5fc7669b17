from django.http import HttpResponse
from django.urls import reverse
from ninja import Router

from resources.models import Resource
from resources.search import CATALOGUE

from . import schemas
from .listing import absolute, conditional, find, search_page, terms, texts

router = Router(tags=["resources"])

ROWS = Resource.objects.select_related("publisher", "resource_type").prefetch_related(
    "minerals", "supply_chain_tiers", "oecd_steps", "business_needs", "regions", "tags"
)


def item(request, resource):
    return {
        "slug": resource.slug,
        **texts(resource, "title", "summary"),
        "url": resource.url,
        "publisher": resource.publisher.name if resource.publisher else None,
        "year": resource.year,
        "type": {"slug": resource.resource_type.slug, "name": resource.resource_type.label},
        "languages": resource.languages,
        "minerals": terms(resource.minerals),
        "tiers": terms(resource.supply_chain_tiers),
        "steps": terms(resource.oecd_steps),
        "needs": terms(resource.business_needs),
        "regions": terms(resource.regions),
        "tags": sorted(tag.name for tag in resource.tags.all()),
        "hub_url": absolute(request, resource.get_absolute_url()),
        "api_url": absolute(request, reverse("api:resource", args=[resource.slug])),
    }


@router.get(
    "/",
    response={200: schemas.ResourcePage, 400: schemas.Error, 304: None},
    url_name="resources",
    summary="Search the resource library",
    description="The published resources, with the same parameters and counts as the "
    "library's page (/en/resources/): free text, every facet, years, sort and page.",
)
def resource_list(request, response: HttpResponse):
    return conditional(
        request, response, CATALOGUE, lambda: search_page(request, CATALOGUE, ROWS, item)
    )


@router.get(
    "/{slug}/",
    response={200: schemas.ResourceDetail, 400: schemas.Error, 404: schemas.Error, 304: None},
    url_name="resource",
    summary="One published resource",
)
def resource_detail(request, response: HttpResponse, slug: str):
    def answer():
        resource = find(ROWS.published(), slug, "published resource")
        return item(request, resource) | {
            "description": resource.description,
            "company_name": resource.company_name,
            "company_size": resource.company_size,
            "last_reviewed_on": resource.last_reviewed_on,
        }

    return conditional(request, response, CATALOGUE, answer)
