"""Which rules apply to a company (GET /api/v1/rules/): the answers of the page /en/rules/,
with the same parameters (their names are fixed: other tools call them) and the same
messages for bad input. docs/rules.md."""

from django.utils import translation
from ninja import Router, Status

from guidance import rules_views
from guidance.forms import CompanyForm

from . import schemas
from .listing import ApiError, absolute, language

router = Router(tags=["rules"])

DESCRIPTION = """Compares a company's figures with the rules that may apply to it:
Regulation (EU) 2017/821 and its Annex I line by line, the Batteries Regulation, the CSDDD,
the German LkSG, the French duty of vigilance, Dodd-Frank section 1502 and the Forced Labour
Regulation. One entry per rule, with a verdict (`applies`, `will-apply`, `does-not-apply` or
`cannot-tell`), the date it applies `from`, the `reasons` in the language asked for, the
`sources` and the date an editor last `checked` the rule. Indicative, not legal advice: where a
threshold could not be confirmed from the official text, the verdict is `cannot-tell`.
Bad input (letters in a number, a negative figure, a malformed CN pair, an unknown country or
mineral) answers 400 with the message of each field in `fields`."""


def parameters():
    """The operation's query parameters as the server takes them, for the OpenAPI document:
    what matches these patterns is accepted (the form also takes figures such as "1 200"), and
    an empty value is the parameter left out."""
    from django_countries import countries

    from eprm_hub.models import Mineral

    whole = {"type": "string", "pattern": r"^(?:\d{1,15})?$"}
    slug = "|".join(Mineral.objects.values_list("slug", flat=True)) or "tin"
    cn = r"\d{4}(?:[ .]?\d{2}){0,3}:\d{1,15}(?:\.\d{1,6})?"
    # A checkbox: 0, false or empty is no, any other value yes.
    flag = {"type": "string", "examples": ["1", "0"]}
    date = {"anyOf": [{"type": "string", "format": "date"}, {"type": "string", "maxLength": 0}]}
    described = [
        ("country", {"type": "string", "enum": ["", *(code for code, _ in countries)]},
         "ISO 3166-1 alpha-2 code of the registered office."),
        ("employees", whole, "Employees worldwide, with subsidiaries."),
        ("employees_in_country", whole, "Employees in that country (default: employees)."),
        ("turnover_eur", whole, "Net worldwide annual turnover in euros."),
        ("eu_turnover_eur", whole,
         "Net turnover in the EU (default: all of it for an EU company, else 0)."),
        ("imports", {"type": "string", "pattern": rf"^(?:{cn}(?:,{cn})*)?$"},
         "CN:kg pairs a year, separated by commas, e.g. 26090000:6000,71081200:150."),
        ("minerals", {"type": "string", "pattern": rf"^(?:(?:{slug})(?:,(?:{slug}))*)?$"},
         "Mineral slugs its products contain or need, separated by commas."),
        ("batteries", flag, "1 if it places batteries on the EU market (0 if not)."),
        ("sec_registrant", flag,
         "1 if it files reports with the US SEC (13(a) or 15(d)) (0 if not)."),
        ("products_eu", flag, "1 if it makes products available on the EU market (0 if not)."),
        ("on", date, "The date to judge on, YYYY-MM-DD (default: today)."),
    ]  # fmt: skip
    return [
        {"name": name, "in": "query", "required": False, "schema": schema, "description": text}
        for name, schema, text in described
    ]


@router.get(
    "/",
    response={200: schemas.RulesAnswer, 400: schemas.FieldErrors},
    url_name="rules",
    by_alias=True,
    summary="Which rules apply to a company",
    description=DESCRIPTION,
)
def rules(
    request,
    country: str | None = None,
    employees: str | None = None,
    employees_in_country: str | None = None,
    turnover_eur: str | None = None,
    eu_turnover_eur: str | None = None,
    imports: str | None = None,
    minerals: str | None = None,
    batteries: str | None = None,
    sec_registrant: str | None = None,
    products_eu: str | None = None,
    on: str | None = None,
):
    try:
        asked = language(request)
    except ApiError as error:  # a 400 as the others, naming its field
        return Status(400, {"error": error.message, "fields": {"lang": [error.message]}})
    with translation.override(asked):
        form = CompanyForm(request.GET)
        if not form.is_valid():
            fields = form.errors_by_field()
            message = "; ".join(f"{name}: {' '.join(texts)}" for name, texts in fields.items())
            return Status(400, {"error": message, "fields": fields})
        rule_list, explained = rules_views.explain(form)
        company = form.company()
        return {
            "as_of": rules_views.judging.as_of(rule_list),
            "on": company.on,
            "disclaimer": str(DISCLAIMER),
            "path_url": absolute(request, rules_views.path_url(company)),
            "rules": [_entry(request, item) for item in explained],
        }


DISCLAIMER = translation.gettext_lazy(
    "Indicative, not legal advice: the official texts and the competent authorities have the "
    "last word."
)


def _entry(request, item):
    rule, answer = item.rule, item.answer
    return {
        "id": rule.slug,
        "name": str(rule.label),
        "verdict": answer.verdict,
        "from": answer.applies_from,
        "reasons": [str(reason) for reason in answer.reasons],
        "summary": str(rule.in_language("summary")),
        "sources": [
            {"title": s.title, "article": s.article, "date": s.date, "url": s.url}
            for s in item.texts
        ],
        "authorities": [{"title": s.title, "url": s.url} for s in item.authorities],
        "checked": rule.checked,
        "resources": [
            {
                "title": str(r.in_language("title")),
                "url": r.url,
                "hub_url": absolute(request, r.get_absolute_url()),
            }
            for r in item.resources
        ],
        "library_url": absolute(request, item.library_url),
    }
