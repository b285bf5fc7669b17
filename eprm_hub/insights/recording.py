"""Recording the searches and the results opened, in memory, and writing them off the request
(the package's docstring says what is and is not kept)."""

import atexit
import logging
import os
import re
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol
from urllib.parse import urlencode

from django.conf import settings
from django.core import signing
from django.db import connection, connections, transaction
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .. import metrics, textquery
from ..client import client_address, keyed_hash
from ..models import SEARCH_FILTERS_MAX, SEARCH_WORDS_MAX, OpenedPosition, SearchRecord

log = logging.getLogger(__name__)

# How often the thread writes the buffer; settings.SEARCH_INSIGHTS_FLUSH_SECONDS overrides it,
# and 0 starts no thread (only flush() writes: the tests). At most 60: a search is on the desk
# within a minute.
FLUSH_SECONDS = 10
# At most this many searches and openings recorded per client and window, in each process: a
# person does not search 60 times in 10 minutes, a scraper does.
RATE_REQUESTS, RATE_SECONDS = 60, 600
MAX_CLIENTS = 10_000  # clients counted at once; with more, new ones are not recorded
MAX_PENDING = 10_000  # rows buffered at once; with more, new ones are not recorded
# An opening counts for a search shown at most this long ago (the signed key's age).
OPEN_WITHIN = 24 * 60 * 60
MAX_POSITION = 100_000
SALT = "eprm_hub.insights.opened"
# User agents that announce a robot, a script or a headless browser; an empty one too.
BOTS = re.compile(
    r"bot\b|bot/|crawl|spider|slurp|archiver|scrap|headless|lighthouse|pagespeed|preview|"
    r"monitor|uptime|pingdom|curl|wget|python|httpx|aiohttp|okhttp|go-http|java/|libwww|"
    r"perl|ruby|node-fetch|axios|postman|facebookexternalhit|whatsapp|telegram|embedly",
    re.IGNORECASE,
)
# (day, catalogue, language, words, filters): one row of SearchRecord.
Key = tuple[date, str, str, str, str]


class Searched(Protocol):
    """What recording reads of a listing's search (eprm_hub.facets.Search)."""

    @property
    def query(self) -> str: ...
    @property
    def corrected_from(self) -> str: ...
    @property
    def language(self) -> str: ...
    @property
    def selected(self) -> dict[str, list[str]]: ...
    @property
    def year_min(self) -> int | None: ...
    @property
    def year_max(self) -> int | None: ...
    @property
    def total(self) -> int: ...
    @property
    def page(self) -> int: ...


# Recording --------------------------------------------------------------------------------


@dataclass
class _Counts:
    searches: int = 0
    results: int = 0  # of the last search
    positions: Counter[int] = field(default_factory=Counter)  # opened: {position: times}


class _Window:
    """A fixed window of requests per client, in memory."""

    def __init__(self) -> None:
        self.seen: dict[str, tuple[float, int]] = {}

    def allow(self, client: str, now: float) -> bool:
        start, count = self.seen.get(client, (now, 0))
        if now - start >= RATE_SECONDS:
            start, count = now, 0
        if count >= RATE_REQUESTS:
            return False
        if client not in self.seen and len(self.seen) >= MAX_CLIENTS:
            self.seen = {c: s for c, s in self.seen.items() if now - s[0] < RATE_SECONDS}
            if len(self.seen) >= MAX_CLIENTS:
                return False
        self.seen[client] = (start, count + 1)
        return True


_lock = threading.Lock()
_pending: dict[Key, _Counts] = {}
_window = _Window()
_flusher: "_Flusher | None" = None
_at_exit_registered = False
_failing = False  # the last write failed


def is_bot(request: HttpRequest) -> bool:
    """Whether the request announces a robot, or is a browser's prefetch rather than a visit."""
    agent = request.headers.get("User-Agent", "")
    purpose = request.headers.get("Sec-Purpose", "") + request.headers.get("Purpose", "")
    return not agent.strip() or bool(BOTS.search(agent)) or "prefetch" in purpose


def _counted(request: HttpRequest) -> bool:
    """Whether this request may be recorded: not a bot, and its client within the rate."""
    if is_bot(request):
        return False
    client = keyed_hash(client_address(request))
    with _lock:
        return _window.allow(client, time.monotonic())


