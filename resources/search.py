"""The resource library's listing: its facets and sorts for the facet engine (eprm_hub.facets)."""

from django.db.models import F, Func
from django.utils.translation import gettext_lazy as _

from eprm_hub import languages
from eprm_hub.facets import Catalogue, Facet, Sort, Term, terms_of
from eprm_hub.models import BusinessNeed, Mineral, OECDStep, Region, ResourceType, SupplyChainTier

from .models import Publisher, Resource


def _language_terms():
    codes = Resource.objects.published().annotate(code=Func(F("languages"), function="unnest"))
    found = codes.order_by().values_list("code", flat=True).distinct()
    terms = [Term.named(code, languages.names(code)) for code in found]
    return sorted(terms, key=lambda term: term.name)


def _language_pairs(rows):
    # languages is an array ("{en,fr}"): one pair per code.
    return rows.annotate(code=Func(F("languages"), function="unnest")).values_list("pk", "code")


def _other_language(code):
    return Term.named(code, languages.names(code)) if languages.is_valid(code) else None


def _publisher_terms():
    used = Publisher.objects.filter(resources__status=Resource.Status.PUBLISHED).distinct()
    return [Term(p.slug, p.name) for p in used.order_by("name")]


def _region_terms():
    """The regions as a tree: each region followed by the regions that are part of it."""
    regions = list(Region.objects.select_related("parent"))
    children = {}
    for region in regions:
        children.setdefault(region.parent_id, []).append(region)
    terms = []

    def add(parent_id):
        for region in children.get(parent_id, []):
            parent = region.parent.slug if region.parent else ""
            terms.append(Term.named(region.slug, region.names_of("name"), parent=parent))
            add(region.pk)

    add(None)
    return terms


def _step_terms():
    return [
        Term.named(
            s.slug, {code: f"{s.number}. {name}" for code, name in s.names_of("name").items()}
        )
        for s in OECDStep.objects.all()
    ]


CATALOGUE = Catalogue(
    "resources",
    visible=lambda: Resource.objects.published(),
    facets=[
        Facet(
            "need",
            _("Business need"),
            "business_needs__slug",
            terms_of(BusinessNeed),
            vocabulary="need",
        ),
        Facet(
            "mineral",
            _("Mineral"),
            "minerals__slug",
            terms_of(Mineral),
            vocabulary="mineral",
        ),
        Facet(
            "tier",
            _("Supply-chain tier"),
            "supply_chain_tiers__slug",
            terms_of(SupplyChainTier),
            vocabulary="tier",
        ),
        Facet(
            "step",
            _("OECD step"),
            "oecd_steps__slug",
            _step_terms,
            vocabulary="step",
        ),
        Facet(
            "type",
            _("Type"),
            "resource_type__slug",
            terms_of(ResourceType),
            vocabulary="type",
        ),
        Facet(
            "language",
            _("Language"),
            "languages",
            _language_terms,
            pairs=_language_pairs,
            long=True,
            other=_other_language,
        ),
        Facet(
            "region",
            _("Region"),
            "regions__slug",
            _region_terms,
            vocabulary="region",
        ),
        Facet(
            "publisher",
            _("Publisher"),
            "publisher__slug",
            _publisher_terms,  # only publishers of published resources have a public name
            long=True,
        ),
    ],
    sorts=[
        Sort("relevance", _("Relevance")),
        Sort("newest", _("Newest"), ("-published_at", "-pk")),
        Sort("title", _("Title"), ("title", "pk")),
        Sort("year", _("Year published"), (F("year").desc(nulls_last=True), "title", "pk")),
    ],
    year_field="year",
    words_view="resources_searchword",
    highlight=("title", "summary"),
    row_facets=("mineral", "tier", "step", "need"),
)
