"""The rows that writes changed, applied to an index instead of rebuilding it.

The catalogues' triggers log the keys of the rows each write changed under a new version
(eprm_hub/triggers.py, eprm_hub_indexchange). A process whose index is older reads the rows
changed since, reads them alone again and replaces them in a copy of its index: their slots,
their facet values, their year, their frequent lexemes and their place in each sort order.
Requests that hold the old index keep it, unchanged (docs/facets.md, "Changes").

Three statements read it all, whatever the size of the listing: the changed rows' values
(visibility, facets, year, lexemes), then their places in the orders in two steps; their
SQL is compiled from the declaration once a day (a facet may depend on the day).
"""

import json
import weakref
from array import array
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from math import isqrt
from typing import cast

from django.db import connection
from django.db.models import F, Q
from django.db.models.expressions import OrderBy
from django.utils import timezone

from .. import triggers
from .bitsets import Slots, bitset
from .definitions import Term
from .index import Index, roll_up
from .vectors import vectors_of

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
    links = _statements(catalogue).links
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
    statements = _statements(catalogue)
    shown, values = _values(statements, sorted(keys), sorted(index.lexemes))
    slots = index.slots.changed({pk: pk in shown for pk in keys})
    mask = bitset(slot for slot in map(slots.slot, keys) if slot is not None)

    def bits(pairs: Iterable) -> dict:
        """{value: its rows} of (pk, value) pairs of visible rows (each has its slot)."""
        found: dict = {}
        for pk, key in pairs:
            found[key] = found.get(key, 0) | 1 << cast(int, slots.slot(pk))
        return found

    facets, terms = {}, {}
    for number, facet in enumerate(catalogue.facets):
        fresh = bits(values.get(number, ()))
        roll_up(fresh, index.terms[facet.name])
        facets[facet.name] = _merged(index.facets[facet.name], fresh, mask)
        relabel = bool(written & statements.naming[facet.name])
        terms[facet.name] = _terms(facet, index, facets[facet.name], relabel)
    years = _merged(index.years, bits(values.get(YEAR, ())), mask)
    lexemes = _merged(index.lexemes, bits(values.get(LEXEME, ())), mask, drop=False)
    titled = _merged(index.titled, bits(values.get(TITLED, ())), mask, drop=False)
    orders, positions = _reordered(statements, index, slots, keys, shown)
    fresh_index = replace(
        index,
        version=version,
        slots=slots,
        universe=index.universe & ~mask | bits((pk, "") for pk in shown).get("", 0),
        facets=facets,
        terms=terms,
        years=years,
        orders=orders,
        lexemes=lexemes,
        titled=titled,
    )
    fresh_index.positions.update(positions)
    return fresh_index


# The statements, compiled once a day ------------------------------------------------------

YEAR, LEXEME, TITLED, VISIBLE = -1, -2, -3, -4  # the parts of _values() besides each facet's


@dataclass(frozen=True)
class Statements:
    day: date
    values: (
        str  # (part, pk, value as jsonb) of the rows = ANY(%(keys)s), lexemes = ANY(%(lexemes)s)
    )
    values_params: dict
    keyed: dict[str, str]  # {sort: (pk, k0, k1…) of the rows = ANY(%(sort)s)}
    keyed_params: dict
    orderings: dict[str, list[OrderBy]]
    naming: dict[str, set[str]]  # {facet: the tables that name its values}
    links: dict  # {table: (column, prefixes)}: triggers.links()


_compiled: "weakref.WeakKeyDictionary[object, Statements]" = weakref.WeakKeyDictionary()


def _statements(catalogue) -> Statements:
    today = timezone.localdate()
    found = _compiled.get(catalogue)
    if found is None or found.day != today:
        found = _compiled[catalogue] = _compile(catalogue, today)
    return found


