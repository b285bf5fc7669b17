"""The one listing layer: a catalogue's page of rows, highlighted, rendered in its template.

The resources, members and projects list views, and the exports, go through here: a view
names its catalogue, its template and the queryset its rows are read from, and never sees a
bitset.
"""

from typing import Any

from django.contrib.postgres.search import SearchHeadline
from django.db.models import Case, F, Value, When
from django.db.models.fields.json import KeyTextTransform, KeyTransform
from django.db.models.functions import Coalesce, NullIf
from django.shortcuts import render
from django.utils.html import escape
from django.utils.safestring import mark_safe

from .. import i18n, insights, textquery
from .bitsets import bitset, in_order

MARK_START, MARK_END = "\x02", "\x03"  # stand-ins for <mark>, swapped in after escaping
FRAGMENTS = "\x04"  # stand-in for the gap between two fragments of a summary
HEADLINE_CONFIG = "hub_en"  # how ts_headline reads the text to find the query's words


def render_listing(request, catalogue, template, rows, extra=None):
    """The listing page of a catalogue for this request's query string."""
    search = catalogue.search(request.GET)
    # Counted for the editors in memory (eprm_hub/insights/): the request waits for no query.
    insight = insights.record(request, catalogue.name, search)
    context = search.context() | {"results": page_rows(search, rows), "search_insight": insight}
    context |= extra or {}
    return render(request, template, context)


def page_rows(search, rows):
    """The page's rows, read from the queryset rows, in the search's order. When the
    catalogue highlights (a title and a summary field), each row gets `<field>_marked`: the
    field as safe HTML with the query's words in <mark>, the summary cut to its best
    fragments, in the page's language where the row has a translation."""
    if not search.catalogue.highlight:
        return _with_terms(search, in_order(rows, search.ids))
    title, summary = search.catalogue.highlight
    language = i18n.current()
    text = search.text and not search.text.is_empty
    if text:
        query = search.search_query(textquery.RANK_FORMS)  # ts_headline's cost grows with it
        # The text shown is the translation where there is one: read it in its language.
        config = Case(
            When(i18n.has_translation(title, language), then=Value(_config(language))),
            default=Value(HEADLINE_CONFIG),
        )
        options: dict[str, Any] = {
            "config": config,
            "start_sel": MARK_START,
            "stop_sel": MARK_END,
        }
        rows = rows.annotate(
            **{
                f"{title}_headline": SearchHeadline(
                    _shown(title, language), query, highlight_all=True, **options
                ),
                f"{summary}_headline": SearchHeadline(
                    _shown(summary, language),
                    query,
                    max_words=45,
                    min_words=25,
                    max_fragments=2,
                    fragment_delimiter=FRAGMENTS,
                    **options,
                ),
            }
        )
    page = in_order(rows, search.ids)
    for row in page:
        marked_title, marked_summary = row.in_language(title), row.in_language(summary)
        if text:
            marked_title = _marked(getattr(row, f"{title}_headline"))
            headline = getattr(row, f"{summary}_headline")
            marked_summary = _marked(_snippet(headline, marked_summary))
        setattr(row, f"{title}_marked", marked_title)
        setattr(row, f"{summary}_marked", marked_summary)
    return _with_terms(search, page)


def _config(language):
    return textquery.LANGUAGE_CONFIGS.get(language, HEADLINE_CONFIG)


def _shown(field, language):
    """The field as the page shows it: its translation into the language, else itself."""
    translation = KeyTextTransform(field, KeyTransform(language, "translations"))
    return Coalesce(NullIf(translation, Value("")), F(field))


def _with_terms(search, page):
    """The rows, each with `terms`: {facet: its values' Terms} for the catalogue's row facets,
    read from the index (a page's rows all have a slot there). It costs a few ANDs, where
    prefetching each relation would cost a query and a queryset per row."""
    index, names = search.index, search.catalogue.row_facets
    slots = {index.slots.slot(row.pk): row for row in page}
    slots.pop(None, None)
    on_page = bitset(slots)
    for row in page:
        row.terms = {name: [] for name in names}
    for name in names:
        for key, term in index.terms[name].items():
            found = index.facets[name].get(key, 0) & on_page
            if found:
                # A page's few bits read as bytes: members() would write out every bit of
                # the library's, a value at a time.
                flags = found.to_bytes((found.bit_length() + 7) // 8, "little")
                for slot, row in slots.items():
                    if slot >> 3 < len(flags) and flags[slot >> 3] >> (slot & 7) & 1:
                        row.terms[name].append(term)
    return page


def _marked(text):
    """Escape a headline from PostgreSQL, then turn its stand-ins into <mark> elements."""
    return mark_safe(escape(text).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>"))


def _snippet(headline, summary, short=60):
    """A summary's highlighted fragments, with an ellipsis wherever the text was cut; a cut of
    fewer than `short` characters at either end is put back instead."""
    fragments = [f.strip() for f in headline.split(FRAGMENTS) if f.strip()]
    if not fragments:
        return summary
    plain = [f.replace(MARK_START, "").replace(MARK_END, "") for f in fragments]
    text = " … ".join(fragments)
    start = summary.find(plain[0])
    if start > 0:
        text = (summary[:start] if start < short else "… ") + text
    end = summary.rfind(plain[-1])
    rest = summary[end + len(plain[-1]) :] if end >= 0 else "…"
    if rest.strip():
        text += rest if len(rest) < short else " …"
    return text
