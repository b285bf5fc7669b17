"""The rows that writes changed, applied to an index instead of rebuilding it.

The catalogues' triggers log the keys of the rows each write changed under a new version
(eprm_hub/triggers.py, eprm_hub_indexchange). A process whose index is older reads the rows
changed since, reads them alone again and replaces them in a copy of its index: their slots,
their facet values, their year, their frequent lexemes and their place in each sort order.
Requests that hold the old index keep it, unchanged (docs/facets.md, "Changes").
"""

from array import array
from collections.abc import Iterable
from dataclasses import replace
from math import isqrt

from django.db import connection
from django.db.models import F, Q, QuerySet
from django.db.models.expressions import OrderBy

from .. import triggers
from .bitsets import Slots, bitset, bitsets_by_key
from .definitions import Term
from .index import Index, roll_up
from .lexemes import lexeme_rows

# More changed rows than this are not applied: the index is rebuilt (in the background).
MOST = 200


def changed_keys(catalogue, since: int, until: int) -> tuple[set[int], set[str]] | None:
    """The keys of the catalogue's rows that writes changed after version `since` up to
    `until`, and the tables written; None when a write logged no key (a truncate, a table
    reached two ways) or when more than MOST rows changed."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT source, bool_or(key IS NULL), array_agg(DISTINCT key) "
            "FROM eprm_hub_indexchange WHERE name = %s AND version > %s AND version <= %s "
            "GROUP BY source",
            [catalogue.name, since, until],
        )
        written = cursor.fetchall()
    links = triggers.links(catalogue)
    model = catalogue.visible().model
    keys: set[int] = set()
    for source, unknown, found in written:
        if unknown or source not in links or links[source][0] is None:
            return None
        found = [key for key in found if key is not None]
        direct = Q(pk__in=found) if "" in links[source][1] else Q()
        through = Q()
        for prefix in links[source][1]:
            if prefix:
                through |= Q(**{f"{prefix}__in": found})
        if direct:
            keys.update(found)
        if through:
            keys.update(model._base_manager.filter(through).values_list("pk", flat=True))
        if len(keys) > MOST:
            return None
    return keys, {source for source, _, _ in written}


def patched(catalogue, index: Index, changed: tuple[set[int], set[str]], version: tuple) -> Index:
    """A copy of the index with the changed rows (changed_keys()) read again, labelled with
    `version`. Run inside one snapshot."""
    keys, written = changed
    if not keys:  # the writes changed nothing the listing reads
        return replace(index, version=version)
    visible = catalogue.visible()
    rows = visible.filter(pk__in=keys)
    shown = set(rows.values_list("pk", flat=True))
    slots = index.slots.changed({pk: pk in shown for pk in keys})
    own = [slot for slot in map(slots.slot, keys) if slot is not None]
    keep = ~bitset(own)  # every row but the changed ones

    facets, terms = {}, {}
    for facet in catalogue.facets:
        index_terms = index.terms[facet.name]
        fresh = bitsets_by_key(facet.pairs_of(rows), slots)
        roll_up(fresh, index_terms)
        facets[facet.name] = _merged(index.facets[facet.name], fresh, keep)
        relabel = bool(written & triggers.naming_tables(catalogue, facet))
        terms[facet.name] = _terms(facet, index, facets[facet.name], relabel)
    years = index.years
    if catalogue.year_field:
        fresh = bitsets_by_key(rows.values_list("pk", catalogue.year_field), slots)
        years = _merged(index.years, fresh, keep)
    lexemes, titled = index.lexemes, index.titled
    if index.lexemes:
        fresh, fresh_titled = lexeme_rows(rows, slots, list(index.lexemes))
        lexemes = _merged(index.lexemes, fresh, keep, drop=False)
        titled = _merged(index.titled, fresh_titled, keep, drop=False)
    orders = {
        sort: _reordered(catalogue, order, sort, index.slots, slots, keys, shown)
        for sort, order in index.orders.items()
    }
    return replace(
        index,
        version=version,
        slots=slots,
        universe=(index.universe & keep)
        | bitset(slot for slot in map(slots.slot, shown) if slot is not None),
        facets=facets,
        terms=terms,
        years=years,
        orders=orders,
        lexemes=lexemes,
        titled=titled,
    )


def _terms(facet, index: Index, rows: dict, relabel: bool) -> dict:
    """The facet's values once changed. Its terms are read again when some value has rows
    now and had none, or the other way round, or when a table that names its values was
    written (relabel): some facets list only the values in use (publishers, countries),
    named in those tables. Otherwise the index's, and those the rows have."""
    before = index.terms[facet.name]
    if relabel or index.facets[facet.name].keys() != rows.keys():
        known = {term.key: term for term in facet.terms()}
        return known | {key: Term(key, key) for key in rows if key not in known}
    return before


