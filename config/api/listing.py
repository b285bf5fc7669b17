"""What the three listings of the API share: the language, the page size, conditional GET,
the listing's answer from the facet engine, and its OpenAPI parameters, derived from the
catalogue's declaration so that a new facet or sort is documented without a word here."""

import hashlib
import re

from django.db.models import Max
from django.http import HttpResponseNotModified
from django.utils import timezone, translation
from django.utils.http import urlencode
from django.utils.translation.trans_real import parse_accept_lang_header

from eprm_hub import i18n, thesaurus
from eprm_hub.facets import in_order, shown
from eprm_hub.models import IndexVersion

LANGUAGES = tuple(i18n.codes())
PAGE_SIZE, PAGE_SIZE_MAX = 20, 100
SLUG = re.compile(r"[-\w]{1,120}")
API_ONLY = ("page_size", "lang")  # parameters the API reads and the HTML listings do not


class ApiError(Exception):
    """A request the API refuses: a clear message and a 4xx."""

    def __init__(self, message, status=400):
        super().__init__(message)
        self.message, self.status = message, status


def language(request):
    """?lang=, else the first language of Accept-Language the Hub has, else English."""
    asked = request.GET.get("lang")
    if asked is not None:
        if asked not in LANGUAGES:
            raise ApiError(f"lang must be one of: {', '.join(LANGUAGES)}")
        return asked
    for code, _quality in parse_accept_lang_header(request.headers.get("Accept-Language", "")):
        if code.split("-")[0].lower() in LANGUAGES:
            return code.split("-")[0].lower()
    return "en"


def page_size(request):
    """?page_size=, digits only: " 5", "+5" or an empty value is a 400 as the document says."""
    raw = request.GET.get("page_size")
    if raw is None:
        return PAGE_SIZE
    size = int(raw) if re.fullmatch(r"[0-9]{1,3}", raw) else 0
    if not 1 <= size <= PAGE_SIZE_MAX:
        raise ApiError(f"page_size must be a whole number from 1 to {PAGE_SIZE_MAX}")
    return size


def etag(request, catalogue=None):
    """An ETag for this request from what its answer depends on: the index versions that the
    triggers renew on every change to what a listing shows, including a row leaving it
    (docs/facets.md); the newest `updated` of the visible rows, for the fields the listing
    does not read (a link, a contact-free part of a profile, a project's indicators, saved
    with their project); the day (a project's status follows it); the language and the query
    string. Two small queries, and no search, to answer a 304."""
    names = [catalogue.name] if catalogue else []
    rows = IndexVersion.objects.filter(name__in=[*names, "vocabulary", thesaurus.VERSION_NAME])
    state = [sorted(rows.values_list("name", "version")), timezone.localdate()]
    if catalogue:
        state.append(catalogue.visible().aggregate(newest=Max("updated"))["newest"])
    key = repr((state, translation.get_language(), request.get_full_path()))
    return '"' + hashlib.sha256(key.encode()).hexdigest()[:32] + '"'


def not_modified(request, tag):
    """A 304 when the client's copy is current (If-None-Match), else None."""
    sent = request.headers.get("If-None-Match", "")
    if tag in [t.strip().removeprefix("W/") for t in sent.split(",")] or sent.strip() == "*":
        response = HttpResponseNotModified()
        response["ETag"] = tag
        return response
    return None


def search_page(request, catalogue, rows, item):
    """A listing's answer: the same search as the HTML page of these parameters."""
    size = page_size(request)
    search = catalogue.search(request.GET, page_size=size)
    known = {"q", "sort", "page", *API_ONLY, *(f.name for f in catalogue.facets)}
    if catalogue.year_field:
        known |= {"year_min", "year_max"}
    ignored = [{"parameter": name, "value": value} for name, value in search.ignored]
    ignored += [{"parameter": "q", "value": word} for word in search.words_beyond]
    ignored += [
        {"parameter": shown(name), "value": shown(value)}  # as the HTML page shows them
        for name, values in request.GET.lists()
        if name not in known
        for value in values
    ]

    def link(page):
        if not 1 <= page <= search.pages or search.total == 0:
            return None
        params = request.GET.copy()
        params["page"] = page
        return request.build_absolute_uri(f"{request.path}?{params.urlencode()}")

    return {
        "count": search.total,
        "page": search.page,
        "pages": search.pages,
        "page_size": size,
        "next": link(search.page + 1),
        "previous": link(search.page - 1),
        "query": search.query,
        "corrected_from": search.corrected_from or None,
        "all_words": not search.relaxed,
        "ignored": ignored,
        "results": [item(request, row) for row in in_order(rows, search.ids)],
        "facets": [
            {
                "name": facet.name,
                "label": str(facet.label),
                "values": [
                    {"value": v.key, "label": v.label, "count": v.count, "selected": v.selected}
                    for v in facet.values
                ],
            }
            for facet in search.facets
        ],
    }


