"""The free text of a search: the rows it matches and their ranking, by PostgreSQL.

eprm_hub/textquery.py says what a query asks for (groups of clauses, each with its forms);
this module finds, for each group, the rows whose text has it (through the GIN index) and
the vocabulary terms whose names have it, which stand for their rows in the facet index; it
ranks the rows a page reaches, and corrects words found nowhere (docs/search.md).
"""

import functools
import heapq
import math
import operator
import re
import sys
from array import array

from django.contrib.postgres.search import SearchQueryField
from django.db import connection
from django.db.models.expressions import RawSQL

from .. import textquery
from .bitsets import BIT_WORDS, bitset, members, walk, words_to_bits

# The correctly spelled words of the UI languages (eprm_hub/migrations/0005): never corrected.
SPELLING_WORDS = "eprm_hub_spellingword"
# A lexeme in at least this share of the visible rows, and this many, has its rows in the
# index: PostgreSQL would read every one of them from the table (docs/search.md, "Speed").
FREQUENT_SHARE = 0.01
FREQUENT_MIN = 100
# A phrase of frequent lexemes is checked by PostgreSQL in the rows that may have it, read by
# their key, when they are at most this many (else through the GIN index).
PHRASE_ROWS = 5000
# Above this many rows to rank in a tier, the rows with the words in their title go first,
# and of a part still larger only this many are ranked (docs/search.md, "Speed").
RANK_LIMIT = 500


def searchable(model):
    """Whether the model has the search vector that text queries read."""
    return any(field.name == "search_vector" for field in model._meta.concrete_fields)


def vectors_of(rows):
    """(SQL, params) of the rows' (pk, search vector)."""
    return rows.order_by().values_list("pk", "search_vector").query.sql_with_params()


def visible_vectors(catalogue):
    return vectors_of(catalogue.visible())


def visible_slots(search, where="true", where_params=()):
    """(SQL, params) of the visible rows' (slot, vector) where the condition on `id` and
    `vector` holds: the rows' slots in the search's index."""
    visible, visible_params = visible_vectors(search.catalogue)
    slot_sql, slot_params = search.index.slots.sql()
    return (
        f"SELECT {slot_sql} AS slot, vector FROM ({visible}) AS v(id, vector) WHERE {where}",
        [*slot_params, *visible_params, *where_params],
    )


def sets(search):
    """The visible rows with all of the text's words, and those with any, as bitsets; sets
    the search's group_text, group_title, group_terms and group_counts on the way.

    Two queries: PostgreSQL compiles each form of the text to a tsquery; a tsquery that asks
    only for frequent lexemes is answered from the index's bitsets, the others (rare words,
    phrases) by PostgreSQL through the GIN index, with the names of the vocabulary's terms."""
    words = search.text
    groups = list(words.groups) + ([words.excluded] if words.excluded else [])
    queries = [words.group_queries(group) for group in groups]
    compiled = _compiled([q for group in queries for q in group])
    lexemes, titled = search.index.lexemes, search.index.titled
    in_memory, in_title, asked = [], [], []  # per group: bits, bits, tsqueries for PostgreSQL
    for group in queries:
        bits = title = 0
        pending = []
        for query in dict.fromkeys(compiled[q] for q in group):
            if not query:  # only stop words: matches nothing
                continue
            conjunction = _lexemes(query, CONJUNCTION)
            if conjunction and all(lexeme in lexemes for lexeme in conjunction):
                bits |= functools.reduce(operator.and_, (lexemes[x] for x in conjunction))
                title |= functools.reduce(operator.and_, (titled[x] for x in conjunction))
            else:
                pending.append(query)
        # A phrase of frequent lexemes can only match rows with all of them: PostgreSQL reads
        # only those the group's other forms have not found already (it would otherwise read
        # the whole of every row with all the words to check their positions).
        asked_for = []
        for query in pending:
            phrase = _lexemes(query, PHRASE)
            if phrase and all(lexeme in lexemes for lexeme in phrase):
                rows = functools.reduce(operator.and_, (lexemes[x] for x in phrase)) & ~bits
                if rows:
                    asked_for.append((query, rows if rows.bit_count() <= PHRASE_ROWS else None))
            else:
                asked_for.append((query, None))
        pending = asked_for
        in_memory.append(bits)
        in_title.append(title)
        asked.append(pending)
    by_text, by_terms = _found(search, queries, compiled, asked)
    by_text = [bits | memory for bits, memory in zip(by_text, in_memory, strict=True)]
    universe, excluded = search.index.universe, 0
    if words.excluded:
        excluded = by_text.pop() | by_terms.pop()
        in_title.pop()
    search.group_text, search.group_terms, search.group_title = by_text, by_terms, in_title
    found = [(t | v) & universe & ~excluded for t, v in zip(by_text, by_terms, strict=True)]
    search.group_counts = [bits.bit_count() for bits in found]
    complete, anymatch = universe & ~excluded, 0
    for bits in found:
        complete &= bits
        anymatch |= bits
    return complete, anymatch if found else complete


