from django.http import HttpResponse
from django.urls import reverse
from ninja import Router

from eprm_hub.models import OECDStep
from members.models import Organisation, StepStatus, Visibility
from members.search import CATALOGUE

from . import schemas
from .listing import absolute, conditional, find, search_page, terms, texts

router = Router(tags=["members"])

ROWS = Organisation.objects.visible().prefetch_related("supply_chain_tiers", "minerals")


def _choice(value, label):
    return {"slug": value, "name": str(label)} if value else None


def item(request, organisation, steps=None):
    """What the member's page shows a visitor who is not logged in: the parts it made
    public, never its contacts."""
    public = Visibility.PUBLIC
    supply_chain = disclosures = progress = None
    shows_supply_chain = organisation.pillar == Organisation.Pillar.SUPPLY_CHAIN
    if shows_supply_chain and organisation.supply_chain_visibility == public:
        supply_chain = {
            "role": _choice(organisation.role, organisation.get_role_display()),
            "tiers": terms(organisation.supply_chain_tiers),
            "minerals": terms(organisation.minerals),
        }
    if organisation.disclosures_visibility == public:
        disclosures = {
            "policy_url": organisation.policy_url,
            "grievance_url": organisation.grievance_url,
            "report_url": organisation.report_url,
            "publishes_smelter_list": organisation.publishes_smelter_list,
            "reporting_templates": organisation.reporting_templates,
            "assurance_programme": organisation.assurance_programme,
        }
    if organisation.steps_visibility == public:
        progress = []
        for step in steps if steps is not None else OECDStep.objects.all():
            status = getattr(organisation, f"step{step.number}_status")
            progress.append(
                {
                    "number": step.number,
                    "name": step.label,
                    "status": _choice(status, StepStatus(status).label),
                    "note": getattr(organisation, f"step{step.number}_note"),
                }
            )
    country = organisation.country
    return {
        "slug": organisation.slug,
        "name": organisation.name,
        "pillar": _choice(organisation.pillar, organisation.get_pillar_display()),
        "membership_type": _choice(
            organisation.membership_type, organisation.get_membership_type_display()
        ),
        "country": {"slug": country.code, "name": str(country.name)} if country else None,
        "website": organisation.website,
        "logo_url": absolute(request, organisation.logo.url) if organisation.logo else None,
        **texts(organisation, "description"),
        "joined_on": organisation.joined_on,
        "supply_chain": supply_chain,
        "disclosures": disclosures,
        "steps": progress,
        "hub_url": absolute(request, organisation.get_absolute_url()),
        "api_url": absolute(request, reverse("api:member", args=[organisation.slug])),
    }


@router.get(
    "/",
    response={200: schemas.MemberPage, 400: schemas.Error, 304: None},
    url_name="members",
    summary="Search the member directory",
    description="The members listed in the public directory, with the same parameters and "
    "counts as its page (/en/members/). A part an organisation shares with EPRM members only "
    "is null.",
)
def member_list(request, response: HttpResponse):
    def answer():
        steps = list(OECDStep.objects.all())
        return search_page(request, CATALOGUE, ROWS, lambda r, o: item(r, o, steps))

    return conditional(request, response, CATALOGUE, answer)


@router.get(
    "/{slug}/",
    response={200: schemas.Member, 400: schemas.Error, 404: schemas.Error, 304: None},
    url_name="member",
    summary="One member of the public directory",
)
def member_detail(request, response: HttpResponse, slug: str):
    def answer():
        organisation = find(ROWS, slug, "member of the public directory")
        return item(request, organisation)

    return conditional(request, response, CATALOGUE, answer)
