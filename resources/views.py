from dataclasses import dataclass
from datetime import timedelta

from django.contrib import messages
from django.http import JsonResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from eprm_hub import downloads
from eprm_hub.client import client_address, keyed_hash
from eprm_hub.facets import Search, in_order, render_listing
from eprm_hub.feeds import TranslatedFeed

from . import exporting, metadata
from .models import LinkReport, Resource
from .related import related, term_keys, with_terms
from .search import CATALOGUE

JSON_PAGE_SIZE_MAX = 100
REPORTS_PER_HOUR = 5
FEED_SIZE = 30
# The parameters that say which resources a search finds: not its page, order or open facet.
SEARCH_PARAMETERS = ("q", *(facet.name for facet in CATALOGUE.facets), "year_min", "year_max")


def resource_list(request):
    rows = Resource.objects.select_related("publisher", "resource_type")
    return render_listing(request, CATALOGUE, "resources/list.html", rows)


def export_json(request):
    raw = request.GET.get("page_size", "")
    if raw:
        try:
            page_size = int(raw)
        except ValueError:
            page_size = 0
        if not 1 <= page_size <= JSON_PAGE_SIZE_MAX:
            return JsonResponse(
                {"error": f"page_size must be a whole number from 1 to {JSON_PAGE_SIZE_MAX}"},
                status=400,
            )
    else:
        page_size = 20
    search = CATALOGUE.search(request.GET, page_size=page_size)
    rows = Resource.objects.select_related("publisher", "resource_type").prefetch_related(
        "minerals", "supply_chain_tiers", "oecd_steps", "business_needs", "regions", "tags"
    )
    results = [_as_json(request, row) for row in in_order(rows, search.ids)]
    return JsonResponse(
        {
            "count": search.total,
            "results": results,
            "facets": search.as_facets_json(),
            "page": search.page,
            "pages": search.pages,
            # The text as searched (a spelling correction when nothing matched the words typed),
            # and whether the results have all its words or, for want of them, most.
            "query": search.query,
            "corrected_from": search.corrected_from or None,
            "all_words": not search.relaxed,
            "ignored": [{"parameter": name, "value": value} for name, value in search.ignored]
            + [{"parameter": "q", "value": word} for word in search.words_beyond],
        },
        json_dumps_params={"ensure_ascii": False},
    )


def _as_json(request, resource):
    def slugs(related):
        return [term.slug for term in related.all()]

    return {
        "title": resource.title,
        "url": resource.url,
        "slug": resource.slug,
        "publisher": resource.publisher.name if resource.publisher else None,
        "year": resource.year,
        "resource_type": resource.resource_type.slug,
        "languages": resource.languages,
        "minerals": slugs(resource.minerals),
        "supply_chain_tiers": slugs(resource.supply_chain_tiers),
        "oecd_steps": slugs(resource.oecd_steps),
        "business_needs": slugs(resource.business_needs),
        "regions": slugs(resource.regions),
        "tags": sorted(tag.name for tag in resource.tags.all()),
        "summary": resource.summary,
        "detail_url": request.build_absolute_uri(resource.get_absolute_url()),
    }


def export_csv(request):
    """Every match of the search, in its order, in the import format: rate-limited per client,
    and sent only once complete (eprm_hub/downloads.py, docs/exports.md)."""
    if refused := downloads.limited(request):
        return refused
    search = CATALOGUE.search(request.GET)
    return downloads.csv_file(exporting.lines(search.all_ids()), "eprm-resources.csv")


def resource_detail(request, slug):
    visible = Resource.objects.all() if request.user.is_staff else Resource.objects.published()
    resource = get_object_or_404(
        visible.select_related("publisher", "resource_type").prefetch_related("regions", "tags"),
        slug=slug,
    )
    # A published resource's needs, steps, minerals and tiers come from the facet index, as
    # they do on the listing: four queries fewer than reading its relations.
    figures, thesaurus = CATALOGUE.current()
    with_terms([resource], figures)
    resource.facts = {
        facet: [figures.term(facet, key) for key in keys]
        for facet, keys in term_keys(resource).items()
    }
    regions = resource.regions.all()  # as recorded: the index rolls regions up
    resource.facts["region"] = [figures.term("region", region.slug) for region in regions]
    return render(
        request,
        "resources/detail.html",
        {
            "resource": resource,
            "related": related(resource, current=(figures, thesaurus)),
            "structured_data": metadata.json_ld(request, resource),
        },
    )


def _visitor(request):
    """A keyed hash of the visitor's address: enough to rate-limit, not to identify."""
    return keyed_hash(client_address(request))


@require_POST
def report_broken_link(request, slug):
    resource = get_object_or_404(Resource.objects.published(), slug=slug)
    visitor = _visitor(request)
    recent = LinkReport.objects.filter(
        visitor=visitor, reported_at__gte=timezone.now() - timedelta(hours=1)
    )
    if recent.filter(resource=resource).exists():
        messages.info(request, _("Thank you: we already have your report about this link."))
    elif recent.count() >= REPORTS_PER_HOUR:
        response = render(
            request,
            "resources/report_limit.html",
            {"resource": resource},
            status=429,
        )
        response["Retry-After"] = "3600"
        return response
    else:
        LinkReport.objects.create(resource=resource, visitor=visitor)
        messages.success(
            request, _("Thank you: the editors will check the link and fix or remove it.")
        )
    return redirect(resource)


@dataclass
class FollowedSearch:
    """What a resource feed follows: the search, and the query string that says what it is."""

    search: Search
    query_string: str  # "" or "?mineral=tin&tier=downstream"


class ResourceFeed(TranslatedFeed):
    """The newest resources a search finds: the same parameters as the listing page, so
    any result page can be followed. Values it does not understand are left out, as on the
    page (a feed reader cannot show an error), and other parameters are dropped. An entry
    in another language than the feed's says which (eprm_hub/feeds.py)."""

    # RFC 4287: an entry without an author of its own (a resource with no publisher) takes
    # the feed's.
    author_name = gettext_lazy(
        "Due Diligence Hub of the European Partnership for Responsible Minerals"
    )
    subtitle = gettext_lazy(
        "Guidance, tools and case studies for responsible mineral supply chains, newest first."
    )

    def get_object(self, request):
        params = QueryDict(mutable=True)
        for name in SEARCH_PARAMETERS:
            if values := [value for value in request.GET.getlist(name) if value]:
                params.setlist(name, values)
        query_string = f"?{params.urlencode()}" if params else ""
        # A feed reader shows the newest first, whatever order the page was sorted in.
        params["sort"] = "newest"
        return FollowedSearch(CATALOGUE.search(params, page_size=FEED_SIZE), query_string)

    def title(self, followed):
        search = followed.search
        what = [f"“{search.query}”"] if search.query else []
        what += [chip.label for chip in search.chips()]
        if not what:
            return _("Due Diligence Hub: new resources")
        return _("New resources: %(search)s") % {"search": ", ".join(what)}

    def link(self, followed):
        return reverse("resources:list") + followed.query_string

    def feed_url(self, followed):
        return reverse("resources:feed") + followed.query_string

    def items(self, followed):
        rows = Resource.objects.select_related("publisher", "resource_type").prefetch_related(
            "business_needs", "minerals"
        )
        return in_order(rows, followed.search.ids)

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated

    def item_author_name(self, item):
        return item.publisher.name if item.publisher else None

    def item_categories(self, item):
        return [item.resource_type.label] + [
            term.label for term in (*item.business_needs.all(), *item.minerals.all())
        ]
