"""Search insights: what visitors look for on the three listings and which results they open,
counted per day for the editors (docs/editors.md, "Search insights").

- **Nothing that tells who searched.** A record is a day, a listing, a language, the words
  (normalised, filler words left out), the filters, and counts. No address, cookie, session
  or user is read into it. Known bots, and clients over RATE in this process, are left out;
  the rate is counted in memory under a keyed hash of the address, never stored.
- **Never on the request.** Recording adds to this process's buffer in memory; a thread
  writes it every FLUSH_SECONDS (and at exit), one upsert per row. So a search waits for no
  query, and a lost process loses at most those seconds of counts.
- **Opened results** are sent by static/js/search-insights.js to `opened()`, with the signed
  key of the search that listed them: a visitor can count an opening of a search the Hub
  showed them, not write words of their own into the editors' tables. Without JavaScript
  nothing is sent.
- **One place for the tables** the desk, its full page and `manage.py search_insights` show:
  `tables()` (tables.py); recording and writing are in recording.py.
"""

from .recording import (
    FLUSH_SECONDS,
    RATE_REQUESTS,
    SALT,
    discard,
    filters_of,
    flush,
    is_bot,
    opened,
    record,
    stop,
    words_of,
)
from .tables import DESK_DAYS, FEW_RESULTS, MAX_DAYS, Row, Tables, cutoff, prune, tables

__all__ = [
    "DESK_DAYS",
    "FEW_RESULTS",
    "FLUSH_SECONDS",
    "MAX_DAYS",
    "RATE_REQUESTS",
    "SALT",
    "Row",
    "Tables",
    "cutoff",
    "discard",
    "filters_of",
    "flush",
    "is_bot",
    "opened",
    "prune",
    "record",
    "stop",
    "tables",
    "words_of",
]
