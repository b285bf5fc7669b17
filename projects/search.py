"""The project portfolio's listing: its facets and sorts for the facet engine (eprm_hub.facets)."""

from django.db.models import F, Func, Value
from django.utils.translation import gettext_lazy as _

from eprm_hub.facets import (
    Catalogue,
    Facet,
    Sort,
    Term,
    choice_terms,
    country_term,
    country_terms,
    terms_of,
)
from eprm_hub.models import SDG, Mineral
from members.models import Organisation

from .models import Call, Project, Status


def _country_terms():
    codes = set()
    for row in Project.objects.published().values_list("countries", flat=True):
        codes.update(code for code in row.split(",") if code)  # stored as "CD,RW"
    return country_terms(codes)


def _sdg_terms():
    return [
        Term.named(
            g.slug,
            {code: f"{g.number}. {name}" for code, name in g.names_of("name").items()},
            colour=g.colour,
        )
        for g in SDG.objects.all()
    ]


def _call_terms():
    return [Term(call.slug, call.name) for call in Call.objects.all()]


def _partner_terms():
    partners = Organisation.objects.filter(partnerships__project__is_published=True).distinct()
    return [Term(o.slug, o.name) for o in partners.order_by("name")]


def _other_partner(slug):
    """A member listed in the public directory that is no partner of a published project.

    Any other organisation record (unlisted, or a partner of drafts only) is ignored in the
    words used for a value that does not exist: its name is not public."""
    organisation = Organisation.objects.visible().filter(slug=slug).first()
    return Term(organisation.slug, organisation.name) if organisation else None


def _country_pairs(rows):
    # countries holds comma-separated codes ("CD,RW"): one pair per code.
    codes = Func(Func(F("countries"), Value(","), function="string_to_array"), function="unnest")
    return rows.exclude(countries="").annotate(code=codes).values_list("pk", "code")


CATALOGUE = Catalogue(
    "projects",
    visible=lambda: Project.objects.published(),
    facets=[
        Facet(
            "country",
            _("Country"),
            "countries",
            _country_terms,
            pairs=_country_pairs,
            long=True,
            other=country_term,
        ),
        Facet(
            "mineral",
            _("Mineral"),
            "minerals__slug",
            terms_of(Mineral),
        ),
        Facet(
            "status",
            _("Status"),
            "status_override",  # and the dates: the status is computed (Project.status)
            choice_terms(Status.choices),
            pairs=lambda rows: rows.with_status().values_list("pk", "current_status"),
        ),
        Facet(
            "sdg",
            _("Sustainable Development Goal"),
            "sdgs__slug",
            _sdg_terms,
            long=True,
        ),
        Facet(
            "call",
            _("Call for proposals"),
            "call__slug",
            _call_terms,
        ),
        Facet(
            "partner",
            _("Partner"),
            "partnerships__organisation__slug",
            _partner_terms,
            long=True,
            other=_other_partner,
        ),
        Facet(
            "gender",
            _("Gender focus"),
            "gender_focus",
            choice_terms(Project.GenderFocus.choices),
        ),
    ],
    sorts=[
        Sort("relevance", _("Relevance")),
        Sort(
            "newest",
            _("Newest"),
            (
                F("start_year").desc(nulls_last=True),
                F("start_date").desc(nulls_last=True),
                "title",
                "pk",
            ),
        ),
        Sort(
            "start",
            _("Start date"),
            (
                F("start_year").asc(nulls_last=True),
                F("start_date").asc(nulls_last=True),
                "title",
                "pk",
            ),
        ),
        Sort("grant", _("EPRM grant"), (F("eprm_grant").desc(nulls_last=True), "title", "pk")),
        Sort("title", _("Title"), ("title", "pk")),
    ],
    row_facets=("mineral",),
)
