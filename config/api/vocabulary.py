"""The shared vocabulary: each kind's slugs (what the listings' parameters take) with their
names in every language of the Hub."""

from django.http import HttpResponse
from django.utils.text import capfirst
from ninja import Router

from eprm_hub import i18n
from eprm_hub.models import (
    SDG,
    BusinessNeed,
    Mineral,
    OECDStep,
    Region,
    ResourceType,
    SupplyChainTier,
)

from . import schemas
from .listing import conditional

router = Router(tags=["vocabulary"])

# The path's name, its model, and which listings' parameter takes its slugs.
KINDS = [
    ("minerals", Mineral, "mineral (resources, members, projects)"),
    ("tiers", SupplyChainTier, "tier (resources, members)"),
    ("steps", OECDStep, "step (resources)"),
    ("needs", BusinessNeed, "need (resources)"),
    ("types", ResourceType, "type (resources)"),
    ("regions", Region, "region (resources)"),
    ("sdgs", SDG, "sdg (projects)"),
]


def _terms(model):
    rows = model.objects.all()
    if model is Region:
        rows = rows.select_related("parent")
    return [
        {
            "slug": term.slug,
            "names": {code: term.translation("name", code) or term.name for code in i18n.codes()},
            "parent": term.parent.slug if getattr(term, "parent", None) else None,
        }
        for term in rows
    ]


def _operation(kind, model, parameter):
    def view(request, response: HttpResponse):
        return conditional(request, response, None, lambda: _terms(model), localised=False)

    view.__name__ = f"vocabulary_{kind}"
    router.get(
        f"/{kind}/",
        response={200: list[schemas.VocabularyTerm], 304: None},
        url_name=f"vocabulary-{kind}",
        summary=capfirst(model._meta.verbose_name_plural),
        description=f"Every {model._meta.verbose_name}, in its order, with its name in each "
        "of the Hub's languages (en, fr, es, pt, de, nl). Its slugs are the values of the "
        f"listings' parameter {parameter}.",
    )(view)


for _kind, _model, _parameter in KINDS:
    _operation(_kind, _model, _parameter)
