"""What a search's text matches: for each group of its words, the visible rows whose text has
it and the rows of the vocabulary terms whose names have it (docs/search.md).

eprm_hub/textquery.py says what a query asks for (groups of clauses, each with its forms, each
form a tsquery in a few configurations). Two queries answer it, whatever the words:

1. PostgreSQL compiles each form: its tsquery (plainto_tsquery or phraseto_tsquery), kept as
   PostgreSQL wrote it and sent back as it is, and its lexemes with their positions, which say
   whether the tsquery asks for all of some lexemes or for them in sequence. A form that asks
   for all of some frequent lexemes is answered from the index's bitsets; a phrase of frequent
   lexemes is looked for only in the rows with all of them.
2. PostgreSQL finds the other forms' rows through the GIN index, and the vocabulary terms whose
   names have any form.
"""

import functools
import operator
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.db import connection

from ..textquery import FormQuery, TextQuery
from .bitsets import BIT_WORDS, members, words_to_bits
from .vectors import SQL, bigints, slotted_vectors

if TYPE_CHECKING:
    from .catalogue import Catalogue
    from .index import Index

# A phrase of frequent lexemes is checked by PostgreSQL in the rows that may have it, read by
# their key, when they are at most this many (else through the GIN index).
PHRASE_ROWS = 5000


@dataclass(frozen=True)
class TextMatch:
    """The rows a search's text matches, as bitsets over the index's slots; per group of its
    words (in the text's order) where the rows have it; and the tsqueries it was matched with."""

    complete: int  # the rows with every group (and none of the excluded words)
    anymatch: int  # the rows with any group
    in_text: tuple[int, ...] = ()  # the rows whose text has the group
    in_terms: tuple[int, ...] = ()  # the rows with a vocabulary term whose names have it
    in_title: tuple[int, ...] = ()  # the rows with it in their title (frequent lexemes only)
    counts: tuple[int, ...] = ()  # how many visible rows have the group: 0 for words found nowhere
    tsqueries: Mapping[FormQuery, str] = field(default_factory=dict)  # as PostgreSQL wrote them

    @classmethod
    def of_rows(cls, rows: int) -> "TextMatch":
        """The match of no text (every row) or of filler words only (no row)."""
        return cls(rows, rows)


@dataclass(frozen=True)
class Compiled:
    """A form as PostgreSQL compiled it: its tsquery, and its (position, lexeme) pairs."""

    query: FormQuery
    tsquery: str  # "" when the form has only stop words: it matches nothing
    lexemes: tuple[tuple[int, str], ...]

    @property
    def _single(self) -> bool:
        """Each position has one lexeme: no word made variants, which the tsquery would OR."""
        return len({position for position, _ in self.lexemes}) == len(self.lexemes)

    def all_of(self) -> list[str] | None:
        """Its lexemes when the tsquery asks for all of them and nothing else; else None."""
        if not self._single or (self.query.phrase and len(self.lexemes) > 1):
            return None
        return [lexeme for _, lexeme in self.lexemes]

    def in_sequence(self) -> list[str] | None:
        """Its lexemes when the tsquery asks for them in sequence and nothing else; else None."""
        if not self._single or not self.query.phrase:
            return None
        return [lexeme for _, lexeme in self.lexemes]


@dataclass
class _Group:
    """One group's forms, and who answers them."""

    forms: list[Compiled]  # those that ask for something (not only stop words), each once
    found: int = 0  # rows the index's frequent lexemes answer for
    title: int = 0  # of those, the rows with them in their title
    # The forms PostgreSQL answers, with the rows to look in (None: through the GIN index).
    asked: list[tuple[Compiled, int | None]] = field(default_factory=list)


def match(catalogue: "Catalogue", index: "Index", text: TextQuery) -> TextMatch:
    """The rows the text matches, with all of its groups and with any."""
    clauses = [*text.groups, *([text.excluded] if text.excluded else [])]
    queries = [text.group_queries(group) for group in clauses]
    compiled = _compiled([query for group in queries for query in group])
    groups = [_group(index, [compiled[query] for query in group]) for group in queries]
    by_text, by_terms = _found(catalogue, index, groups)
    in_text = [bits | group.found for bits, group in zip(by_text, groups, strict=True)]
    in_title = [group.title for group in groups]
    excluded = 0
    if text.excluded:
        excluded = in_text.pop() | by_terms.pop()
        in_title.pop()
    tsqueries = {query: form.tsquery for query, form in compiled.items()}
    return _combined(index.universe & ~excluded, in_text, by_terms, in_title, tsqueries)


