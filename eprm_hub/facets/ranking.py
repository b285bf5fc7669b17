"""The order of a search's matches by relevance to its text (docs/search.md, "Ranking").

Rows with all the words come first; then those whose text (not only the names of their terms)
has more of the groups of words; then each group counts for being there (MATCH_WEIGHT) and for
where a row has it: what ts_rank says of its text (a title above a summary…), or TERM_RANK
when only a term's name has it. In a query of IDF_FROM or more groups the library has, a
group's score counts as much as the group is rare in the library (an inverse document
frequency from the index's counts, a whole number from 1 to MOST_WEIGHT): of rows with as many
of the words, the one with the word that says what the visitor needs comes first, not the one
with "minerals" or "due diligence". The tiers still count groups alike: weighing them by
rarity did worse on the relevance suite, a rare word in a question being as often noise
("deep") as the point.

The first two keys come from the bitsets, so PostgreSQL ranks only the rows of the tiers the
page reaches into, and only those whose text has some group. A tier of more than RANK_LIMIT
rows (a word in a third of a large library) is cut further by how many groups the rows have in
their title, from the index's frequent lexemes (ts_rank ranks a title match above others
anyway), and of a part still that large PostgreSQL ranks the first RANK_LIMIT rows in the
catalogue's first order, the rest following in that order: the same order for every page.
"""

import functools
import heapq
import math
import operator
from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from django.db import connection

from .. import textquery
from . import tsquery as tsqueries
from .bitsets import bitset, members, walk
from .vectors import bigints

if TYPE_CHECKING:
    from .search import Search

# Above this many rows to rank in a tier, the rows with the words in their title go first,
# and of a part still larger only this many are ranked (docs/search.md, "Speed").
RANK_LIMIT = 100

# From this many groups of words on, each counts by how rare it is; at most MOST_WEIGHT times
# a group found in most rows.
IDF_FROM = 4
MOST_WEIGHT = 4

# How a row's text ranks for a group of words (ts_rank of its search vector, `vector`).
RANK = f"ts_rank('{textquery.RANK_WEIGHTS}', vector, %s::tsquery, {textquery.RANK_NORMALISATION})"
# The flags of _text_scores are a bigint: two bits a group, 63 bits.
assert 2 * textquery.MAX_CLAUSES <= 63, "textquery.MAX_CLAUSES is too large for the flags"


class Tier(NamedTuple):
    """Rows alike in the bitsets' keys, in ranking order."""

    complete: bool  # with all the words
    in_text: int  # how many groups their text has
    in_title: int  # how many their title has (only to cut a huge tier)
    unranked: bool  # beyond the ranked part of a huge tier: in the catalogue's first order


def ranked(search: "Search", mask: int, offset: int, limit: int | None) -> list[int]:
    """The slots of mask by relevance to the text (limit rows from offset; None for all)."""
    wanted = None if limit is None else offset + limit
    weighed = weights(search)
    chosen = _reached(_tiers(search, mask), wanted)
    ranked_rows = _bits(bits for tier, bits in chosen if not tier.unranked)
    scores = _text_scores(search, ranked_rows, weighed)
    position = _first_order(search)[1]
    rows = []
    for tier, bits in chosen:
        for slot in members(bits):
            if tier.unranked:
                score = -position[slot]
            else:  # no ts_rank for a row hidden since the index was built
                score = scores.get(slot) if tier.in_text else None
                score = _term_score(search, slot, weighed) if score is None else score
            key = (not tier.complete, -tier.in_text, -tier.in_title, tier.unranked, -score, slot)
            rows.append((key, slot))
    rows.sort()
    return [slot for _, slot in rows[offset:wanted]]


def _reached(tiers: Iterator[tuple[Tier, int]], wanted: int | None) -> list[tuple[Tier, int]]:
    """The tiers up to the one the wanted rows reach into."""
    chosen, count = [], 0
    for tier, bits in tiers:
        chosen.append((tier, bits))
        count += bits.bit_count()
        if wanted is not None and count >= wanted:
            break
    return chosen


def _bits(sets: Iterable[int]) -> int:
    return functools.reduce(operator.or_, sets, 0)


def _by_count(mask: int, sets: Sequence[int]) -> list[int]:
    """[rows of mask in exactly n of the sets, for n = 0 … len(sets)]."""
    counts = [mask] + [0] * len(sets)
    for found in sets:
        for n in range(len(counts) - 1, 0, -1):
            counts[n] = (counts[n] & ~found) | (counts[n - 1] & found)
        counts[0] &= ~found
    return counts


def weights(search: "Search") -> tuple[int, ...]:
    """What each group of words counts for: 1 each, or in a query of IDF_FROM groups or
    more that the library has, from 1 (in most rows) to MOST_WEIGHT (in a few), by the
    logarithm of how many times the library is larger than the group's rows."""
    counts = search.text_match.counts
    if sum(1 for count in counts if count) < IDF_FROM:  # words found nowhere weigh nothing
        return (1,) * len(counts)
    rows = search.index.universe.bit_count()
    return tuple(
        min(MOST_WEIGHT, max(1, round(math.log(rows / count)))) if count else 1 for count in counts
    )


