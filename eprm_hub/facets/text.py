"""The free text of a search: the rows it matches and their ranking, by PostgreSQL.

eprm_hub/textquery.py says what a query asks for (groups of clauses, each with its forms);
this module finds, for each group, the rows whose text has it (through the GIN index) and
the vocabulary terms whose names have it, which stand for their rows in the facet index; it
ranks the rows a page reaches, and corrects words found nowhere (docs/search.md).
"""

import functools
import operator
import re

from django.contrib.postgres.search import SearchQueryField
from django.db import connection
from django.db.models.expressions import RawSQL

from .. import textquery
from .bitsets import BIT_WORDS, member_sql, members, words_to_bits

# The correctly spelled words of the UI languages (eprm_hub/migrations/0005): never corrected.
SPELLING_WORDS = "eprm_hub_spellingword"


def visible_vectors(catalogue):
    rows = catalogue.visible().order_by().values_list("pk", "search_vector")
    return rows.query.sql_with_params()


def sets(search):
    """The visible rows with all of the text's words, and those with any, as bitsets; sets
    the search's group_text, group_terms and group_counts on the way. One query."""
    words = search.text
    visible, visible_params = visible_vectors(search.catalogue)
    kinds = {f.vocabulary: f.name for f in search.catalogue.facets if f.vocabulary}
    groups = [words.group_sql(group) for group in words.groups]
    if words.excluded:
        groups.append(words.group_sql(words.excluded))
    parts, params = [], []
    for number, (group_sql, group_params) in enumerate(groups):
        parts.append(
            f"SELECT 'text', {number}, {BIT_WORDS}, '' "
            f"FROM ({visible}) AS v(id, vector) WHERE vector @@ {group_sql} GROUP BY 3"
        )
        params += [*visible_params, *group_params]
        if kinds:
            parts.append(
                f"SELECT 'term', {number}, 0, 0, kind || ':' || slug "
                f"FROM eprm_hub_vocabularyname WHERE kind IN %s AND document @@ {group_sql}"
            )
            params += [tuple(kinds), *group_params]
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(parts), params)
        rows = cursor.fetchall()
    found_words = [[] for _ in groups]
    by_terms = [0] * len(groups)
    for source, number, word_number, word, term in rows:
        if source == "text":
            found_words[number].append((word_number, word))
        else:
            kind, key = term.split(":", 1)
            by_terms[number] |= search.index.facets[kinds[kind]].get(key, 0)
    by_text = [words_to_bits(found) for found in found_words]
    universe, excluded = search.index.universe, 0
    if words.excluded:
        excluded = by_text.pop() | by_terms.pop()
    search.group_text, search.group_terms = by_text, by_terms
    found = [(t | v) & universe & ~excluded for t, v in zip(by_text, by_terms, strict=True)]
    search.group_counts = [bits.bit_count() for bits in found]
    complete, anymatch = universe & ~excluded, 0
    for bits in found:
        complete &= bits
        anymatch |= bits
    return complete, anymatch if found else complete


def ranked(search, mask, offset, limit):
    """The rows of mask by relevance to the text (limit rows from offset; None for all).

    Rows with all the words come first; then those whose text (not only the names of their
    terms) has more of the groups of words; then each group counts for being there
    (MATCH_WEIGHT) and for where a row has it: what ts_rank says of its text (a title above a
    summary…), or TERM_RANK when only a term's name has it. Weighing groups by how rare they
    are (inverse document frequency) did worse on the relevance suite: a rare word in a
    question is as often noise as the point.

    The first two keys come from the bitsets, so PostgreSQL ranks only the rows of the tiers
    the page reaches into, and only those whose text has some group."""
    wanted = None if limit is None else offset + limit
    chosen = []
    for tier in _tiers(search, mask):
        chosen.append(tier)
        if wanted is not None and sum(bits.bit_count() for _, bits in chosen) >= wanted:
            break
    scores = _text_scores(search, functools.reduce(operator.or_, (b for _, b in chosen), 0))
    rows = []
    for (complete, in_text), bits in chosen:
        for pk in members(bits):
            score = scores.get(pk) if in_text else None
            if score is None:
                score = _term_score(search, pk)
            rows.append(((not complete, -in_text, -score, pk), pk))
    rows.sort()
    return [pk for _, pk in rows[offset:wanted]]


