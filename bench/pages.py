"""The pages `make bench` measures: for each catalogue, the same kinds of search pages with its
own URL and facet parameters, and a detail page; for the library a few more without budget."""

import math
import random
from dataclasses import dataclass


@dataclass
class Page:
    catalogue: str  # its name in eprm_hub.triggers.CATALOGUES
    name: str
    url: object  # a URL, or a function of the request number that gives one
    budgeted: bool = True
    shown_url: str = ""  # what the table shows for a URL that changes

    def __post_init__(self):
        self.shown_url = self.shown_url or self.url

    def url_for(self, number):
        return self.url(number) if callable(self.url) else self.url

    @property
    def is_search(self):
        """A listing or an export: one URL whose search the bench can count."""
        return not callable(self.url)


@dataclass
class Queries:
    """A catalogue's query strings. A facet parameter the catalogue does not declare is not an
    error but ignored, so the bench checks that nothing was (bench/budgets.py)."""

    text: str
    facets: str  # two facets with enough matches for a fifth page at the large size
    broad: str  # a word a large share of the rows have
    question: str  # a question in plain language


QUERIES = {
    "resources": Queries(
        text="q=smelter+audit",
        facets="mineral=tin&tier=upstream",
        broad="q=due+diligence",
        question="q=what+does+the+EU+require+from+importers+of+gold",
    ),
    "members": Queries(
        text="q=electronics+founding",
        facets="mineral=gold&tier=downstream",
        broad="q=responsible",
        question="q=which+electronics+companies+are+founding+members+of+EPRM",
    ),
    "projects": Queries(
        text="q=legal+export",
        facets="mineral=gold&status=ongoing",
        broad="q=artisanal",
        question="q=how+do+projects+help+women+in+artisanal+gold+mining",
    ),
}
PREFIXES = {"resources": "/en/resources/", "members": "/en/members/", "projects": "/en/projects/"}
FRENCH = "q=audit+des+fonderies+d%27%C3%A9tain"  # audit des fonderies d'étain


def search_pages(catalogue):
    """The budgeted search pages, alike for every catalogue."""
    url, q = PREFIXES[catalogue], QUERIES[catalogue]
    return [
        Page(catalogue, "listing", url),
        Page(catalogue, "text query", f"{url}?{q.text}"),
        Page(catalogue, "two facets", f"{url}?{q.facets}"),
        Page(catalogue, "text + two facets", f"{url}?{q.text}&{q.facets}"),
        Page(catalogue, "broad word", f"{url}?{q.broad}"),
        Page(catalogue, "page 5 of two facets", f"{url}?{q.facets}&page=5"),
        Page(catalogue, "question", f"{url}?{q.question}"),
    ]


def detail_page(catalogue, slugs, runs):
    """A detail page, of another visible row on each request."""
    chosen = random.Random(len(slugs)).choices(slugs, k=runs)
    url = PREFIXES[catalogue]
    return Page(
        catalogue,
        "detail",
        lambda n: f"{url}{chosen[n % runs]}/",
        shown_url=f"{url}<slug>/",
    )


def pages_for(catalogue, slugs, runs):
    """The pages to measure for a catalogue whose visible rows have these slugs."""
    pages = [*search_pages(catalogue), detail_page(catalogue, slugs, runs)]
    if catalogue == "resources":
        deep = min(2000, math.ceil(len(slugs) / 20) - 5)  # a page that exists, near the end
        pages += [
            Page(catalogue, "French query", f"/fr/resources/?{FRENCH}", budgeted=False),
            Page(catalogue, "deep page", f"/en/resources/?sort=title&page={deep}", budgeted=False),
            Page(
                catalogue, "JSON export", "/en/resources/export.json?mineral=gold", budgeted=False
            ),
        ]
    return pages
