"""The facet engine: free text plus facets, for the resource, member and project listings.

Each listing is a Catalogue: which rows the public sees, its facets, its sort orders. Every
server process keeps an in-memory index per catalogue: for each facet value, the set of rows
that have it, as a bitset (a Python int whose bit n is set for the row with primary key n).
Counting a facet value under any selection is then an AND and a popcount, a few microseconds,
where one GROUP BY per facet costs hundreds of milliseconds at 100,000 rows.

The index is rebuilt when the catalogue's IndexVersion differs from the one it was built at;
database triggers renew that version on every write to the catalogue's tables, so all server
processes follow each other's changes at the cost of one small query per request.

Free text goes to PostgreSQL: a text query's matches come back as bitsets (the rows with all
its words, and those with any), which join the facets' bitsets; ranking by relevance is done
there too, among the rows the facets allow. eprm_hub/textquery.py parses and expands the text.

Semantics (docs/search.md): values within one facet are OR'd, facets are AND'd; the counts
shown for a facet apply every other facet's selection but not its own. Every count is the
number of results the page would show with that selection: the rows with all the words, or,
when none has them all, the rows with most of them.
"""

import functools
import operator
import re
import sys
import threading
from array import array
from collections.abc import Callable
from dataclasses import dataclass

from django.contrib.postgres.search import SearchQueryField
from django.db import connection, transaction
from django.db.models import QuerySet
from django.db.models.expressions import RawSQL
from django.utils import timezone, translation
from django.utils.functional import Promise
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from . import textquery, thesaurus

MAX_QUERY_LENGTH = 200
PAGE_SIZE = 20
# The correctly spelled words of the UI languages (eprm_hub/migrations/0005): never corrected.
SPELLING_WORDS = "eprm_hub_spellingword"
# Below this many matches a page is picked by sorting the matches; above, by walking the order.
SPARSE = 5000
# With fewer results than this having all the words, the list goes on with those having most.
ENOUGH = 3
WORD_MASK = (1 << 64) - 1


# Bitsets ---------------------------------------------------------------------------------


def bitset(ids):
    """The bitset of an iterable of primary keys."""
    ids = list(ids)
    if not ids:
        return 0
    buffer = bytearray((max(ids) >> 3) + 1)
    for pk in ids:
        buffer[pk >> 3] |= 1 << (pk & 7)
    return int.from_bytes(buffer, "little")


def members(bits):
    """The primary keys in a bitset, in ascending order."""
    return [match.start() for match in re.finditer("1", bin(bits)[:1:-1])]


def _words_to_bits(words):
    """A bitset from (word number, 64-bit word) pairs, as PostgreSQL's bit_or returns them."""
    if not words:
        return 0
    packed = array("Q", bytes(8 * (max(number for number, _ in words) + 1)))
    for number, word in words:
        packed[number] = word & WORD_MASK
    return int.from_bytes(packed.tobytes(), sys.byteorder)


def bitsets_by_key(pairs: QuerySet):
    """{key: bitset} for a queryset of (pk, key) pairs, grouped into 64-bit words in SQL."""
    sql, params = pairs.order_by().query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT key, id >> 6, bit_or(1::bigint << (id & 63)::int) "
            f"FROM ({sql}) AS pairs(id, key) "
            f"WHERE key IS NOT NULL AND key::text <> '' GROUP BY 1, 2",  # no value, no key
            params,
        )
        rows = cursor.fetchall()
    words = {}
    for key, number, word in rows:
        words.setdefault(key, []).append((number, word))
    return {key: _words_to_bits(pairs) for key, pairs in words.items()}


