"""The editors' tables of the searches recorded (the desk, its full page and
`manage.py search_insights` read them here), and how long the records are kept."""

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any
from urllib.parse import parse_qsl, urlencode

from django.contrib.postgres.aggregates import ArrayAgg
from django.db.models import Max, Q, Sum
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from ..models import SearchRecord

KEPT_MONTHS = 13
DESK_DAYS = 30
MAX_DAYS = 400  # that the tables may go back: the records are kept 13 months
FEW_RESULTS = 3  # "no result or few results": at most this many
# The listings a record's catalogue names (their URL is "<catalogue>:list").
LISTINGS = {"resources": _("Resources"), "members": _("Members"), "projects": _("Projects")}


@dataclass(frozen=True)
class Row:
    """A search over the days asked for: its words and filters on one listing, in every
    language it was made in."""

    catalogue: str
    words: str
    filters: str
    searches: int
    opened: int
    results: int  # of the last search
    languages: tuple[str, ...]  # the most searched first

    @property
    def language(self) -> str:
        return self.languages[0]

    @property
    def listing(self) -> str:
        return str(LISTINGS.get(self.catalogue, self.catalogue))

    @property
    def filter_pairs(self) -> list[tuple[str, str]]:
        return parse_qsl(self.filters)

    @property
    def add_words_query(self) -> str:
        """The query string of "Add these words to a thesaurus concept" for this row."""
        return urlencode({"words": self.words, "language": self.language})

    @property
    def search_url(self) -> str:
        """The search on the site, in its most searched language ("" for a listing no URL
        names)."""
        try:
            with translation.override(self.language):
                path = reverse(f"{self.catalogue}:list")
        except NoReverseMatch:
            return ""
        return f"{path}?{urlencode([('q', self.words), *self.filter_pairs])}"


@dataclass(frozen=True)
class Tables:
    days: int
    since: date
    until: date
    language: str | None
    top: list[Row]  # the most frequent searches
    few: list[Row]  # those whose last search found FEW_RESULTS or fewer
    unopened: list[Row]  # searched at least twice, with results, none opened
    totals: dict[str, int]  # each table's rows before `limit`

    def sections(self) -> list[tuple[str, str, str, list[Row], int]]:
        """(key, title, what it shows, rows, rows before the limit) of each table, in order."""
        return [
            (
                key,
                str(title),
                str(about) % {"few": FEW_RESULTS},
                getattr(self, key),
                self.totals[key],
            )
            for key, (title, about) in SECTIONS.items()
        ]


SECTIONS = {
    "top": (_("Top searches"), _("The searches made most often.")),
    "few": (
        _("No result or few results"),
        _("Searches whose last run found %(few)s results or fewer: words the library lacks, "
          "or a term the thesaurus could lead to what it has."),
    ),
    "unopened": (
        _("Results nobody opens"),
        _("Searched at least twice, with results, and no result opened: the results may not "
          "be what was looked for."),
    ),
}  # fmt: skip


def tables(
    days: int = DESK_DAYS,
    language: str | None = None,
    limit: int | None = None,
    today: date | None = None,
) -> Tables:
    """The three tables of the last `days` days (today included), in one language or all,
    each cut to its first `limit` rows."""
    until = today or timezone.localdate()
    since = until - timedelta(days=days - 1)
    rows = _rows(since, until, language)
    top = sorted(rows, key=lambda r: (-r.searches, r.words, r.catalogue, r.filters))
    few = [r for r in top if r.results <= FEW_RESULTS]
    unopened = [r for r in top if r.searches >= 2 and r.results > 0 and not r.opened]
    return Tables(
        days,
        since,
        until,
        language,
        top=top[:limit],
        few=few[:limit],
        unopened=unopened[:limit],
        totals={"top": len(top), "few": len(few), "unopened": len(unopened)},
    )


def _rows(since: date, until: date, language: str | None) -> list[Row]:
    """One Row per (listing, words, filters) searched in the days, from one grouped query by
    language; a row's results are those of its last day's search."""
    records = SearchRecord.objects.filter(day__gte=since, day__lte=until)
    if language:
        records = records.filter(language=language)
    searched = Q(searches__gt=0)
    grouped = records.values("catalogue", "words", "filters", "language").annotate(
        total=Sum("searches"),
        times_opened=Sum("opened"),
        last=Max("day", filter=searched),
        last_results=ArrayAgg("results", filter=searched, order_by=("-day",)),
    )
    merged: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for group in grouped:
        merged.setdefault((group["catalogue"], group["words"], group["filters"]), []).append(group)
    rows = []
    for (catalogue, words, filters), groups in merged.items():
        searches = sum(g["total"] for g in groups)
        if not searches:
            continue  # only openings, of a search counted on another day
        by_use = sorted(groups, key=lambda g: (-g["total"], g["language"]))
        latest = max((g for g in by_use if g["last"]), key=lambda g: g["last"])
        rows.append(
            Row(
                catalogue,
                words,
                filters,
                searches,
                sum(g["times_opened"] for g in groups),
                latest["last_results"][0],
                tuple(g["language"] for g in by_use if g["total"]),
            )
        )
    return rows


# Keeping ------------------------------------------------------------------------------------


def cutoff(today: date | None = None) -> date:
    """The first day kept: KEPT_MONTHS months before today (the month's last day when that
    month is shorter)."""
    today = today or timezone.localdate()
    months = today.year * 12 + today.month - 1 - KEPT_MONTHS
    year, month = divmod(months, 12)
    for day in range(today.day, 0, -1):
        try:
            return date(year, month + 1, day)
        except ValueError:
            continue
    raise AssertionError("every month has a first day")


def prune(today: date | None = None) -> int:
    """Delete the records older than KEPT_MONTHS months; how many days' rows were deleted."""
    _deleted, by_model = SearchRecord.objects.filter(day__lt=cutoff(today)).delete()
    return by_model.get(SearchRecord._meta.label, 0)