def _compile(catalogue, today: date) -> Statements:
    visible = catalogue.visible()
    params: dict = {}

    def named(queryset, name):
        """The queryset's SQL with its parameters as %(name_n)s, collected in params."""
        sql, values = queryset.order_by().query.sql_with_params()
        names = [f"{name}_{n}" for n in range(len(values))]
        params.update(zip(names, values, strict=True))
        return sql % tuple(f"%({n})s" for n in names)

    parts = [
        f"SELECT {VISIBLE}, id, NULL::jsonb FROM ({named(visible.values_list('pk'), 'v')}) "
        f"AS v(id) WHERE id = ANY(%(keys)s)"
    ]
    pairs = [(n, f"facet{n}", facet.pairs_of(visible)) for n, facet in enumerate(catalogue.facets)]
    if catalogue.year_field:
        pairs.append((YEAR, "year", visible.values_list("pk", catalogue.year_field)))
    for number, name, queryset in pairs:
        parts.append(
            f"SELECT {number}, id, to_jsonb(key) FROM ({named(queryset, name)}) AS p(id, key) "
            f"WHERE id = ANY(%(keys)s) AND key IS NOT NULL AND key::text <> ''"
        )
    if catalogue.searchable:
        vectors, vector_params = vectors_of(visible)
        names = [f"w_{n}" for n in range(len(vector_params))]
        params.update(zip(names, vector_params, strict=True))
        vectors = vectors % tuple(f"%({n})s" for n in names)
        parts.append(
            f"SELECT CASE WHEN 'A' = ANY(u.weights) THEN {TITLED} ELSE {LEXEME} END, v.id, "
            f"to_jsonb(u.lexeme) FROM ({vectors}) AS v(id, vector), "
            f"unnest(v.vector) AS u(lexeme, positions, weights) "
            f"WHERE v.id = ANY(%(keys)s) AND u.lexeme = ANY(%(lexemes)s)"
        )
    values_params = dict(params)
    params.clear()
    keyed, orderings = {}, {}
    for key, sort in catalogue.sorts.items():
        if sort.ordering:
            ordering = orderings[key] = _ordering(sort.ordering)
            names = [f"k{number}" for number in range(len(ordering))]
            annotated = visible.annotate(
                **{name: o.expression for name, o in zip(names, ordering, strict=True)}
            )
            sql = named(annotated.values_list("pk", *names), f"s{key}")
            keyed[key] = (
                f"SELECT * FROM ({sql}) AS v(id, {', '.join(names)}) WHERE id = ANY(%({key})s)"
            )
    naming = {facet.name: triggers.naming_tables(catalogue, facet) for facet in catalogue.facets}
    return Statements(
        today,
        " UNION ALL ".join(parts),
        values_params,
        keyed,
        dict(params),
        orderings,
        naming,
        triggers.links(catalogue),
    )


def _values(statements: Statements, keys: list[int], lexemes: list[str]):
    """(the visible rows among keys, {part: [(pk, value)]}): each facet's values (by its
    number), the year, the frequent lexemes and those in the title."""
    with connection.cursor() as cursor:
        cursor.execute(
            statements.values, {**statements.values_params, "keys": keys, "lexemes": lexemes}
        )
        found = cursor.fetchall()
    shown: set[int] = set()
    values: dict[int, list] = {}
    for part, pk, value in found:
        if part == VISIBLE:
            shown.add(pk)
        else:
            # JSON keeps a value's type through the UNION (a year, a slug); Django's
            # connection hands jsonb over as text.
            value = json.loads(value)
            values.setdefault(part, []).append((pk, value))
            if part == TITLED:  # in the title, so in the text
                values.setdefault(LEXEME, []).append((pk, value))
    return shown, values


def _terms(facet, index: Index, rows: dict, relabel: bool) -> dict:
    """The facet's values once changed. Its terms are read again when some value has rows
    now and had none, or the other way round, or when a table that names its values was
    written (relabel): some facets list only the values in use (publishers, countries),
    named in those tables. Otherwise the index's."""
    if relabel or index.facets[facet.name].keys() != rows.keys():
        known = {term.key: term for term in facet.terms()}
        return known | {key: Term(key, key) for key in rows if key not in known}
    return index.terms[facet.name]


def _merged(old: dict, fresh: dict, mask: int, drop: bool = True) -> dict:
    """{key: its old rows but the changed ones (mask), and the changed rows it has now};
    keys with no rows left out when drop (as a build leaves them out). Only the values the
    changed rows had are recomputed: an AND with a few bits is cheap, one with all is not."""
    merged = dict(old)
    for key, rows in old.items():
        if rows & mask:
            rows &= ~mask
            if rows or not drop:
                merged[key] = rows
            else:
                del merged[key]
    for key, rows in fresh.items():
        merged[key] = merged.get(key, 0) | rows
    return merged


# Each sort order ---------------------------------------------------------------------------


