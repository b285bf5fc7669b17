"""The pages `make bench` measures: for each catalogue, the same kinds of search pages with its
own URL and facet parameters, and a detail page; for the library, queries in French and
Spanish with a budget, in German and Dutch and a few more pages without; and the mixes of
search pages the busy editors' and the throughput cases ask for."""

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
# The library in the other languages, as their readers type (bench/synthetic.py writes a
# tenth of the resources in French, a twentieth in Spanish, a fiftieth in German): on the
# page of that language, the query string as a browser sends it.
FRENCH = "/fr/resources/?q=audit+des+fonderies+d%27%C3%A9tain"  # audit des fonderies d'étain
SPANISH = "/es/resources/?q=auditor%C3%ADa+de+fundiciones"  # auditoría de fundiciones
GERMAN = "/de/resources/?q=Sorgfaltspflicht+Lieferkette"
DUTCH = "/nl/resources/?q=kinderarbeid+kobalt"  # no Dutch text: found through the thesaurus


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


def language_pages():
    """The library's queries in other languages than English, on their language's page."""
    return [
        Page("resources", "French query", FRENCH),
        Page("resources", "Spanish query", SPANISH),
        Page("resources", "German query", GERMAN, budgeted=False),
        Page("resources", "Dutch query", DUTCH, budgeted=False),
    ]


def busy_pages():
    """The library's searches timed while an editor saves (bench/busy.py)."""
    pages = {page.name: page for page in [*search_pages("resources"), *language_pages()]}
    names = ["text query", "two facets", "broad word", "question", "French query", "Spanish query"]
    return [pages[name] for name in names]


def throughput_urls():
    """The search pages gunicorn serves at once (bench/throughput.py): every catalogue's
    budgeted ones."""
    pages = [page for name in PREFIXES for page in search_pages(name)] + language_pages()
    return [page.url for page in pages if page.budgeted]


def pages_for(catalogue, slugs, runs):
    """The pages to measure for a catalogue whose visible rows have these slugs."""
    pages = [*search_pages(catalogue), detail_page(catalogue, slugs, runs)]
    if catalogue == "resources":
        deep = min(2000, math.ceil(len(slugs) / 20) - 5)  # a page that exists, near the end
        pages += [
            *language_pages(),
            Page(catalogue, "deep page", f"/en/resources/?sort=title&page={deep}", budgeted=False),
            Page(
                catalogue, "JSON export", "/en/resources/export.json?mineral=gold", budgeted=False
            ),
        ]
    return pages