def words_of(text: str, language: str) -> str:
    """The meaningful words of a query, normalised, in the order typed. Quotes, OR and minus
    signs are not kept: the words are what the editors' tables group by."""
    fillers = textquery.fillers_for(language)
    kept = " ".join(w for w in textquery.words(text) if w not in fillers)
    return kept[:SEARCH_WORDS_MAX].strip()


def filters_of(selected: dict[str, list[str]], year_min: int | None, year_max: int | None) -> str:
    """The filters of a search as one canonical query string: facets and their values sorted,
    then the years, so the same filters chosen in any order are one row."""
    pairs = [(name, key) for name in sorted(selected) for key in sorted(selected[name])]
    years = (("year_min", year_min), ("year_max", year_max))
    pairs += [(name, str(year)) for name, year in years if year is not None]
    return urlencode(pairs)


def record(request: HttpRequest, catalogue: str, search: Searched) -> str:
    """Count a listing's search (on its first page only: another page of it is not another
    search) and return the signed key its results' links carry for `opened()`; "" when it is
    not recorded (no text, only filler words, a bot, over the rate). No query is made."""
    if request.method != "GET" or not search.query:
        return ""
    language = search.language
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    words = words_of(search.corrected_from or search.query, language)
    filters = filters_of(search.selected, search.year_min, search.year_max)
    if not words or len(filters) > SEARCH_FILTERS_MAX or not _counted(request):
        return ""
    key: Key = (timezone.localdate(), catalogue, language, words, filters)
    if search.page == 1:
        _add(key, searches=1, results=search.total)
        metrics.searched(catalogue, search.total)
    return signing.dumps([key[0].isoformat(), *key[1:]], salt=SALT, compress=True)


def _add(key: Key, searches: int = 0, results: int = 0, position: int | None = None) -> None:
    with _lock:
        counts = _pending.get(key)
        if counts is None:
            if len(_pending) >= MAX_PENDING:
                return
            counts = _pending[key] = _Counts()
        if searches:
            counts.searches += searches
            counts.results = results
        if position is not None:
            counts.positions[position] += 1
    _start_flusher()


class TooOld(Exception):
    """A search shown more than OPEN_WITHIN ago: nothing wrong, nothing to count."""


def _opened_key(token: str) -> Key:
    """The key of the search a signed token names; ValueError when it is not one of ours,
    TooOld when it is but was shown too long ago."""
    if not token or len(token) > 4000:
        raise ValueError("search: give the data-search-insight of the results' list.")
    try:
        payload = signing.loads(token, salt=SALT, max_age=OPEN_WITHIN)
    except signing.SignatureExpired:
        raise TooOld from None
    except signing.BadSignature:
        raise ValueError("search: not a search of this site.") from None
    if not (isinstance(payload, list) and len(payload) == 5):
        raise ValueError("search: not a search of this site.")
    day, catalogue, language, words, filters = payload
    return (date.fromisoformat(day), catalogue, language, words, filters)


def _position(text: str) -> int:
    if not re.fullmatch(r"[0-9]{1,6}", text) or not 1 <= int(text) <= MAX_POSITION:
        raise ValueError(f"position: a whole number from 1 to {MAX_POSITION}.")
    return int(text)


@csrf_exempt  # a beacon carries no token; it can only count an opening of a signed search
@require_POST
def opened(request: HttpRequest) -> HttpResponse:
    """A visitor opened the result at `position` of the search `search` (a signed key): 204,
    counted off the request like a search; 400 with what is wrong. A page left open for more
    than a day is no error (its beacon gets a 204), but its opening is not counted."""
    try:
        key = _opened_key(request.POST.get("search", ""))
        position = _position(request.POST.get("position", ""))
    except ValueError as error:
        return HttpResponseBadRequest(str(error), content_type="text/plain; charset=utf-8")
    except TooOld:
        return HttpResponse(status=204)
    if _counted(request):
        _add(key, position=position)
    return HttpResponse(status=204)


# Writing: off the request ------------------------------------------------------------------