def walk(order, bits, offset=0, limit=20):
    """The primary keys of bits that come at offset … offset + limit in order."""
    mask = bits.to_bytes((bits.bit_length() + 7) // 8, "little")
    size, found, ids = len(mask) * 8, 0, []
    if limit <= 0:
        return ids
    for pk in order:
        if pk < size and mask[pk >> 3] >> (pk & 7) & 1:
            found += 1
            if found > offset:
                ids.append(pk)
                if len(ids) == limit:
                    break
    return ids


def in_order(queryset, ids):
    """The rows of queryset with these primary keys, in the order of ids (one query)."""
    by_pk = {row.pk: row for row in queryset.filter(pk__in=ids)}
    return [by_pk[pk] for pk in ids if pk in by_pk]


def bits_as_bytea(bits):
    """The bitset as bytes for PostgreSQL's get_bit(bytea, n), which numbers bits the same way."""
    return bits.to_bytes((bits.bit_length() + 7) // 8 or 1, "little")


# Definitions -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    """A value a facet can take: its key in URLs and its name in both languages."""

    key: str
    name: str
    name_fr: str = ""
    colour: str = ""
    parent: str = ""  # the key of the value that includes this one (regions)

    @property
    def label(self):
        return self.name_fr if self.name_fr and get_language() == "fr" else self.name


def terms_of(model):
    """The terms of a vocabulary model (an eprm_hub.models.Term), in its own order."""

    def load():
        return [
            Term(t.slug, t.name, t.name_fr, getattr(t, "colour", "")) for t in model.objects.all()
        ]

    return load


def choice_terms(choices):
    """The terms of a model field's choices, with their English and French labels."""

    def load():
        terms = []
        for value, label in choices:
            with translation.override("en"):
                english = str(label)
            with translation.override("fr"):
                french = str(label)
            terms.append(Term(value, english, french))
        return terms

    return load


def country_term(code):
    """The Term of an ISO 3166-1 country code, any case; None for a code that is no country."""
    code = code.upper()
    if code not in countries:
        return None
    names = []
    for language in ("en", "fr"):
        with translation.override(language):
            names.append(str(countries.name(code)))
    return Term(code, *names)


def country_terms(codes):
    """The countries of these codes, by their English name."""
    return sorted(filter(None, map(country_term, set(codes))), key=lambda term: term.name)


@dataclass(frozen=True)
class Facet:
    """A facet: its query parameter, its heading and where its values come from.

    pairs(visible) gives (pk, key) rows for the visible queryset; terms() lists the possible
    values in display order. A long facet shows its first values, then the rest on demand.
    When terms() lists only the values in use (languages, publishers), other(key) gives the
    Term of a valid value that no visible row has, so choosing it finds nothing instead of
    being ignored as unknown. Values whose Term names a parent roll up into it: the parent's
    rows include its children's.
    """

    name: str
    label: Promise
    pairs: Callable[[QuerySet], QuerySet]
    terms: Callable[[], list[Term]]
    long: bool = False
    other: Callable[[str], Term | None] | None = None
    # The kind of vocabulary term its values are (eprm_hub_vocabularyname): words of a query
    # that name one find the rows that have it, as if its name were in their text.
    vocabulary: str = ""


@dataclass(frozen=True)
class Sort:
    key: str
    label: Promise
    ordering: tuple = ()  # empty for relevance, which PostgreSQL ranks per query


@dataclass
class Index:
    version: tuple
    universe: int
    facets: dict[str, dict[str, int]]
    terms: dict[str, dict[str, Term]]
    years: dict[int, int]
    orders: dict[str, array]
    positions: dict[str, array]

    def union(self, facet, keys):
        """The rows that have any of these values of a facet."""
        bits = 0
        for key in keys:
            bits |= self.facets[facet].get(key, 0)
        return bits


def _roll_up(bitsets, terms):
    """Add each value's rows to every value that includes it (a region to its parent)."""
    for key, term in terms.items():
        rows, parent, seen = bitsets.get(key, 0), term.parent, set()
        while rows and parent and parent not in seen:
            seen.add(parent)
            bitsets[parent] = bitsets.get(parent, 0) | rows
            parent = terms[parent].parent if parent in terms else ""


class Catalogue:
    """One listing's definition, and the index every request of this process shares."""

    def __init__(
        self,
        name,
        visible: Callable[[], QuerySet],
        facets: list[Facet],
        sorts: list[Sort],
        year_field=None,
        words_view=None,
    ):
        self.name = name
        self.visible = visible
        self.facets = facets
        self.sorts = {sort.key: sort for sort in sorts}
        self.year_field = year_field
        self.words_view = words_view
        self._index = None
        self._lock = threading.Lock()

    def current(self):
        """The index and the thesaurus as they are now (one small query when nothing changed)."""
        versions = self._versions()
        with self._lock:
            if self._index is None or self._index.version != self._version(versions):
                self._index = self._build()
            index = self._index
        return index, thesaurus.at(versions.get(thesaurus.VERSION_NAME, 0))

    def index(self) -> Index:
        return self.current()[0]

    def _versions(self):
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT name, version FROM eprm_hub_indexversion WHERE name IN (%s, %s, %s)",
                [self.name, "vocabulary", thesaurus.VERSION_NAME],
            )
            return dict(cursor.fetchall())

    def _version(self, versions):
        # The day is part of the version: a facet may depend on it (a project's status).
        return (versions.get(self.name, 0), versions.get("vocabulary", 0), timezone.localdate())

    def _build(self):
        """The index, from one snapshot of the database: a row published while it is built is
        in all of it (the rows, each facet, each order) or in none, and the version it is
        labelled with is the one of that snapshot. Inside a transaction already begun (a test,
        a caller's atomic block) the snapshot is that transaction's."""
        fresh = not connection.in_atomic_block
        with transaction.atomic():
            if fresh:
                with connection.cursor() as cursor:
                    cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            return self._build_in_snapshot(self._version(self._versions()))

    def _build_in_snapshot(self, version):
        visible = self.visible()
        facets = {f.name: bitsets_by_key(f.pairs(visible)) for f in self.facets}
        terms = {}
        for f in self.facets:
            known = {term.key: term for term in f.terms()}
            # Values in the data but not in the vocabulary are still filterable.
            terms[f.name] = known | {
                key: Term(key, key) for key in facets[f.name] if key not in known
            }
            _roll_up(facets[f.name], known)
        years = {}
        if self.year_field:
            years = bitsets_by_key(visible.values_list("pk", self.year_field))
        orders, positions = {}, {}
        for sort in self.sorts.values():
            if sort.ordering:
                ids = array("q", visible.order_by(*sort.ordering).values_list("pk", flat=True))
                position = array("l", bytes(array("l").itemsize * ((max(ids, default=0)) + 1)))
                for rank, pk in enumerate(ids):
                    position[pk] = rank
                orders[sort.key], positions[sort.key] = ids, position
        universe = bitset(visible.order_by().values_list("pk", flat=True))
        return Index(version, universe, facets, terms, years, orders, positions)

    def search(self, params, page_size=PAGE_SIZE):
        """The search of these parameters; when some of its words match nothing at all and a
        spelling correction finds something, the corrected search, which says what it
        replaced (as a search engine shows "results for smelter" for "smeltr")."""
        search = Search(self, params, page_size)
        if search.has_unknown_words:
            corrected = search.suggestion()
            if corrected:
                params = params.copy()
                params["q"] = corrected
                better = Search(self, params, page_size)
                if better.total:
                    better.corrected_from = search.query
                    return better
        return search

    def refresh_words(self):
        """Refresh the words view ("did you mean") if the catalogue changed since it was.

        A full scan: run after imports, and otherwise on the first suggestion after a change.
        The thesaurus's words are part of it, so its version counts too."""
        marker = f"{self.name}-words"
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT name, version FROM eprm_hub_indexversion WHERE name IN (%s, %s, %s)",
                [self.name, thesaurus.VERSION_NAME, marker],
            )
            versions = dict(cursor.fetchall())
            # Sequence values: the larger of the two changes whenever either does.
            current = max(versions.get(self.name, 0), versions.get(thesaurus.VERSION_NAME, 0))
            if marker not in versions or versions[marker] != current:
                cursor.execute(f"REFRESH MATERIALIZED VIEW {self.words_view}")
                cursor.execute(
                    "INSERT INTO eprm_hub_indexversion (name, version) VALUES (%s, %s) "
                    "ON CONFLICT (name) DO UPDATE SET version = EXCLUDED.version",
                    [marker, current],
                )