def _tiers(search: "Search", mask: int) -> Iterator[tuple[Tier, int]]:
    """The tiers of mask's rows in ranking order."""
    match = search.text_match
    counts = _by_count(mask, match.in_text)
    for complete in (True, False):
        rows_wanted = match.complete if complete else ~match.complete
        for in_text in range(len(counts) - 1, -1, -1):
            bits = counts[in_text] & rows_wanted
            if bits.bit_count() > RANK_LIMIT:
                yield from _huge_tier(search, Tier(complete, in_text, 0, False), bits)
            elif bits:
                yield Tier(complete, in_text, 0, False), bits


def _huge_tier(search: "Search", tier: Tier, bits: int) -> Iterator[tuple[Tier, int]]:
    """A tier of more than RANK_LIMIT rows, split by the title's count; of a part still that
    large only the first RANK_LIMIT rows in the catalogue's first order are ranked."""
    titled = _by_count(bits, search.text_match.in_title)
    for in_title in range(len(titled) - 1, -1, -1):
        part = titled[in_title]
        if part.bit_count() > RANK_LIMIT:
            first = bitset(_first_in_order(search, part))
            yield tier._replace(in_title=in_title), first
            yield tier._replace(in_title=in_title, unranked=True), part & ~first
        elif part:
            yield tier._replace(in_title=in_title), part


def _first_in_order(search: "Search", part: int) -> list[int]:
    """The first RANK_LIMIT slots of part in the catalogue's first order: by walking the
    order when part is dense in it (walking stops early), else by the positions of part's own
    slots."""
    order, position = _first_order(search)
    if part.bit_count() * 20 > len(order):
        return walk(order, part, 0, RANK_LIMIT)
    return heapq.nsmallest(RANK_LIMIT, members(part), key=position.__getitem__)


def _first_order(search: "Search") -> tuple[array, array]:
    """The catalogue's first order: its slots in order, and each slot's place in it."""
    first = search.catalogue.first_order
    assert first is not None, "checked: every catalogue has a sort with an ordering"
    return search.index.orders[first], search.index.positions[first]


def _text_scores(search: "Search", rows: int, weighed: Sequence[int]) -> dict[int, float]:
    """{slot: score} of the rows whose text has some group of words (ts_rank by PostgreSQL).

    Each row goes with flags saying which groups its text and its terms' names have (bits 2n
    and 2n + 1 for group n): a few bytes a row, where the groups' bitsets would be the size of
    the whole library. A bigint holds them for 31 groups: textquery.MAX_CLAUSES keeps a query
    within that (docs/search.md)."""
    match = search.text_match
    rows &= _bits(match.in_text)
    if not rows:
        return {}
    slots = members(rows)
    flags = _flags(slots, rows, match.in_text, match.in_terms)
    scores: list[str] = []
    params: list[Any] = []
    text = search.text
    assert text is not None, "ranked only with text"
    for number, (group, weight) in enumerate(zip(text.groups, weighed, strict=True)):
        scores.append(
            f"{weight} * CASE WHEN flags & {1 << (2 * number)} <> 0 THEN %s + {RANK} "
            f"WHEN flags & {1 << (2 * number + 1)} <> 0 THEN %s ELSE 0 END"
        )
        tsquery = tsqueries.of_group(text, group, match.tsqueries, textquery.RANK_FORMS)
        params += [textquery.MATCH_WEIGHT, tsquery, textquery.MATCH_WEIGHT + textquery.TERM_RANK]
    pks = search.index.slots.pks
    visible, visible_params = search.catalogue.vectors
    # The rows by their primary key: the index finds them, where a scan of the text's
    # matches would read every page of the table for a common word.
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT r.slot, {' + '.join(scores)} "
            f"FROM unnest(%s::bigint[], %s::bigint[], %s::bigint[]) AS r(id, slot, flags) "
            f"JOIN ({visible}) AS v(id, vector) ON v.id = r.id",
            [
                *params,
                bigints(pks[s] for s in slots),
                bigints(slots),
                bigints(flags.values()),
                *visible_params,
            ],
        )
        return dict(cursor.fetchall())


def _flags(
    slots: list[int], rows: int, in_text: Sequence[int], in_terms: Sequence[int]
) -> dict[int, int]:
    """{slot: bits 2n and 2n + 1 set when its text, its terms' names have group n}."""
    flags = dict.fromkeys(slots, 0)
    for number, (text, terms) in enumerate(zip(in_text, in_terms, strict=True)):
        for slot in members(text & rows):
            flags[slot] |= 1 << (2 * number)
        for slot in members(terms & rows):
            flags[slot] |= 1 << (2 * number + 1)
    return flags


def _term_score(search: "Search", slot: int, weighed: Sequence[int]) -> float:
    """The score of a row whose text has none of the words: its terms' names have some."""
    bit = 1 << slot
    terms = search.text_match.in_terms
    found = sum(weight for rows, weight in zip(terms, weighed, strict=True) if rows & bit)
    return found * (textquery.MATCH_WEIGHT + textquery.TERM_RANK)