def _combined(
    rows: int,
    in_text: list[int],
    in_terms: list[int],
    in_title: list[int],
    tsqueries: dict[FormQuery, str],
) -> TextMatch:
    """The match of the groups found in these rows (the visible ones without the excluded)."""
    found = [(text | terms) & rows for text, terms in zip(in_text, in_terms, strict=True)]
    complete = functools.reduce(operator.and_, found, rows)
    anymatch = functools.reduce(operator.or_, found, 0) if found else complete
    counts = tuple(bits.bit_count() for bits in found)
    return TextMatch(
        complete, anymatch, tuple(in_text), tuple(in_terms), tuple(in_title), counts, tsqueries
    )


def _compiled(queries: Sequence[FormQuery]) -> dict[FormQuery, Compiled]:
    """Each form's tsquery and lexemes, as PostgreSQL's configurations make them (one query:
    the lexemes are those to_tsvector finds, as plainto_tsquery and phraseto_tsquery do)."""
    queries = list(dict.fromkeys(queries))
    if not queries:
        return {}
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT f.n, CASE WHEN f.phrase THEN phraseto_tsquery(f.config::regconfig, f.text) "
            "                 ELSE plainto_tsquery(f.config::regconfig, f.text) END::text, "
            "       l.position, l.lexeme "
            "FROM unnest(%s::text[], %s::text[], %s::boolean[]) "
            "     WITH ORDINALITY AS f(config, text, phrase, n) "
            "LEFT JOIN LATERAL ("
            "     SELECT p, t.lexeme "
            "     FROM unnest(to_tsvector(f.config::regconfig, f.text)) AS t(lexeme, positions), "
            "          unnest(t.positions) AS p"
            ") AS l(position, lexeme) ON true "
            "ORDER BY 1, 3, 4",
            [
                [query.config for query in queries],
                [query.text for query in queries],
                [query.phrase for query in queries],
            ],
        )
        rows = cursor.fetchall()
    tsqueries: dict[int, str] = {}
    lexemes: dict[int, list[tuple[int, str]]] = {n: [] for n in range(1, len(queries) + 1)}
    for number, tsquery, position, lexeme in rows:
        tsqueries[number] = tsquery
        if lexeme is not None:
            lexemes[number].append((position, lexeme))
    return {
        query: Compiled(query, tsqueries[n], tuple(lexemes[n]))
        for n, query in enumerate(queries, 1)
    }


def _group(index: "Index", compiled: Iterable[Compiled]) -> _Group:
    """Who answers each of a group's forms: the index (all of some frequent lexemes), or
    PostgreSQL, in the rows with all of a phrase's frequent lexemes or anywhere."""
    forms: dict[str, Compiled] = {}
    for form in compiled:
        if form.tsquery:  # else only stop words: it matches nothing
            forms.setdefault(form.tsquery, form)
    group = _Group(list(forms.values()))
    pending = []
    for form in group.forms:
        lexemes = _frequent(index, form.all_of())
        if lexemes:
            group.found |= _all(index.lexemes, lexemes)
            group.title |= _all(index.titled, lexemes)
        else:
            pending.append(form)
    # A phrase of frequent lexemes can only match rows with all of them: PostgreSQL reads
    # only those the group's other forms have not found already (it would otherwise read the
    # whole of every row with all the words to check their positions).
    for form in pending:
        lexemes = _frequent(index, form.in_sequence())
        rows = _all(index.lexemes, lexemes) & ~group.found if lexemes else None
        if rows is None:
            group.asked.append((form, None))
        elif rows:
            group.asked.append((form, rows if rows.bit_count() <= PHRASE_ROWS else None))
    return group


def _frequent(index: "Index", lexemes: list[str] | None) -> list[str] | None:
    """The lexemes when every one of them is frequent (the index has its rows); else None."""
    if lexemes and all(lexeme in index.lexemes for lexeme in lexemes):
        return lexemes
    return None


