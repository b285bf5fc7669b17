"""The one listing layer: a catalogue's page of rows, highlighted, rendered in its template.

The resources, members and projects list views, and the exports, go through here: a view
names its catalogue, its template and the queryset its rows are read from, and never sees a
bitset.
"""

from django.db import connection
from django.db.models import TextField
from django.db.models.expressions import RawSQL
from django.shortcuts import render
from django.utils.html import escape
from django.utils.safestring import mark_safe

from .. import i18n, insights, textquery
from .bitsets import in_order

MARK_START, MARK_END = "\x02", "\x03"  # stand-ins for <mark>, swapped in after escaping
FRAGMENTS = "\x04"  # stand-in for the gap between two fragments of a summary
HEADLINE_CONFIG = "hub_en"  # how ts_headline reads the text to find the query's words
# ts_headline's options: a title is marked whole, a summary cut to its best fragments.
TITLE = f"StartSel='{MARK_START}', StopSel='{MARK_END}', HighlightAll=true"
SUMMARY = (
    f"StartSel='{MARK_START}', StopSel='{MARK_END}', MaxWords=45, MinWords=25, "
    f"MaxFragments=2, FragmentDelimiter='{FRAGMENTS}'"
)


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
        tsquery = search.tsquery(textquery.RANK_FORMS)  # ts_headline's cost grows with it
        table = connection.ops.quote_name(rows.model._meta.db_table)
        rows = rows.annotate(
            **{
                f"{title}_headline": _headline(table, title, title, language, tsquery, TITLE),
                f"{summary}_headline": _headline(table, summary, title, language, tsquery, SUMMARY),
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


def _headline(table, field, title, language, tsquery, options):
    """ts_headline of the field as the page shows it (its translation into the language, else
    itself), read in the language of the row's title as shown. Written as SQL: the same
    expressions built with the ORM cost more to compile (about 1.5 ms a page) than
    PostgreSQL takes to run them."""
    column = connection.ops.quote_name(field)
    shown = f"COALESCE(NULLIF({table}.translations -> %s ->> %s, ''), {table}.{column})"
    translated = f"NULLIF({table}.translations -> %s ->> %s, '') IS NOT NULL"
    config = textquery.LANGUAGE_CONFIGS.get(language, HEADLINE_CONFIG)
    return RawSQL(
        f"ts_headline((CASE WHEN {translated} THEN %s ELSE %s END)::regconfig, {shown}, "
        "%s::tsquery, %s)",
        [language, title, config, HEADLINE_CONFIG, language, field, tsquery, options],
        output_field=TextField(),
    )


def _with_terms(search, page):
    """The rows, each with `terms`: {facet: its values' Terms} for the catalogue's row facets,
    read from the index (a page's rows all have a slot there). It costs a few ANDs, where
    prefetching each relation would cost a query and a queryset per row."""
    index, names = search.index, search.catalogue.row_facets
    keys = index.keys_of([row.pk for row in page], names)
    for row in page:
        found = keys.get(row.pk, {})
        row.terms = {name: [index.terms[name][k] for k in found.get(name, [])] for name in names}
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