def _merged(old: dict, fresh: dict, keep: int, drop: bool = True) -> dict:
    """{key: the old rows but the changed ones, and the changed rows it has now}; keys with
    no rows left out when drop (as a build leaves them out)."""
    merged = {}
    for key in old.keys() | fresh.keys():
        rows = old.get(key, 0) & keep | fresh.get(key, 0)
        if rows or not drop:
            merged[key] = rows
    return merged


# Each sort order ---------------------------------------------------------------------------


def _reordered(catalogue, order, sort, before: Slots, after: Slots, keys, shown) -> array:
    """The sort's order with the changed rows taken out and those visible put back in their
    place, found by PostgreSQL comparing each with a sample of the order, then with the rows
    between its two neighbours in the sample: two small statements, whatever the size."""
    ordering = _ordering(catalogue.sorts[sort].ordering)
    order = array(order.typecode, order)
    for slot in map(before.slot, keys):
        if slot is not None and before.pk(slot):  # it was visible
            del order[order.index(slot)]
    if not shown:
        return order
    step = max(1, isqrt(len(order)))
    sample = [after.pk(order[rank]) for rank in range(0, len(order), step)]
    visible = catalogue.visible()
    # How many sample rows come before each changed row: it lies after sample row n - 1.
    ahead = _rows_before(visible, ordering, [(pk, other) for pk in shown for other in sample])
    pairs, starts = [], {}
    for pk in shown:
        passed = ahead.get(pk, 0)
        start = (passed - 1) * step + 1 if passed else 0
        starts[pk] = start
        end = min(passed * step, len(order)) if passed else 0
        pairs += [(pk, after.pk(order[rank])) for rank in range(start, end)]
        pairs += [(pk, other) for other in shown if other != pk]  # among themselves
    ahead = _rows_before(visible, ordering, pairs)
    for pk in sorted(shown, key=lambda pk: starts[pk] + ahead.get(pk, 0)):
        order.insert(starts[pk] + ahead.get(pk, 0), after.slot(pk))
    return order


def _ordering(ordering: Iterable) -> list[OrderBy]:
    """A sort's ordering as OrderBy expressions: "-published_at" → F("published_at").desc()."""
    expressions = []
    for item in ordering:
        if isinstance(item, str):
            field = F(item.removeprefix("-"))
            item = field.desc() if item.startswith("-") else field.asc()
        elif not isinstance(item, OrderBy):
            item = item.asc()
        expressions.append(item)
    return expressions


def _before(ordering: list[OrderBy]) -> str:
    """SQL of "row s comes before row c" over their keys k0, k1… in this ordering, with
    PostgreSQL's NULLs (last ascending, first descending, unless told)."""
    alternatives: list[str] = []
    equal: list[str] = []
    for number, expression in enumerate(ordering):
        s, c = f"s.k{number}", f"c.k{number}"
        nulls_first = expression.descending
        if expression.nulls_first or expression.nulls_last:
            nulls_first = bool(expression.nulls_first)
        null = (
            f"{s} IS NULL AND {c} IS NOT NULL"
            if nulls_first
            else f"{s} IS NOT NULL AND {c} IS NULL"
        )
        earlier = f"{s} {'>' if expression.descending else '<'} {c} OR ({null})"
        alternatives.append(" AND ".join([*equal, f"({earlier})"]))
        equal.append(f"{s} IS NOT DISTINCT FROM {c}")
    return " OR ".join(f"({alternative})" for alternative in alternatives)


def _rows_before(visible: QuerySet, ordering: list[OrderBy], pairs) -> dict[int, int]:
    """{c: how many of its paired rows s come before it in the ordering} for (c, s) pairs."""
    if not pairs:
        return {}
    names = [f"k{number}" for number in range(len(ordering))]
    involved = {pk for pair in pairs for pk in pair}
    keyed = visible.filter(pk__in=involved).annotate(
        **{name: expression.expression for name, expression in zip(names, ordering, strict=True)}
    )
    sql, params = keyed.values_list("pk", *names).order_by().query.sql_with_params()
    columns = ", ".join(["id", *names])
    with connection.cursor() as cursor:
        cursor.execute(
            f"WITH k ({columns}) AS MATERIALIZED ({sql}) "
            f"SELECT p.c, count(*) FILTER (WHERE {_before(ordering)}) "
            f"FROM unnest(%s::bigint[], %s::bigint[]) AS p(c, s) "
            f"JOIN k AS c ON c.id = p.c JOIN k AS s ON s.id = p.s GROUP BY p.c",
            [*params, [c for c, _ in pairs], [s for _, s in pairs]],
        )
        return dict(cursor.fetchall())