def _all(bitsets: dict[str, int], lexemes: list[str]) -> int:
    return functools.reduce(operator.and_, (bitsets[lexeme] for lexeme in lexemes))


# The first part of query 2, so that it is one statement even when no group asks anything.
_NOTHING: SQL = ("SELECT '', 0, 0::bigint, 0::bigint, '' WHERE false", [])


def _found(
    catalogue: "Catalogue", index: "Index", groups: list[_Group]
) -> tuple[list[int], list[int]]:
    """For each group, the rows PostgreSQL finds for its asked forms, and the rows of the
    vocabulary terms whose names have any of its forms (one query, always run, so that a page
    costs as many queries whatever its words)."""
    parts = [_NOTHING]
    for number, group in enumerate(groups):
        parts += _parts(number, group, catalogue, index)
    with connection.cursor() as cursor:
        cursor.execute(
            " UNION ALL ".join(sql for sql, _ in parts), [p for _, ps in parts for p in ps]
        )
        rows = cursor.fetchall()
    kinds = {facet.vocabulary: facet.name for facet in catalogue.facets if facet.vocabulary}
    # Two parts of a group (a phrase looked for in its rows, the others anywhere) may each
    # have rows in the same 64-bit word: their words are OR'd.
    words: list[dict[int, int]] = [{} for _ in groups]
    by_terms = [0] * len(groups)
    for source, number, word_number, word, term in rows:
        if source == "text":
            words[number][word_number] = words[number].get(word_number, 0) | word
        else:  # a term "kind:key" stands for the rows of its facet value
            kind, key = term.split(":", 1)
            by_terms[number] |= index.facets[kinds[kind]].get(key, 0)
    return [words_to_bits(list(found.items())) for found in words], by_terms


def _parts(number: int, group: _Group, catalogue: "Catalogue", index: "Index") -> list[SQL]:
    """Query 2's parts for one group: its rows found by their text, then its terms."""
    parts = [_rows_part(number, where, catalogue, index) for where in _conditions(group, index)]
    if index.names and group.forms:
        parts.append(_terms_part(number, group.forms, index))
    return parts


def _conditions(group: _Group, index: "Index") -> list[SQL]:
    """The conditions on `id` and `vector` of the rows PostgreSQL finds for a group: its
    forms to look for anywhere in one, then each form looked for in some rows only."""
    anywhere: list[Any] = [form.tsquery for form, rows in group.asked if rows is None]
    conditions: list[SQL] = []
    if anywhere:
        where = " OR ".join(["vector @@ %s::tsquery"] * len(anywhere))
        conditions.append((f"({where})", anywhere))
    for form, rows in group.asked:
        if rows is not None:  # the rows that may have it, by their key
            # ts_match_vq() is what @@ calls, in a form the planner cannot answer with the
            # GIN index: for a phrase the index gives every row with its lexemes, which
            # these rows are already, and the statement would read it for nothing.
            ids = bigints(index.slots.pks[slot] for slot in members(rows))
            conditions.append(
                ("id = ANY(%s::bigint[]) AND ts_match_vq(vector, %s::tsquery)", [ids, form.tsquery])
            )
    return conditions


def _rows_part(number: int, where: SQL, catalogue: "Catalogue", index: "Index") -> SQL:
    matching, params = slotted_vectors(catalogue.vectors, index.slots, where)
    return (
        f"SELECT 'text', {number}, {BIT_WORDS}, '' "
        f"FROM ({matching}) AS m WHERE slot IS NOT NULL GROUP BY 3",
        params,
    )


def _terms_part(number: int, forms: list[Compiled], index: "Index") -> SQL:
    # The terms' documents as the index read them: computing them (to_tsvector of each name)
    # would cost more than the match.
    where = " OR ".join(["document @@ %s::tsquery"] * len(forms))
    return (
        f"SELECT 'term', {number}, 0, 0, term "
        f"FROM unnest(%s::text[], %s::tsvector[]) AS names(term, document) WHERE {where}",
        [list(index.names), list(index.names.values()), *(form.tsquery for form in forms)],
    )