def _tiers(search, mask):
    """((has all the words, how many groups its text has), rows) in ranking order."""
    counts = [mask] + [0] * len(search.group_text)  # counts[n]: rows whose text has n groups
    for found in search.group_text:
        for n in range(len(counts) - 1, 0, -1):
            counts[n] = (counts[n] & ~found) | (counts[n - 1] & found)
        counts[0] &= ~found
    for complete in (True, False):
        wanted = search.complete if complete else ~search.complete
        for in_text in range(len(counts) - 1, -1, -1):
            bits = counts[in_text] & wanted
            if bits:
                yield (complete, in_text), bits


def _text_scores(search, rows):
    """{id: score} of the rows whose text has some group of words (ts_rank by PostgreSQL)."""
    rows &= functools.reduce(operator.or_, search.group_text, 0)
    if not rows:
        return {}
    visible, visible_params = visible_vectors(search.catalogue)
    scores, params = [], []
    for group, in_text, in_terms in zip(
        search.text.groups, search.group_text, search.group_terms, strict=True
    ):
        group_sql, group_params = search.text.group_sql(group, textquery.RANK_FORMS)
        text_sql, text_params = member_sql(in_text & rows)
        terms_sql, terms_params = member_sql(in_terms & rows)
        rank = textquery.rank_sql("vector", group_sql)
        scores.append(f"CASE WHEN {text_sql} THEN %s + {rank} WHEN {terms_sql} THEN %s ELSE 0 END")
        params += [*text_params, textquery.MATCH_WEIGHT, *group_params, *terms_params]
        params.append(textquery.MATCH_WEIGHT + textquery.TERM_RANK)
    with connection.cursor() as cursor:
        # The rows by their primary key: the index finds them, where a scan of the text's
        # matches would read every page of the table for a common word.
        cursor.execute(
            f"SELECT id, {' + '.join(scores)} FROM ({visible}) AS v(id, vector) WHERE id = ANY(%s)",
            [*params, *visible_params, members(rows)],
        )
        return dict(cursor.fetchall())


def _term_score(search, pk):
    """The score of a row whose text has none of the words: its terms' names have some."""
    bit = 1 << pk
    found = sum(1 for terms in search.group_terms if terms & bit)
    return found * (textquery.MATCH_WEIGHT + textquery.TERM_RANK)


def search_query(search, forms=None):
    """The text's tsquery (any of its words; every form, or each clause's first `forms`) as an
    expression, to highlight the words of the page's rows."""
    sql, params = search.text.any_sql(forms)
    return RawSQL(sql, params, output_field=SearchQueryField())


def suggestion(search):
    """A corrected query ("did you mean") when some of the text's words match nothing.

    Only words found nowhere are corrected: not in the library, the vocabulary or the
    thesaurus, not matching anything once stemmed, and not a correctly spelled word of
    English or French (so "étain" never becomes "obtain")."""
    if not search.catalogue.words_view or not search.has_unknown_words:
        return None
    typed = {}
    for clause in search.text.clauses:
        if not clause.concepts:  # a thesaurus term is known by definition
            for word in re.findall(r"\w+", clause.typed):
                typed[textquery.normalise(word)] = word
    unknown = [w for w in typed if not w.isdigit()]
    corrections = _corrections(search, unknown) if unknown else {}
    if not corrections:
        return None

    def replace(match):
        return corrections.get(textquery.normalise(match[0]), match[0])

    corrected = re.sub(r"\w+", replace, search.query)
    return corrected if corrected.lower() != search.query.lower() else None


def _corrections(search, words):
    """{word: its closest known word} for the words the library does not know."""
    view = search.catalogue.words_view
    search.catalogue.refresh_words()
    visible, visible_params = visible_vectors(search.catalogue)
    matches = " || ".join(f"plainto_tsquery('{config}', w)" for config in textquery.CONFIGS)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT w, EXISTS (SELECT 1 FROM {view} WHERE word = w) "
            f"OR EXISTS (SELECT 1 FROM {SPELLING_WORDS} WHERE word = w) "
            f"OR EXISTS (SELECT 1 FROM ({visible}) AS v(id, vector) "
            f"           WHERE vector @@ ({matches})), "
            f"(SELECT word FROM {view} WHERE word %% w "
            f"ORDER BY similarity(word, w) DESC, ndoc DESC LIMIT 1) "
            f"FROM unnest(%s::text[]) AS q(w)",
            [*visible_params, words],
        )
        return {w: best for w, known, best in cursor.fetchall() if not known and best}
