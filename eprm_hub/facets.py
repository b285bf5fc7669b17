"""The facet engine: free text plus facets, for the resource, member and project listings.

Each listing is a Catalogue: which rows the public sees, its facets, its sort orders. Every
server process keeps an in-memory index per catalogue: for each facet value, the set of rows
that have it, as a bitset (a Python int whose bit n is set for the row with primary key n).
Counting a facet value under any selection is then an AND and a popcount, a few microseconds,
where one GROUP BY per facet costs hundreds of milliseconds at 100,000 rows.

The index is rebuilt when the catalogue's IndexVersion differs from the one it was built at;
database triggers renew that version on every write to the catalogue's tables, so all server
processes follow each other's changes at the cost of one small query per request.

Free text goes to PostgreSQL: a text query's matches come back as a bitset, which joins the
facets' bitsets; ranking by relevance is done there too, among the rows the facets allow.

Semantics (DESIGN.md, "Faceted search"): values within one facet are OR'd, facets are AND'd;
the counts shown for a facet apply every other facet's selection but not its own.
"""

import re
import sys
import threading
from array import array
from collections.abc import Callable
from dataclasses import dataclass

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connection
from django.db.models import F, QuerySet
from django.utils import timezone, translation
from django.utils.functional import Promise
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries import countries