def _compiled(queries):
    """{(function, configuration, text): the tsquery PostgreSQL makes of it, as text}."""
    queries = list(dict.fromkeys(queries))
    if not queries:
        return {}
    parts = [f"{function}('{config}', %s)::text" for function, config, _ in queries]
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT ARRAY[{', '.join(parts)}]", [text for _, _, text in queries])
        return dict(zip(queries, cursor.fetchone()[0], strict=True))


_LEXEME = re.compile(r"'((?:[^'\\]|'')*)'")


# A tsquery's shape once its lexemes are written x: all of them, or them in sequence.
CONJUNCTION = re.compile(r"x( & x)*")
PHRASE = re.compile(r"x( <(?:-|\d+)> x)*")


def _lexemes(query, shape):
    """The lexemes of a tsquery of this shape ('a' & 'b', or 'a' <-> 'b'); None for any
    other (a prefix, a weight, an OR, or the other shape)."""
    if not shape.fullmatch(_LEXEME.sub("x", query)):
        return None
    return [lexeme.replace("''", "'") for lexeme in _LEXEME.findall(query)]


def _found(search, queries, compiled, asked):
    """For each group, the rows PostgreSQL finds for its asked tsqueries, and the rows of the
    vocabulary terms whose names match any of its tsqueries (one query, always run, so that
    a page costs as many queries whatever its words)."""
    kinds = {f.vocabulary: f.name for f in search.catalogue.facets if f.vocabulary}
    parts, params = ["SELECT '', 0, 0::bigint, 0::bigint, '' WHERE false"], []
    pks = search.index.slots.pks
    for number, (group, pending) in enumerate(zip(queries, asked, strict=True)):
        anywhere = [query for query, rows in pending if rows is None]
        conditions = []
        if anywhere:
            where = " OR ".join(["vector @@ %s::tsquery"] * len(anywhere))
            conditions.append((f"({where})", anywhere))
        for query, rows in pending:
            if rows is not None:  # the rows that may have it, by their key
                ids = [pks[slot] for slot in members(rows)]
                conditions.append(("id = ANY(%s) AND vector @@ %s::tsquery", [ids, query]))
        for where, where_params in conditions:
            matching, matching_params = visible_slots(search, where, where_params)
            parts.append(
                f"SELECT 'text', {number}, {BIT_WORDS}, '' "
                f"FROM ({matching}) AS m WHERE slot IS NOT NULL GROUP BY 3"
            )
            params += matching_params
        every = [compiled[q] for q in group if compiled[q]]
        names = search.index.names
        if names and every:
            # The terms' documents as the index read them: computing them (to_tsvector of
            # each name) would cost more than the match.
            where = " OR ".join(["document @@ %s::tsquery"] * len(every))
            parts.append(
                f"SELECT 'term', {number}, 0, 0, term "
                f"FROM unnest(%s::text[], %s::tsvector[]) AS names(term, document) WHERE {where}"
            )
            params += [list(names), list(names.values()), *every]
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(parts), params)
        rows = cursor.fetchall()
    found_words = [[] for _ in queries]
    by_terms = [0] * len(queries)
    for source, number, word_number, word, term in rows:
        if source == "text":
            found_words[number].append((word_number, word))
        else:
            kind, key = term.split(":", 1)
            by_terms[number] |= search.index.facets[kinds[kind]].get(key, 0)
    return [words_to_bits(found) for found in found_words], by_terms


def term_names(catalogue):
    """{"kind:key": the search document of its names} of the vocabulary terms that a facet's
    values are (eprm_hub_vocabularyname): a query's words that name one find its rows."""
    kinds = [facet.vocabulary for facet in catalogue.facets if facet.vocabulary]
    if not kinds:
        return {}
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT kind || ':' || slug, document::text FROM eprm_hub_vocabularyname "
            "WHERE kind = ANY(%s)",
            [kinds],
        )
        return dict(cursor.fetchall())