# A request ---------------------------------------------------------------------------------


@dataclass
class FacetValue:
    key: str
    label: str
    count: int
    selected: bool
    colour: str = ""
    nested: bool = False  # part of the value above it (a sub-region)


@dataclass
class FacetResult:
    name: str
    label: str
    values: list[FacetValue]
    long: bool
    expanded: bool = False  # a long facet asked for in full (?more=publisher)

    @property
    def cut(self):
        """How many values show: all of a short facet, or of a long one asked for in full;
        of another long one the first ten, or more when more are selected (selected values
        come first). The rest is one link away: hundreds of publishers cost more to render
        than the search to count."""
        if not self.long or self.expanded:
            return len(self.values)
        return max(10, sum(v.selected for v in self.values))

    @property
    def shown(self):
        return self.values[: self.cut]

    @property
    def hidden_count(self):
        return max(0, len(self.values) - self.cut)


@dataclass
class Chip:
    label: str
    facet_label: str
    remove_query: str
    count_without: int = 0  # the results there would be without this filter


@dataclass
class FilterSuggestion:
    """A vocabulary term the query names, offered as a filter instead of words."""

    facet_label: str
    label: str
    query: str


def _member_sql(bits, few=32):
    """SQL that tells whether a row's id is in bits: a list of ids when there are few, a
    bit test of the packed bitset otherwise (a long list is searched through for each row)."""
    count = bits.bit_count()
    if not count:
        return "false", []
    if count <= few:
        return "id = ANY(%s)", [members(bits)]
    packed = bits_as_bytea(bits)
    return "(id < %s AND get_bit(%s::bytea, id::int) = 1)", [len(packed) * 8, packed]