MAX_QUERY_LENGTH = 200
PAGE_SIZE = 20
SEARCH_CONFIG = "english"
# Below this many matches a page is picked by sorting the matches; above, by walking the order.
SPARSE = 5000
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
    being ignored as unknown.
    """

    name: str
    label: Promise
    pairs: Callable[[QuerySet], QuerySet]
    terms: Callable[[], list[Term]]
    long: bool = False
    other: Callable[[str], Term | None] | None = None


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

    def index(self) -> Index:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT name, version FROM eprm_hub_indexversion WHERE name IN (%s, 'vocabulary')",
                [self.name],
            )
            versions = dict(cursor.fetchall())
        # The day is part of the version: a facet may depend on it (a project's status).
        version = (versions.get(self.name, 0), versions.get("vocabulary", 0), timezone.localdate())
        with self._lock:
            if self._index is None or self._index.version != version:
                self._index = self._build(version)
            return self._index

    def _build(self, version):
        visible = self.visible()
        facets = {f.name: bitsets_by_key(f.pairs(visible)) for f in self.facets}
        terms = {}
        for f in self.facets:
            known = {term.key: term for term in f.terms()}
            # Values in the data but not in the vocabulary are still filterable.
            terms[f.name] = known | {
                key: Term(key, key) for key in facets[f.name] if key not in known
            }
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
        return Search(self, params, page_size)

    def refresh_words(self):
        """Refresh the words view ("did you mean") if the catalogue changed since it was.

        A full scan: run after imports, and otherwise on the first suggestion after a change."""
        marker = f"{self.name}-words"
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT name, version FROM eprm_hub_indexversion WHERE name IN (%s, %s)",
                [self.name, marker],
            )
            versions = dict(cursor.fetchall())
            current = versions.get(self.name, 0)
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


@dataclass
class FacetResult:
    name: str
    label: str
    values: list[FacetValue]
    long: bool

    @property
    def cut(self):
        """How many values show before "more": all of a short facet; of a long one the first
        ten, or more when more are selected (selected values come first)."""
        if not self.long:
            return len(self.values)
        return max(10, sum(v.selected for v in self.values))

    @property
    def hidden_count(self):
        return max(0, len(self.values) - self.cut)


@dataclass
class Chip:
    label: str
    facet_label: str
    remove_query: str


def _int_or_none(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


class Search:
    """One listing request: its matches, facet counts and chips, and the page's primary keys."""

    def __init__(self, catalogue, params, page_size=PAGE_SIZE):
        self.catalogue = catalogue
        self.params = params
        self.page_size = page_size
        self.index = index = catalogue.index()
        self.ignored = []  # (parameter, value) pairs that were not understood

        # Control characters cannot reach PostgreSQL (a NUL is refused); they carry no words.
        text = " ".join(re.sub(r"[\x00-\x1f\x7f]", " ", params.get("q", "")).split())
        self.query = text[:MAX_QUERY_LENGTH]
        self.query_was_cut = len(text) > MAX_QUERY_LENGTH

        # Selections, in the vocabulary's order; unknown values are reported, not applied.
        self.selected = {}
        self.terms = {}
        for facet in catalogue.facets:
            wanted = list(dict.fromkeys(v for v in params.getlist(facet.name) if v != ""))
            self.terms[facet.name] = terms = dict(index.terms[facet.name])
            keys = set()
            for value in wanted:
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
        allowed = {name: index.union(name, keys) for name, keys in self.selected.items()}
        in_years = index.universe & self._year_bits()
        filtered = in_years
        for bits in allowed.values():
            filtered &= bits
        raw_page = params.get("page", "")
        requested = _int_or_none(raw_page)
        ranked = None
        if self.query and self.sort == "relevance":
            # One scan of the text's matches gives them all and the page's best-ranked rows.
            guess = (max(requested or 1, 1) - 1) * page_size
            self.text_bits, ranked = self._text_bits_and_ranking(filtered, guess, page_size)
        elif self.query:
            self.text_bits = self._text_bits()
        else:
            self.text_bits = index.universe
        self.matches = filtered & self.text_bits
        self.total = self.matches.bit_count()
        base = in_years & self.text_bits
        self.facets = [self._count(facet, base, allowed) for facet in catalogue.facets]

        self.pages = max(1, -(-self.total // page_size))
        self.page = min(max(requested or 1, 1), self.pages)
        self.page_adjusted = bool(raw_page) and requested != self.page
        if ranked is not None and self.page == max(requested or 1, 1):
            self.ids = ranked
        else:
            self.ids = self._page_ids()

    def _count(self, facet, base, allowed):
        """A facet's values with their counts under every other facet's selection."""
        others = base
        for name, bits in allowed.items():
            if name != facet.name:
                others &= bits
        chosen = self.selected.get(facet.name, [])
        bitsets = self.index.facets[facet.name]
        values = [
            FacetValue(
                key,
                term.label,
                (others & bitsets.get(key, 0)).bit_count(),
                key in chosen,
                term.colour,
            )
            for key, term in self.terms[facet.name].items()
        ]
        if facet.long:  # long lists: the most frequent first
            values.sort(key=lambda v: (not v.selected, -v.count))  # ties keep the terms' order
        return FacetResult(facet.name, facet.label, values, facet.long)

    def _sort(self, requested):
        sorts = self.catalogue.sorts
        default = "relevance" if self.query and "relevance" in sorts else None
        self.default_sort = default = default or next(key for key in sorts if key != "relevance")
        if not requested:
            return default
        if requested not in sorts or (requested == "relevance" and not self.query):
            self.ignored.append(("sort", requested))
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
                self.ignored.append((name, raw))
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

    def search_query(self):
        return SearchQuery(self.query, search_type="websearch", config=SEARCH_CONFIG)

    def _text_matches(self):
        """The visible rows the text matches, with their rank, as a queryset of (pk, rank)."""
        query = self.search_query()
        return (
            self.catalogue.visible()
            .filter(search_vector=query)
            .annotate(rank=SearchRank(F("search_vector"), query))
            .order_by()
            .values_list("pk", "rank")
        )

    def _text_bits(self):
        """The rows the free text matches, as a bitset computed in one query."""
        sql, params = self._text_matches().query.sql_with_params()
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT id >> 6, bit_or(1::bigint << (id & 63)::int) "
                f"FROM ({sql}) AS matches(id, rank) GROUP BY 1",
                params,
            )
            return _words_to_bits(cursor.fetchall())

    def _text_bits_and_ranking(self, allowed, offset, limit):
        """The text's matches as a bitset, and the best-ranked rows among those also allowed
        (limit rows from offset; a limit of None for all of them)."""
        sql, params = self._text_matches().query.sql_with_params()
        mask = bits_as_bytea(allowed)
        with connection.cursor() as cursor:
            cursor.execute(
                f"WITH matches(id, rank) AS MATERIALIZED ({sql}), "
                "page AS ("
                "  SELECT id, rank FROM matches "
                "  WHERE CASE WHEN id < %s THEN get_bit(%s::bytea, id) = 1 ELSE false END "
                "  ORDER BY rank DESC, id LIMIT %s OFFSET %s) "
                "SELECT 'word', id >> 6, bit_or(1::bigint << (id & 63)::int) "
                "FROM matches GROUP BY 2 "
                "UNION ALL "
                "SELECT 'page', id, row_number() OVER (ORDER BY rank DESC, id) FROM page",
                [*params, len(mask) * 8, mask, limit, offset],
            )
            rows = cursor.fetchall()
        words = [(number, word) for kind, number, word in rows if kind == "word"]
        page = sorted((order, pk) for kind, pk, order in rows if kind == "page")
        return _words_to_bits(words), [pk for _, pk in page]

    def _page_ids(self):
        offset = (self.page - 1) * self.page_size
        if not self.total:
            return []
        if self.sort == "relevance":
            return self._ranked_ids(offset)
        if self.total <= SPARSE:
            position = self.index.positions[self.sort]
            ids = sorted(members(self.matches), key=position.__getitem__)
            return ids[offset : offset + self.page_size]
        return walk(self.index.orders[self.sort], self.matches, offset, self.page_size)

    def _ranked_ids(self, offset):
        """The page's rows by text relevance, ranked by PostgreSQL among the matches."""
        return self._text_bits_and_ranking(self.matches, offset, self.page_size)[1]

    # For templates and exports ------------------------------------------------------------

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

    def suggestion(self, threshold=3):
        """A corrected query ("did you mean") when the text finds fewer than threshold rows.

        The text alone decides, not the filters: few results because of filters are no sign
        of a misspelling."""
        if not self.query or not self.catalogue.words_view:
            return None
        if (self.text_bits & self.index.universe).bit_count() >= threshold:
            return None
        words = re.findall(r"\w+", self.query.lower())
        if not words:
            return None
        view = self.catalogue.words_view
        self.catalogue.refresh_words()
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT w, (SELECT word FROM {view} WHERE word = w) IS NOT NULL, "
                f"(SELECT word FROM {view} WHERE word %% w "
                f"ORDER BY similarity(word, w) DESC, ndoc DESC LIMIT 1) "
                f"FROM unnest(%s::text[]) AS q(w)",
                [words],
            )
            corrections = {w: best for w, known, best in cursor.fetchall() if not known and best}
        if not corrections:
            return None
        corrected = re.sub(r"\w+", lambda m: corrections.get(m[0].lower(), m[0]), self.query)
        return corrected if corrected.lower() != self.query.lower() else None

    def chips(self):
        """The active filters, each with the query string that removes it."""
        chips = []
        labels = {f.name: f.label for f in self.catalogue.facets}
        for name, keys in self.selected.items():
            for key in keys:
                chips.append(
                    Chip(
                        self.terms[name][key].label,
                        labels[name],
                        self._query_string((name, key)),
                    )
                )
        if self.year_min is not None or self.year_max is not None:
            chips.append(
                Chip(
                    f"{self.year_min or '…'}–{self.year_max or '…'}",
                    _("Year"),
                    self._query_string(("year_min", None), ("year_max", None)),
                )
            )
        return chips

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
        if self.sort == "relevance":
            return self._text_bits_and_ranking(self.matches, 0, None)[1]
        position = self.index.positions[self.sort]
        return sorted(members(self.matches), key=position.__getitem__)