def frequent_lexemes(visible, slots):
    """({lexeme: its rows}, {lexeme: the rows with it in the title}) of the lexemes in at
    least FREQUENT_SHARE of the visible rows (and FREQUENT_MIN): those PostgreSQL would
    spend most on, reading every row that has them. Read once per index build."""
    sql, params = vectors_of(visible)
    threshold = max(FREQUENT_MIN, math.ceil(FREQUENT_SHARE * len(slots)))
    with connection.cursor() as cursor:
        vectors = cursor.mogrify(f"SELECT vector FROM ({sql}) AS v(id, vector)", params)
        cursor.execute(
            "SELECT word FROM ts_stat(%s) WHERE ndoc >= %s", [vectors.decode(), threshold]
        )
        frequent = [word for (word,) in cursor.fetchall()]
        if not frequent:
            return {}, {}
        slot_sql, slot_params = slots.sql()
        # Each lexeme's 64-bit words as (word number, word) pairs packed in one bytea.
        cursor.execute(
            f"SELECT lexeme, title, string_agg(int8send(w) || int8send(bits), '' ORDER BY w) "
            f"FROM (SELECT u.lexeme, 'A' = ANY(u.weights) AS title, slot >> 6 AS w, "
            f"             bit_or(1::bigint << (slot & 63)::int) AS bits "
            f"      FROM (SELECT {slot_sql} AS slot, vector FROM ({sql}) AS v(id, vector)) AS s, "
            f"           unnest(s.vector) AS u(lexeme, positions, weights) "
            f"      WHERE slot IS NOT NULL AND u.lexeme = ANY(%s) GROUP BY 1, 2, 3) AS words "
            f"GROUP BY 1, 2",
            [*slot_params, *params, frequent],
        )
        found = cursor.fetchall()
    lexemes, titled = {}, {}
    for lexeme, in_title, packed in found:
        numbers = array("q", bytes(packed))
        if sys.byteorder == "little":
            numbers.byteswap()  # int8send writes big-endian
        bits = words_to_bits(list(zip(numbers[0::2], numbers[1::2], strict=True)))
        lexemes[lexeme] = lexemes.get(lexeme, 0) | bits
        if in_title:
            titled[lexeme] = bits
    return lexemes, {lexeme: titled.get(lexeme, 0) for lexeme in lexemes}


def ranked(search, mask, offset, limit):
    """The slots of mask by relevance to the text (limit rows from offset; None for all).

    Rows with all the words come first; then those whose text (not only the names of their
    terms) has more of the groups of words; then each group counts for being there
    (MATCH_WEIGHT) and for where a row has it: what ts_rank says of its text (a title above a
    summary…), or TERM_RANK when only a term's name has it. Weighing groups by how rare they
    are (inverse document frequency) did worse on the relevance suite: a rare word in a
    question is as often noise as the point.

    The first two keys come from the bitsets, so PostgreSQL ranks only the rows of the tiers
    the page reaches into, and only those whose text has some group. A tier of more than
    RANK_LIMIT rows (a word in a third of a large library) is cut further by how many groups
    the rows have in their title, from the index's frequent lexemes (ts_rank ranks a title
    match above others anyway), and of a part still that large PostgreSQL ranks the first
    RANK_LIMIT rows in the catalogue's first order, the rest following in that order."""
    wanted = None if limit is None else offset + limit
    chosen = []
    for tier in _tiers(search, mask):
        chosen.append(tier)
        if wanted is not None and sum(bits.bit_count() for _, bits in chosen) >= wanted:
            break
    ranked_rows = functools.reduce(operator.or_, (b for k, b in chosen if not k[3]), 0)
    scores = _text_scores(search, ranked_rows)
    position = search.index.positions[search.catalogue.first_order]
    rows = []
    for (complete, in_text, in_title, unranked), bits in chosen:
        for slot in members(bits):
            if unranked:
                score = -position[slot]  # beyond the ranked part of a huge tier: by order
            else:
                score = scores.get(slot) if in_text else None
                if score is None:
                    score = _term_score(search, slot)
            rows.append(((not complete, -in_text, -in_title, unranked, -score, slot), slot))
    rows.sort()
    return [slot for _, slot in rows[offset:wanted]]


def _by_count(mask, sets):
    """[rows of mask in exactly n of the sets, for n = 0 … len(sets)]."""
    counts = [mask] + [0] * len(sets)
    for found in sets:
        for n in range(len(counts) - 1, 0, -1):
            counts[n] = (counts[n] & ~found) | (counts[n - 1] & found)
        counts[0] &= ~found
    return counts