_UPSERT_RECORD = """
    INSERT INTO {table} AS r (day, catalogue, language, words, filters, searches, results, opened)
    VALUES (%s, %s, %s, %s, %s, %s, %s, %s)
    ON CONFLICT (day, catalogue, language, words, filters) DO UPDATE SET
      searches = r.searches + EXCLUDED.searches,
      results = CASE WHEN EXCLUDED.searches > 0 THEN EXCLUDED.results ELSE r.results END,
      opened = r.opened + EXCLUDED.opened
    RETURNING id
"""
_UPSERT_POSITION = """
    INSERT INTO {table} AS p (record_id, position, count) VALUES (%s, %s, %s)
    ON CONFLICT (record_id, position) DO UPDATE SET count = p.count + EXCLUDED.count
"""


def flush() -> int:
    """Write what this process has buffered; the number of rows written. What a failed write
    took is put back, to be written next time."""
    global _pending
    with _lock:
        pending, _pending = _pending, {}
    if not pending:
        return 0
    try:
        _write(pending)
    except Exception:
        _put_back(pending)
        raise
    return len(pending)


def _write(pending: dict[Key, _Counts]) -> None:
    upsert_record = _UPSERT_RECORD.format(table=SearchRecord._meta.db_table)
    upsert_position = _UPSERT_POSITION.format(table=OpenedPosition._meta.db_table)
    # In the order of the keys, so that two processes writing at once never deadlock.
    with transaction.atomic(), connection.cursor() as cursor:
        for key in sorted(pending):
            counts = pending[key]
            opened = sum(counts.positions.values())
            cursor.execute(upsert_record, [*key, counts.searches, counts.results, opened])
            (record_id,) = cursor.fetchone()
            for position, times in sorted(counts.positions.items()):
                cursor.execute(upsert_position, [record_id, position, times])


def _put_back(pending: dict[Key, _Counts]) -> None:
    with _lock:
        for key, counts in pending.items():
            mine = _pending.get(key)
            if mine is None:
                if len(_pending) < MAX_PENDING:
                    _pending[key] = counts
                continue
            if counts.searches and not mine.searches:
                mine.results = counts.results
            mine.searches += counts.searches
            mine.positions.update(counts.positions)


def flush_seconds() -> float:
    return float(getattr(settings, "SEARCH_INSIGHTS_FLUSH_SECONDS", FLUSH_SECONDS))


class _Flusher(threading.Thread):
    """Writes the buffer every flush_seconds(), with a connection of its own that it closes
    after each write (an idle process holds none)."""

    def __init__(self) -> None:
        super().__init__(name="search-insights", daemon=True)
        self.stopping = threading.Event()

    def run(self) -> None:
        while True:
            seconds = flush_seconds()
            if seconds <= 0 or self.stopping.wait(seconds):
                return
            _flush_quietly()


def _flush_quietly() -> None:
    """flush(), logging the first failure of a run of them only (a database away for an hour
    is one warning, not 360)."""
    global _failing
    try:
        flush()
    except Exception:
        if not _failing:
            log.warning("Search insights not written; kept for the next try.", exc_info=True)
        _failing = True
    else:
        _failing = False
    finally:
        connections.close_all()  # this thread's


def _start_flusher() -> None:
    """Start the writing thread of this process, if it has none (a forked worker starts its
    own on its first record)."""
    global _flusher, _at_exit_registered
    if flush_seconds() <= 0 or (_flusher is not None and _flusher.is_alive()):
        return
    with _lock:
        if _flusher is not None and _flusher.is_alive():
            return
        _flusher = _Flusher()
        _flusher.start()
        if not _at_exit_registered:
            atexit.register(_at_exit)
            _at_exit_registered = True


def stop() -> None:
    """Stop the writing thread (it writes nothing more; flush() still does)."""
    flusher = _flusher
    if flusher is not None and flusher.is_alive():
        flusher.stopping.set()
        flusher.join(timeout=30)


def _at_exit() -> None:
    stop()
    try:
        flush()
    except Exception:
        log.warning("Search insights of this process lost at exit.", exc_info=True)


def discard() -> None:
    """Forget what is buffered and the clients counted (a forked child; the tests)."""
    global _pending, _window, _lock
    _lock = threading.Lock()
    _pending, _window = {}, _Window()


os.register_at_fork(after_in_child=discard)