def find(rows, slug, what):
    """The row of rows with this slug, or a 404 naming what was looked for. A slug is
    checked first: PostgreSQL refuses some characters (NUL) that a URL can carry."""
    row = rows.filter(slug=slug).first() if SLUG.fullmatch(slug) else None
    if row is None:
        raise ApiError(f"No {what} has the slug {slug!r}.", 404)
    return row


def terms(related):
    return [{"slug": term.slug, "name": term.label} for term in related.all()]


def texts(record, *fields):
    """A translatable record's texts in the language asked for, with the fallback of its pages
    (i18n.in_language: the translation, else the original), the language each text is in
    (`text_languages`), the language it was written in and its translations."""
    shown = {field: record.in_language(field) for field in fields}
    return {
        **{field: str(text) for field, text in shown.items()},
        "text_language": record.original_language,
        "text_languages": {field: text.language for field, text in shown.items()},
        "translations": record.translations or {},
    }


def absolute(request, path, **query):
    url = request.build_absolute_uri(path)
    return f"{url}?{urlencode(query)}" if query else url


# OpenAPI ------------------------------------------------------------------------------------

LANG_PARAMETER = {
    "name": "lang",
    "in": "query",
    "required": False,
    "description": "The language of names, labels and texts (en, fr, es, pt, de or nl); "
    "a text not given in it comes in its original language, as on the Hub's pages. Without "
    "it, the first of these in the Accept-Language header; without that, English. Any other "
    "value is a 400.",
    "schema": {"type": "string", "enum": list(LANGUAGES)},
}


# The listings never refuse a value they do not know (they name it under `ignored`), so the
# document declares their parameters as any string, and gives the known values in words.
ANY = {"type": "string"}
KNOWN_SHOWN = 60  # values named in a parameter's description; the vocabulary has them all


def _known(values, what="Known values"):
    values = [str(value) for value in values]
    if not values:
        return ""
    shown = ", ".join(f"`{value}`" for value in values[:KNOWN_SHOWN])
    more = f" and {len(values) - KNOWN_SHOWN} more" if len(values) > KNOWN_SHOWN else ""
    return f" {what}: {shown}{more}."


IGNORED = " Any other value is no error: the answer lists it under `ignored`."


def parameters(catalogue):
    """The OpenAPI parameters of a catalogue's listing: what the server takes (any string, as
    the unknown ones are ignored, not refused), with the values each facet knows now (its
    vocabulary and the values found in the data) and the sorts, in the descriptions."""
    figures = catalogue.figures()
    found = [
        {
            "name": "q",
            "in": "query",
            "required": False,
            "description": "Free text, in English or French (cut at 200 characters).",
            "schema": ANY,
        }
    ]
    for facet in catalogue.facets:
        keys = figures.keys(facet.name)
        items = {**ANY, "examples": keys[:3]} if keys else ANY
        found.append(
            {
                "name": facet.name,
                "in": "query",
                "required": False,
                "description": f"{facet.label}: repeat the parameter for several values, "
                "which are OR'd; different facets are AND'd." + _known(keys) + IGNORED,
                "schema": {"type": "array", "items": items},
                "style": "form",
                "explode": True,
            }
        )
    if catalogue.year_field:
        for name, edge in (("year_min", "first"), ("year_max", "last")):
            found.append(
                {
                    "name": name,
                    "in": "query",
                    "required": False,
                    "description": f"The {edge} year published, from 1000 to 9999." + IGNORED,
                    "schema": {**ANY, "examples": ["2020"]},
                }
            )
    sorts = list(catalogue.sorts)
    found += [
        {
            "name": "sort",
            "in": "query",
            "required": False,
            "description": "The order of the results. relevance needs q, and is the default "
            f"with it; without q the default is {catalogue.first_order}."
            + _known(sorts, "Sorts")
            + IGNORED,
            "schema": {**ANY, "examples": sorts},
        },
        {
            "name": "page",
            "in": "query",
            "required": False,
            "description": "The page, from 1; one beyond the last gives the last, and "
            "anything that is not a whole number the first.",
            "schema": {**ANY, "default": "1"},
        },
        {
            "name": "page_size",
            "in": "query",
            "required": False,
            "description": f"Results per page, 1 to {PAGE_SIZE_MAX}; anything else is a 400.",
            "schema": {"type": "integer", "minimum": 1, "maximum": PAGE_SIZE_MAX, "default": 20},
        },
        LANG_PARAMETER,
    ]
    return found


def conditional(request, response, catalogue, answer, localised=True):
    """answer() in the request's language, or a 304 when the client has it (If-None-Match).
    response is ninja's temporal response, whose headers go on the answer."""
    with translation.override(language(request) if localised else "en"):
        tag = etag(request, catalogue)
        unchanged = not_modified(request, tag)
        if unchanged:
            return unchanged
        response["ETag"] = tag
        return answer()
