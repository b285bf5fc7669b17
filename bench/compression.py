"""What compressing the largest answers costs: the resources' sitemap (its first page: as many
resources as the sitemap's limit, each with its languages' addresses) and the library's
listing, asked for with Django's test client by a client that accepts nothing and by one
that accepts gzip; and by one that accepts only br, once, to see whether the Hub speaks it.

The Hub gzips its own text answers (config.middleware.CompressTextMiddleware, Django's
GZipMiddleware). The requests go in rounds, each asking once in every way, so that the
machine's noise falls on all alike: RUNS rounds, or fewer when a page is slow (at least
MIN_RUNS, then until SECONDS have passed). Figures per page and Accept-Encoding: the bytes
sent, the encoding they came in, the median server time, and for gzip the median time of the
compression alone (django.utils.text.compress_string, which the middleware calls, on the
same text).
"""

import statistics
import time
from dataclasses import dataclass, field

from django.utils.text import compress_string

PAGES = ["/sitemap-resources.xml", "/en/resources/"]
TIMED = ["", "gzip"]  # "": no Accept-Encoding
OTHER = "br"  # asked for once: the bytes and encoding, timed only if the Hub speaks it
RUNS = 15
MIN_RUNS = 3
SECONDS = 20.0  # per page, once MIN_RUNS rounds are done


@dataclass
class Figures:
    url: str
    accepted: str
    encoding: str = ""  # Content-Encoding of the answer, "" when none
    bytes: int = 0
    times_ms: list = field(default_factory=list)
    compress_ms: float | None = None  # the compression alone, for gzip
    content: bytes = field(default=b"", repr=False)  # the last answer's body

    @property
    def median_ms(self):
        return statistics.median(self.times_ms) if self.times_ms else None


def run(client):
    """[Figures] of every page and Accept-Encoding."""
    found = []
    for url in PAGES:
        found += measure(client, url)
    return found


def measure(client, url):
    ways = {accepted: Figures(url, accepted) for accepted in TIMED}
    ask(client, url, ways[""])  # a warm-up, untimed
    other = Figures(url, OTHER)
    ask(client, url, other)
    if other.encoding == OTHER:  # spoken: timed like the others
        ways[OTHER] = other
    start = time.perf_counter()
    for number in range(RUNS):
        if number >= MIN_RUNS and time.perf_counter() - start > SECONDS:
            break
        for figures in ways.values():
            figures.times_ms.append(ask(client, url, figures))
    ways["gzip"].compress_ms = compression_ms(ways[""].content)
    return [*ways.values(), *([] if OTHER in ways else [other])]


def ask(client, url, figures):
    """The milliseconds of one request, its answer's size and encoding noted."""
    headers = {"HTTP_ACCEPT_ENCODING": figures.accepted} if figures.accepted else {}
    start = time.perf_counter()
    response = client.get(url, secure=True, **headers)
    elapsed = (time.perf_counter() - start) * 1000
    if response.status_code != 200:
        raise RuntimeError(f"{url} answered {response.status_code} ({figures.accepted})")
    figures.encoding = response.get("Content-Encoding", "")
    figures.content = response.content
    figures.bytes = len(response.content)
    return elapsed


def compression_ms(body):
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        compress_string(body)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)