def _plausible(value):
    return len(value) <= 100 and not re.search(r"[\x00-\x1f\x7f]", value)


def _shown(value):
    """A value as the page can show it: control characters replaced, at most 100 letters."""
    return re.sub(r"[\x00-\x1f\x7f]", "\ufffd", value[:100])


def _int_or_none(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


class Search:
    """One listing request: its matches, facet counts and chips, and the page's primary keys."""

    corrected_from = ""  # the query as typed, when this search shows a spelling correction's
    group_counts = ()  # how many rows each group of the text's words matches, when several

    def __init__(self, catalogue, params, page_size=PAGE_SIZE):
        self.catalogue = catalogue
        self.params = params
        self.page_size = page_size
        self.index, self.thesaurus = index, _ = catalogue.current()
        self.ignored = []  # (parameter, value) pairs that were not understood

        # Control characters cannot reach PostgreSQL (a NUL is refused); they carry no words.
        text = " ".join(re.sub(r"[\x00-\x1f\x7f]", " ", params.get("q", "")).split())
        self.query = text[:MAX_QUERY_LENGTH]
        self.query_was_cut = len(text) > MAX_QUERY_LENGTH
        self.language = get_language() or "en"
        self.text = textquery.parse(self.query, self.thesaurus, self.language) if text else None

        # Selections, in the vocabulary's order; unknown values are reported, not applied.
        self.selected = {}
        self.terms = {}
        for facet in catalogue.facets:
            wanted = list(dict.fromkeys(v for v in params.getlist(facet.name) if v != ""))
            self.terms[facet.name] = terms = dict(index.terms[facet.name])
            keys = set()
            for value in wanted:
                if not _plausible(value):  # no slug or code has control characters or 100+ letters
                    self.ignored.append((facet.name, _shown(value)))
                    continue
                other = facet.other(value) if facet.other and value not in terms else None
                if other:  # a valid value no visible row has, under its proper key ("cd" → "CD")
                    terms.setdefault(other.key, other)
                    keys.add(other.key)
                elif value in terms:
                    keys.add(value)
                else:
                    self.ignored.append((facet.name, value))
            chosen = [key for key in terms if key in keys]
            if chosen:
                self.selected[facet.name] = chosen
        self.year_min, self.year_max = self._year_range(params)
        self.sort = self._sort(params.get("sort", ""))

        # The sets: what the years and each facet allow, then what the text allows.
        self.allowed = {name: index.union(name, keys) for name, keys in self.selected.items()}
        self.in_years = index.universe & self._year_bits()
        filtered = self.in_years
        for bits in self.allowed.values():
            filtered &= bits
        if self.text and not self.text.is_empty:
            self.complete, self.anymatch = self._text_sets()
        elif self.text:  # only filler words: nothing to look for
            self.complete = self.anymatch = 0
        else:
            self.complete = self.anymatch = index.universe
        self.matches = self.results_in(filtered)
        # "No resource has all your words; these match most of them."
        self.with_all_words = (filtered & self.complete).bit_count()
        self.relaxed = bool(self.text) and self.matches != filtered & self.complete
        self.total = self.matches.bit_count()
        self.facets = [self._count(facet) for facet in catalogue.facets]

        raw_page = params.get("page", "")
        requested = _int_or_none(raw_page)
        self.pages = max(1, -(-self.total // page_size))
        self.page = min(max(requested or 1, 1), self.pages)
        self.page_adjusted = bool(raw_page) and requested != self.page
        self.ids = self._page_ids()

    def results_in(self, bits):
        """What a page filtered to these rows shows: those with all the words; when fewer than
        ENOUGH have them all, also those with any (all the words first)."""
        complete = bits & self.complete
        if complete.bit_count() >= ENOUGH:
            return complete
        return complete | (bits & self.anymatch)

    def _count(self, facet):
        """A facet's values with their counts under every other facet's selection."""
        others = self.in_years
        for name, bits in self.allowed.items():
            if name != facet.name:
                others &= bits
        chosen = self.selected.get(facet.name, [])
        bitsets = self.index.facets[facet.name]
        complete = others & self.complete  # results_in(), one AND fewer per value
        values = []
        for key, term in self.terms[facet.name].items():
            rows = bitsets.get(key, 0)
            count = (complete & rows).bit_count() if rows else 0
            if rows and count < ENOUGH:
                count = self.results_in(others & rows).bit_count()
            values.append(
                FacetValue(key, term.label, count, key in chosen, term.colour, bool(term.parent))
            )
        if facet.long:  # long lists: the most frequent first
            values.sort(key=lambda v: (not v.selected, -v.count))  # ties keep the terms' order
        expanded = facet.long and self.params.get("more") == facet.name
        return FacetResult(facet.name, facet.label, values, facet.long, expanded)

    def _sort(self, requested):
        sorts = self.catalogue.sorts
        default = "relevance" if self.query and "relevance" in sorts else None
        self.default_sort = default = default or next(key for key in sorts if key != "relevance")
        if not requested:
            return default
        if requested not in sorts or (requested == "relevance" and not self.query):
            self.ignored.append(("sort", _shown(requested)))
            return default
        return requested

    def _year_range(self, params):
        if not self.catalogue.year_field:
            return None, None
        years = []
        for name in ("year_min", "year_max"):
            raw = params.get(name, "").strip()
            year = _int_or_none(raw)
            if raw and (year is None or not 1000 <= year <= 9999):
                self.ignored.append((name, _shown(raw)))
                year = None
            years.append(year)
        low, high = years
        if low and high and low > high:
            low, high = high, low
        return low, high

    def _year_bits(self):
        if self.year_min is None and self.year_max is None:
            return self.index.universe
        low, high = self.year_min or 0, self.year_max or 9999
        bits = 0
        for year, rows in self.index.years.items():
            if low <= year <= high:
                bits |= rows
        return bits

    # The text -----------------------------------------------------------------------------

    def search_query(self, forms=None):
        """The text's tsquery (any of its words; every form, or each clause's first `forms`)
        for highlighting, as an expression."""
        sql, params = self.text.sql("any", forms)
        return RawSQL(sql, params, output_field=SearchQueryField())

    def _visible_vectors(self):
        rows = self.catalogue.visible().order_by().values_list("pk", "search_vector")
        return rows.query.sql_with_params()

    def _text_sets(self):
        """The visible rows with all of the text's words, and those with any, as bitsets.

        One query gives, for each group of words, the rows whose text has it (through the GIN
        index) and the vocabulary terms whose names have it (eprm_hub_vocabularyname), which
        stand for the rows the facet index says have them. Excluded words likewise."""
        visible, visible_params = self._visible_vectors()
        kinds = {f.vocabulary: f.name for f in self.catalogue.facets if f.vocabulary}
        groups = [self.text.group_sql(group) for group in self.text.groups]
        if self.text.excluded:
            groups.append(self.text.group_sql(self.text.excluded))
        parts, params = [], []
        for number, (group_sql, group_params) in enumerate(groups):
            parts.append(
                f"SELECT 'text', {number}, id >> 6, bit_or(1::bigint << (id & 63)::int), '' "
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
        words = [[] for _ in groups]
        by_terms = [0] * len(groups)
        for source, number, word_number, word, term in rows:
            if source == "text":
                words[number].append((word_number, word))
            else:
                kind, key = term.split(":", 1)
                by_terms[number] |= self.index.facets[kinds[kind]].get(key, 0)
        by_text = [_words_to_bits(found) for found in words]
        universe = self.index.universe
        excluded = 0
        if self.text.excluded:
            excluded = by_text.pop() | by_terms.pop()
        self.group_text, self.group_terms = by_text, by_terms
        found = [
            (text | terms) & universe & ~excluded
            for text, terms in zip(by_text, by_terms, strict=True)
        ]
        self.group_counts = [bits.bit_count() for bits in found]
        complete, anymatch = universe & ~excluded, 0
        for bits in found:
            complete &= bits
            anymatch |= bits
        return complete, anymatch if found else complete

    def _ranked(self, mask, offset, limit):
        """The rows of mask by relevance to the text (limit rows from offset; None for all).

        Rows with all the words come first; then those whose text (not only the names of their
        terms) has more of the groups of words; then each group counts for being there
        (MATCH_WEIGHT) and for where a row has it: what ts_rank says of its text (a title above
        a summary…), or TERM_RANK when only a term's name has it. Weighing groups by how rare
        they are (inverse document frequency) did worse on the relevance suite: a rare word in
        a question is as often noise as the point.

        The first two keys come from the bitsets, so PostgreSQL ranks only the rows of the
        tiers the page reaches into, and only those whose text has some group."""
        wanted = None if limit is None else offset + limit
        chosen = []
        for tier in self._tiers(mask):
            chosen.append(tier)
            if wanted is not None and sum(bits.bit_count() for _, bits in chosen) >= wanted:
                break
        scores = self._text_scores(functools.reduce(operator.or_, (b for _, b in chosen), 0))
        rows = []
        for (complete, in_text), bits in chosen:
            for pk in members(bits):
                score = scores.get(pk) if in_text else None
                if score is None:
                    score = self._term_score(pk)
                rows.append(((not complete, -in_text, -score, pk), pk))
        rows.sort()
        return [pk for _, pk in rows[offset:wanted]]

    def _tiers(self, mask):
        """((has all the words, how many groups its text has), rows) in ranking order."""
        counts = [mask] + [0] * len(self.group_text)  # counts[n]: rows whose text has n groups
        for text in self.group_text:
            for n in range(len(counts) - 1, 0, -1):
                counts[n] = (counts[n] & ~text) | (counts[n - 1] & text)
            counts[0] &= ~text
        for complete in (True, False):
            wanted = self.complete if complete else ~self.complete
            for in_text in range(len(counts) - 1, -1, -1):
                bits = counts[in_text] & wanted
                if bits:
                    yield (complete, in_text), bits

    def _text_scores(self, rows):
        """{id: score} of the rows whose text has some group of words (ts_rank by PostgreSQL)."""
        text = 0
        for bits in self.group_text:
            text |= bits
        rows &= text
        if not rows:
            return {}
        visible, visible_params = self._visible_vectors()
        scores, score_params = [], []
        for group, in_text, in_terms in zip(
            self.text.groups, self.group_text, self.group_terms, strict=True
        ):
            group_sql, group_params = self.text.group_sql(group, textquery.RANK_FORMS)
            text_sql, text_params = _member_sql(in_text & rows)
            terms_sql, terms_params = _member_sql(in_terms & rows)
            rank = textquery.rank_sql("vector", group_sql)
            scores.append(
                f"CASE WHEN {text_sql} THEN %s + {rank} WHEN {terms_sql} THEN %s ELSE 0 END"
            )
            score_params += [
                *text_params,
                textquery.MATCH_WEIGHT,
                *group_params,
                *terms_params,
                textquery.MATCH_WEIGHT + textquery.TERM_RANK,
            ]
        with connection.cursor() as cursor:
            # The rows by their primary key: the index finds them, where a scan of the text's
            # matches would read every page of the table for a common word.
            cursor.execute(
                f"SELECT id, {' + '.join(scores)} FROM ({visible}) AS v(id, vector) "
                "WHERE id = ANY(%s)",
                [*score_params, *visible_params, members(rows)],
            )
            return dict(cursor.fetchall())

    def _term_score(self, pk):
        """The score of a row whose text has none of the words: its terms' names have some."""
        bit = 1 << pk
        found = sum(1 for terms in self.group_terms if terms & bit)
        return found * (textquery.MATCH_WEIGHT + textquery.TERM_RANK)

    def _page_ids(self):
        offset = (self.page - 1) * self.page_size
        if not self.total:
            return []
        if self.sort == "relevance" and self.text and not self.text.is_empty:
            return self._ranked(self.matches, offset, self.page_size)
        return self._in_order(offset, self.page_size)

    def _in_order(self, offset, limit):
        sort = self.sort if self.sort != "relevance" else self.default_sort
        if self.total <= SPARSE or limit is None:
            position = self.index.positions[sort]
            ids = sorted(members(self.matches), key=position.__getitem__)
            return ids[offset:] if limit is None else ids[offset : offset + limit]
        return walk(self.index.orders[sort], self.matches, offset, limit)

    # For templates and exports ------------------------------------------------------------

    def context(self):
        """What the listing template (templates/listing.html) shows besides the results."""
        chips = self.chips()
        return {
            "search": self,
            "chips": chips,
            "relaxations": self.relaxations(chips),
            "filter_suggestions": self.filter_suggestions(),
            "suggestion": None if self.corrected_from else self.suggestion(),
            "sorts": [
                s for key, s in self.catalogue.sorts.items() if key != "relevance" or self.query
            ],
        }

    @property
    def page_window(self):
        """Page numbers to link: the first, the last and two each side of the current one;
        None marks a gap."""
        shown = {1, self.pages, *range(self.page - 2, self.page + 3)}
        window, previous = [], 0
        for number in sorted(n for n in shown if 1 <= n <= self.pages):
            if number - previous > 1:
                window.append(None)
            window.append(number)
            previous = number
        return window

    @property
    def first_number(self):
        """The position of the page's first row in the whole result list."""
        return (self.page - 1) * self.page_size + 1

    @property
    def has_unknown_words(self):
        """Whether a group of the text's words matches no row at all."""
        return 0 in self.group_counts

    @property
    def only_common_words(self):
        return bool(self.text and self.text.is_empty)

    def suggestion(self):
        """A corrected query ("did you mean") when some of the text's words match nothing.

        Only words found nowhere are corrected: not in the library, the vocabulary or the
        thesaurus, not matching anything once stemmed, and not a correctly spelled word of
        English or French (so "étain" never becomes "obtain")."""
        if not self.catalogue.words_view or not self.has_unknown_words:
            return None
        typed = {}
        for clause in self.text.clauses:
            if not clause.concepts:  # a thesaurus term is known by definition
                for word in re.findall(r"\w+", clause.typed):
                    typed[textquery.normalise(word)] = word
        unknown = [w for w in typed if not w.isdigit()]
        if not unknown:
            return None
        corrections = self._corrections(unknown)
        if not corrections:
            return None

        def replace(match):
            return corrections.get(textquery.normalise(match[0]), match[0])

        corrected = re.sub(r"\w+", replace, self.query)
        return corrected if corrected.lower() != self.query.lower() else None

    def _corrections(self, words):
        """{word: its closest known word} for the words the library does not know."""
        view = self.catalogue.words_view
        self.catalogue.refresh_words()
        visible, visible_params = self._visible_vectors()
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

    def filter_suggestions(self):
        """The vocabulary terms the query names ("tin", "étain", "step 4", "Great Lakes"),
        each as a filter that replaces its words, keeping the rest of the query."""
        if not self.text:
            return []
        names = self._term_names()
        fillers = textquery.fillers_for(self.language)
        tokens = _plain_words(self.query)
        found, i = [], 0
        longest = max((len(k) for k in names), default=0)
        while i < len(tokens):
            for size in range(min(longest, len(tokens) - i), 0, -1):
                span = tokens[i : i + size]
                if size == 1 and span[0][0] in fillers:
                    continue
                hit = names.get(textquery.key([w for w, _, _ in span]))
                if hit:
                    # The filler words just before go too: "fondeurs d'étain" → "fondeurs".
                    first = i
                    while first > 0 and tokens[first - 1][0] in fillers:
                        first -= 1
                    found.append((hit, tokens[first][1], span[-1][2]))
                    i += size - 1
                    break
            i += 1
        suggestions, seen = [], set()
        labels = {f.name: f.label for f in self.catalogue.facets}
        for (facet, key), start, end in found:
            if (facet, key) in seen or key in self.selected.get(facet, []):
                continue
            if not self.index.facets[facet].get(key, 0):
                continue
            seen.add((facet, key))
            params = self.params.copy()
            params["q"] = " ".join((self.query[:start] + " " + self.query[end:]).split())
            if not params["q"]:
                del params["q"]
            params.setlist(facet, [*params.getlist(facet), key])
            params.pop("page", None)
            term = self.terms[facet][key]
            suggestions.append(
                FilterSuggestion(labels[facet], term.label, f"?{params.urlencode()}")
            )
        return suggestions

    def _term_names(self):
        """{folded words: (facet, key)} for the names, in both languages, of the values of the
        short facets, and for the thesaurus terms of concepts tied to such a value."""
        names = {}
        short = {f.name for f in self.catalogue.facets if not f.long}
        for folded, (facet, key) in self.thesaurus.filters().items():
            if facet in short and key in self.terms[facet]:
                names.setdefault(folded, (facet, key))
        for facet in short:
            for key, term in self.terms[facet].items():
                for name in (term.name, term.name_fr):
                    folded = textquery.key(textquery.words(name))
                    if folded:
                        names.setdefault(folded, (facet, key))
        return names

    def chips(self):
        """The active filters, each with the query string that removes it and how many results
        there would be without it."""
        chips = []
        labels = {f.name: f.label for f in self.catalogue.facets}
        for name, keys in self.selected.items():
            for key in keys:
                rest = [k for k in keys if k != key]
                without = self._filtered(name, self.index.union(name, rest) if rest else None)
                chips.append(
                    Chip(
                        self.terms[name][key].label,
                        labels[name],
                        self._query_string((name, key)),
                        self.results_in(without).bit_count(),
                    )
                )
        if self.year_min is not None or self.year_max is not None:
            without = self._filtered(None, None, years=self.index.universe)
            chips.append(
                Chip(
                    f"{self.year_min or '…'}–{self.year_max or '…'}",
                    _("Year"),
                    self._query_string(("year_min", None), ("year_max", None)),
                    self.results_in(without).bit_count(),
                )
            )
        return chips

    def _filtered(self, facet, bits, years=None):
        """The rows the filters allow with one facet's selection replaced by bits (None: that
        facet unconstrained), or with other years."""
        rows = self.in_years if years is None else years
        for name, allowed in self.allowed.items():
            if name != facet:
                rows &= allowed
            elif bits is not None:
                rows &= bits
        return rows

    def relaxations(self, chips, enough=3):
        """No dead ends: when there are fewer than enough results, the single filters whose
        removal would give more, with how many, most first."""
        if self.total >= enough:
            return []
        better = [chip for chip in chips if chip.count_without > self.total]
        return sorted(better, key=lambda chip: -chip.count_without)

    def _query_string(self, *drop):
        """This search's query string without the given (parameter, value) pairs (None: all)."""
        params = self.params.copy()
        for name, value in drop:
            if value is None:
                params.pop(name, None)
            else:
                params.setlist(name, [v for v in params.getlist(name) if v != value])
        params.pop("page", None)
        encoded = params.urlencode()
        return f"?{encoded}" if encoded else "?"

    def as_facets_json(self):
        return {
            facet.name: [
                {"value": v.key, "label": v.label, "count": v.count, "selected": v.selected}
                for v in facet.values
            ]
            for facet in self.facets
        }

    def all_ids(self):
        """Every match in this search's order (for exports)."""
        if not self.total:
            return []
        if self.sort == "relevance" and self.text and not self.text.is_empty:
            return self._ranked(self.matches, 0, None)
        return self._in_order(0, None)


def _plain_words(text):
    """(normalised word, start, end) of the words a query asks for: not those excluded with a
    minus sign."""
    found = []
    for token in re.finditer(r'-?"[^"]*"?|\S+', text):
        if token[0].startswith("-"):
            continue
        for word in re.finditer(r"\w+", token[0]):
            start = token.start() + word.start()
            found.append((textquery.normalise(word[0]), start, start + len(word[0])))
    return found
