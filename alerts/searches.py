"""The searches alerts follow: kept as a canonical query string, described in words, and
matched against newly published resources with the library's own search."""

from django.http import QueryDict
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from eprm_hub import i18n
from resources.search import CATALOGUE


def canonical(search):
    """The query string of what decides which resources a search finds, in a fixed order and
    with only the values the library understands (as it understood them): two requests for
    the same search give the same string. The text is the one typed, not the spelling
    correction a page may show for it."""
    kept = QueryDict(mutable=True)
    if typed := search.corrected_from or search.query:
        kept["q"] = typed
    for facet in CATALOGUE.facets:
        if keys := search.selected.get(facet.name):
            kept.setlist(facet.name, sorted(keys))
    for name in ("year_min", "year_max"):
        if (year := getattr(search, name)) is not None:
            kept[name] = str(year)
    return kept.urlencode()


def page_url(query):
    """The library's page of the search."""
    return reverse("resources:list") + (f"?{query}" if query else "")


def search_of(query, language):
    with translation.override(language):
        return CATALOGUE.search(QueryDict(query))


# Quotation marks as each language writes them (CLDR's delimiters). French puts a no-break
# space inside its guillemets, as its catalogue does before a colon; Spanish and European
# Portuguese write guillemets first; Dutch CLDR's single marks.
QUOTES = {
    "en": ("“", "”"),
    "fr": ("«\u00a0", "\u00a0»"),
    "es": ("«", "»"),
    "pt": ("«", "»"),
    "de": ("„", "“"),
    "nl": ("‘", "’"),
}


def quoted(text, language=None):
    """The text in the quotation marks of the language (the page's by default)."""
    opening, closing = QUOTES.get(language or i18n.current(), QUOTES["en"])
    return f"{opening}{text}{closing}"


def describe(search, typed=False):
    """The search in words: its text in quotes and its filters' labels. typed: the words as
    typed, not the spelling correction the library's page shows for them (what an alert
    follows, and what its e-mails and pages name)."""
    words = (search.corrected_from or search.query) if typed else search.query
    parts = [quoted(words)] if words else []
    parts += [
        _("%(facet)s: %(value)s") % {"facet": chip.facet_label, "value": chip.label}
        for chip in search.chips()
    ]
    return ", ".join(parts) if parts else _("All resources")


def description(query, language):
    with translation.override(language):
        return describe(search_of(query, language), typed=True)


def matching(query, language, pks):
    """Those of these published resources' keys that the search finds with all its words
    (an alert sends strong matches only, not the "most of your words" a page falls back on)."""
    return search_of(query, language).matching(pks)