def _reordered(statements: Statements, index: Index, slots: Slots, keys, shown):
    """({sort: its order}, {sort: each slot's place in it, where it could be kept up}):
    the changed rows taken out and those visible put back in their place, which PostgreSQL
    finds by comparing each with a sample of the order, then with the rows between its two
    neighbours in the sample (two statements for every order, whatever the size)."""
    orders: dict[str, array] = {}
    removed: dict[str, list[int]] = {}
    for sort, order in index.orders.items():
        known = sort in index.positions
        gone = [
            slot
            for slot in map(index.slots.slot, keys)
            if slot is not None and index.slots.pk(slot)  # it was visible
        ]
        places = [index.positions[sort][slot] if known else order.index(slot) for slot in gone]
        order, removed[sort] = array(order.typecode, order), places
        for rank in sorted(places, reverse=True):
            del order[rank]
        orders[sort] = order
    steps = {sort: max(1, isqrt(len(order))) for sort, order in orders.items()}
    # How many sample rows come before each changed row: it lies after sample row n - 1.
    ahead = _rows_before(
        statements,
        {
            sort: [
                (pk, slots.pk(order[rank]))
                for pk in shown
                for rank in range(0, len(order), steps[sort])
            ]
            for sort, order in orders.items()
        },
    )
    starts: dict = {sort: {} for sort in orders}
    pairs: dict = {sort: [] for sort in orders}
    for sort, order in orders.items():
        step = steps[sort]
        for pk in shown:
            passed = ahead.get((sort, pk), 0)
            start = starts[sort][pk] = (passed - 1) * step + 1 if passed else 0
            end = min(passed * step, len(order)) if passed else 0
            pairs[sort] += [(pk, slots.pk(order[rank])) for rank in range(start, end)]
            pairs[sort] += [(pk, other) for other in shown if other != pk]  # among themselves
    ahead = _rows_before(statements, pairs)
    positions = {}
    for sort, order in orders.items():
        ranks = {pk: starts[sort][pk] + ahead.get((sort, pk), 0) for pk in shown}
        for pk in sorted(shown, key=ranks.__getitem__):
            order.insert(ranks[pk], slots.slot(pk))
        if sort in index.positions and len(removed[sort]) == len(shown):
            positions[sort] = _positions(
                index.positions[sort], order, [*removed[sort], *ranks.values()], len(slots)
            )
    return orders, positions


def _positions(before: array, order: array, moved: list[int], size: int) -> array:
    """Each slot's place in the order, from those before a change that took as many rows out
    of the order as it put in: only the places between the first and the last rank that
    moved are different."""
    position = array(before.typecode, before)
    position.extend(
        bytes(position.itemsize * (size - len(position))) and [0] * (size - len(position))
    )
    for rank in range(min(moved), max(moved) + 1):
        position[order[rank]] = rank
    return position


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


def _rows_before(statements: Statements, pairs: dict) -> dict:
    """{(sort, c): how many of its paired rows s come before it in the sort's order} for
    {sort: [(c, s)]}: one statement for every order."""
    ctes, parts, params = [], [], {}
    for number, (sort, sorted_pairs) in enumerate(pairs.items()):
        if not sorted_pairs:
            continue
        params[sort] = sorted({pk for pair in sorted_pairs for pk in pair})
        params[f"{sort}_c"] = [c for c, _ in sorted_pairs]
        params[f"{sort}_s"] = [s for _, s in sorted_pairs]
        params[f"{sort}_name"] = sort
        ctes.append(f"k{number} AS MATERIALIZED ({statements.keyed[sort]})")
        parts.append(
            f"SELECT %({sort}_name)s, p.c, "
            f"count(*) FILTER (WHERE {_before(statements.orderings[sort])}) "
            f"FROM unnest(%({sort}_c)s::bigint[], %({sort}_s)s::bigint[]) AS p(c, s) "
            f"JOIN k{number} AS c ON c.id = p.c JOIN k{number} AS s ON s.id = p.s GROUP BY p.c"
        )
    if not parts:
        return {}
    with connection.cursor() as cursor:
        cursor.execute(
            f"WITH {', '.join(ctes)} {' UNION ALL '.join(parts)}",
            {**statements.keyed_params, **params},
        )
        return {(sort, c): count for sort, c, count in cursor.fetchall()}