def _tiers(search, mask):
    """((has all the words, how many groups its text has, how many its title has, unranked),
    rows) in ranking order. A tier of more than RANK_LIMIT rows is split by the title's count,
    and a part still that large has only its first RANK_LIMIT rows in the catalogue's first
    order ranked, the rest following in that order: the same order for every page."""
    counts = _by_count(mask, search.group_text)
    order = search.index.orders[search.catalogue.first_order]
    for complete in (True, False):
        rows_wanted = search.complete if complete else ~search.complete
        for in_text in range(len(counts) - 1, -1, -1):
            bits = counts[in_text] & rows_wanted
            if bits.bit_count() <= RANK_LIMIT:
                if bits:
                    yield (complete, in_text, 0, False), bits
                continue
            titled = _by_count(bits, search.group_title)
            for in_title in range(len(titled) - 1, -1, -1):
                part = titled[in_title]
                if part.bit_count() > RANK_LIMIT:
                    first = bitset(_first_in_order(search, order, part))
                    yield (complete, in_text, in_title, False), first
                    yield (complete, in_text, in_title, True), part & ~first
                elif part:
                    yield (complete, in_text, in_title, False), part


def _first_in_order(search, order, part):
    """The first RANK_LIMIT slots of part in the order: by walking the order when part is
    dense in it (walking stops early), else by the positions of part's own slots."""
    if part.bit_count() * 20 > len(order):
        return walk(order, part, 0, RANK_LIMIT)
    position = search.index.positions[search.catalogue.first_order]
    return heapq.nsmallest(RANK_LIMIT, members(part), key=position.__getitem__)


# The flags of _text_scores are a bigint: two bits a group, 63 bits.
assert 2 * textquery.MAX_CLAUSES <= 63, "textquery.MAX_CLAUSES is too large for the flags"


def _text_scores(search, rows):
    """{slot: score} of the rows whose text has some group of words (ts_rank by PostgreSQL).

    Each row goes with flags saying which groups its text and its terms' names have (bits 2n
    and 2n + 1 for group n): a few bytes a row, where the groups' bitsets would be the size of
    the whole library. A bigint holds them for 31 groups: textquery.MAX_CLAUSES keeps a query
    within that (docs/search.md)."""
    rows &= functools.reduce(operator.or_, search.group_text, 0)
    if not rows:
        return {}
    slots = members(rows)
    flags = dict.fromkeys(slots, 0)
    scores, params = [], []
    for number, (group, in_text, in_terms) in enumerate(
        zip(search.text.groups, search.group_text, search.group_terms, strict=True)
    ):
        for slot in members(in_text & rows):
            flags[slot] |= 1 << (2 * number)
        for slot in members(in_terms & rows):
            flags[slot] |= 1 << (2 * number + 1)
        group_sql, group_params = search.text.group_sql(group, textquery.RANK_FORMS)
        rank = textquery.rank_sql("vector", group_sql)
        scores.append(
            f"CASE WHEN flags & {1 << (2 * number)} <> 0 THEN %s + {rank} "
            f"WHEN flags & {1 << (2 * number + 1)} <> 0 THEN %s ELSE 0 END"
        )
        params += [textquery.MATCH_WEIGHT, *group_params]
        params.append(textquery.MATCH_WEIGHT + textquery.TERM_RANK)
    pks = search.index.slots.pks
    visible, visible_params = visible_vectors(search.catalogue)
    # The rows by their primary key: the index finds them, where a scan of the text's
    # matches would read every page of the table for a common word.
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT r.slot, {' + '.join(scores)} "
            f"FROM unnest(%s::bigint[], %s::bigint[], %s::bigint[]) AS r(id, slot, flags) "
            f"JOIN ({visible}) AS v(id, vector) ON v.id = r.id",
            [*params, [pks[s] for s in slots], slots, list(flags.values()), *visible_params],
        )
        return dict(cursor.fetchall())


def _term_score(search, slot):
    """The score of a row whose text has none of the words: its terms' names have some."""
    bit = 1 << slot
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
    """{word: its closest known word} for the words the library does not know. The words view
    may be a moment behind the library (it is refreshed after each change, off the request):
    a correction is shown only when it finds something."""
    view = search.catalogue.words_view
    visible, visible_params = visible_vectors(search.catalogue)
    # A word of the page's language is a word, whatever the other languages make of it.
    configs = search.text.configs
    matches = " || ".join(f"plainto_tsquery('{config}', w)" for config in configs)
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
