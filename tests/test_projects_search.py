"""The project listing /en/projects/: facets and their counts, chips, what the public sees,
bad input, sorting, and the CSV export of the same result set."""

import csv
import datetime
import html
import io
import re
from decimal import Decimal

import pytest
from django.db import transaction
from django.http import QueryDict
from django.utils import timezone
from django_countries import countries
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eprm_hub.models import RequestCounter
from projects.search import CATALOGUE
from projects.views import CSV_COLUMNS

from .project_factories import call, organisation, project

pytestmark = pytest.mark.django_db

THIS_YEAR = timezone.localdate().year


def titles(client, query=""):
    """The result titles of the listing page, in order."""
    page = client.get(f"/en/projects/?{query}").content.decode()
    return [
        html.unescape(t)
        for t in re.findall(r'class="result__title"><a href="[^"]+">(.*?)</a>', page)
    ]


def found(page):
    """The "N projects found" line, without its markup."""
    match = re.search(r"<strong>([\d,]+)</strong> projects? found", page)
    assert match, "no result count on the page"
    return int(match[1].replace(",", ""))


def facet_counts(page, facet):
    """{value: count} of one facet's checkboxes on the listing page."""
    pattern = (
        rf'<input type="checkbox" id="f-{facet}-[^"]*" name="{facet}" value="([^"]*)"[^>]*>'
        r'<label[^>]*>.*?<span class="facet__count">(\d+)</span>'
    )
    return {html.unescape(key): int(n) for key, n in re.findall(pattern, page, re.S)}


def csv_rows(client, query=""):
    response = client.get(f"/en/projects/export.csv?{query}")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    # A byte order mark first, so that Excel reads the file as UTF-8.
    return list(csv.reader(io.StringIO(response.getvalue().decode("utf-8-sig"))))


@pytest.fixture
def portfolio():
    """Four published projects and one unpublished, over every facet."""
    alpha = organisation("Alpha Metals")
    beta = organisation("Beta Refiners")
    local = organisation("Local NGO", member=False, public=False)
    second = call("Second call", 2018)
    third = call("Third call", 2020)
    return {
        "kivu": project(
            "Gold in Kivu",
            countries=["CD", "RW"],
            minerals=["gold"],
            sdgs=[5, 8],
            call=second,
            partners=[(alpha, "lead"), (local, "implementing")],
            gender_focus="significant",
            start_year=2019,
            end_year=2021,
            eprm_grant=Decimal("200000"),
            total_budget=Decimal("250000"),
        ),
        "tin": project(
            "Tin traceability",
            countries=["CD"],
            minerals=["tin", "tantalum"],
            sdgs=[8],
            call=third,
            partners=[(beta, "lead"), (alpha, "implementing")],
            gender_focus="principal",
            start_year=THIS_YEAR - 1,
            end_year=THIS_YEAR + 1,
            eprm_grant=Decimal("300000"),
            total_budget=Decimal("400000"),
        ),
        "colombia": project(
            "Colombian gold",
            countries=["CO"],
            minerals=["gold"],
            partners=[(local, "lead")],
            start_year=THIS_YEAR + 1,
            eprm_grant=Decimal("500000"),
        ),
        "cobalt": project(
            "Cobalt in Zambia",
            countries=["ZM", "CD"],
            minerals=["cobalt", "copper"],
            sdgs=[8, 12],
            call=third,
            gender_focus="not-targeted",
            start_year=THIS_YEAR,
            status_override="completed",
        ),
        "draft": project(
            "Secret gold draft",
            countries=["CD", "BF"],
            minerals=["gold"],
            sdgs=[5],
            call=second,
            partners=[(alpha, "lead")],
            gender_focus="principal",
            start_year=2019,
            eprm_grant=Decimal("999999"),
            is_published=False,
        ),
        "alpha": alpha,
        "beta": beta,
        "local": local,
        "second": second,
        "third": third,
    }


def test_the_facets_count_the_published_projects(client, portfolio):
    page = client.get("/en/projects/").content.decode()
    assert found(page) == 4
    assert facet_counts(page, "country") == {"CD": 3, "RW": 1, "CO": 1, "ZM": 1}
    # A value with no project is not offered (mica, fourteen of the SDGs).
    assert facet_counts(page, "mineral") == {
        "gold": 2,
        "tin": 1,
        "tantalum": 1,
        "cobalt": 1,
        "copper": 1,
    }
    assert 'value="mica"' not in page
    assert facet_counts(page, "status") == {"planned": 1, "ongoing": 1, "completed": 2}
    assert facet_counts(page, "sdg") == {"5": 1, "8": 3, "12": 1}
    assert "Show 14 more" not in page and "Show fewer" not in page
    expanded = client.get("/en/projects/?more=sdg").content.decode()
    assert facet_counts(expanded, "sdg") == {"8": 3, "5": 1, "12": 1}
    assert "Show fewer" not in expanded  # nothing to fold away
    assert facet_counts(page, "call") == {"second-call": 1, "third-call": 2}
    assert facet_counts(page, "partner") == {"alpha-metals": 2, "beta-refiners": 1, "local-ngo": 2}
    gender = facet_counts(page, "gender")
    assert {key: gender.get(key) for key in ("not-targeted", "significant", "principal")} == {
        "not-targeted": 1,
        "significant": 1,
        "principal": 1,
    }


def test_the_gender_facet_offers_only_the_three_markers(client, portfolio):
    """A project without a gender focus ("Colombian gold") is not a value of the facet: no
    checkbox without a name, counting it, that does nothing when ticked."""
    page = client.get("/en/projects/").content.decode()
    assert facet_counts(page, "gender") == {"not-targeted": 1, "significant": 1, "principal": 1}
    assert 'id="f-gender-"' not in page


def test_counts_are_disjunctive(client, portfolio):
    page = client.get("/en/projects/?mineral=gold").content.decode()
    assert found(page) == 2
    assert sorted(titles(client, "mineral=gold")) == ["Colombian gold", "Gold in Kivu"]
    # A facet's counts ignore its own selection: tin still counts what ticking it would add.
    minerals = facet_counts(page, "mineral")
    assert (minerals["gold"], minerals["tin"], minerals["cobalt"]) == (2, 1, 1)
    # The other facets count within the gold projects.
    assert facet_counts(page, "country") == {"CD": 1, "RW": 1, "CO": 1}
    assert facet_counts(page, "status") == {"planned": 1, "completed": 1}
    assert facet_counts(page, "partner") == {"alpha-metals": 1, "local-ngo": 2}

    page = client.get("/en/projects/?mineral=gold&country=CD").content.decode()
    assert found(page) == 1
    assert titles(client, "mineral=gold&country=CD") == ["Gold in Kivu"]
    minerals = facet_counts(page, "mineral")  # within the Congo's projects
    assert {k: v for k, v in minerals.items() if v} == {
        "gold": 1,
        "tin": 1,
        "tantalum": 1,
        "cobalt": 1,
        "copper": 1,
    }
    assert facet_counts(page, "country") == {"CD": 1, "RW": 1, "CO": 1}


def test_values_within_a_facet_are_ored_and_facets_anded(client, portfolio):
    assert sorted(titles(client, "status=planned&status=ongoing")) == [
        "Colombian gold",
        "Tin traceability",
    ]
    assert sorted(titles(client, "sdg=8")) == [
        "Cobalt in Zambia",
        "Gold in Kivu",
        "Tin traceability",
    ]
    assert titles(client, "sdg=8&partner=beta-refiners") == ["Tin traceability"]
    assert sorted(titles(client, "call=third-call&gender=not-targeted&gender=principal")) == [
        "Cobalt in Zambia",
        "Tin traceability",
    ]
    assert titles(client, "status=completed&mineral=cobalt") == ["Cobalt in Zambia"]
    assert titles(client, "partner=local-ngo&country=RW") == ["Gold in Kivu"]


def test_chips_name_each_filter_and_remove_it(client, portfolio):
    page = client.get("/en/projects/?mineral=gold&country=CD&status=completed").content.decode()
    chips = re.findall(
        r'<a class="chip" href="([^"]*)"><span class="chip__facet">(.*?)</span> (.*?) <svg', page
    )
    assert [(html.unescape(h), f, html.unescape(label)) for h, f, label in chips] == [
        ("?mineral=gold&status=completed", "Country:", countries.name("CD")),
        ("?country=CD&status=completed", "Mineral:", "Gold"),
        ("?mineral=gold&country=CD", "Status:", "Completed"),
    ]
    assert "Clear all filters" in page


def test_unpublished_projects_are_invisible_to_the_public(client, admin_client, portfolio):
    draft = portfolio["draft"]
    assert "Secret gold draft" not in titles(client)
    assert titles(client, "q=secret") == []
    page = client.get("/en/projects/").content.decode()
    assert "BF" not in facet_counts(page, "country")  # its only project is a draft
    assert facet_counts(page, "partner")["alpha-metals"] == 2  # not 3
    # The detail page and its IATI file answer 404; editors preview the page.
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get(f"/en/projects/{draft.slug}/iati.xml").status_code == 404
    preview = admin_client.get(draft.get_absolute_url())
    assert preview.status_code == 200
    assert "only editors can see this page" in preview.content.decode()
    # Nor in the exports, nor the overview.
    assert "Secret gold draft" not in client.get("/en/projects/export.csv").getvalue().decode()
    assert [row[0] for row in csv_rows(client)[1:]] == titles(client)
    iati = client.get("/en/projects/iati.xml")
    assert iati.status_code == 200
    assert b"Secret gold draft" not in iati.content
    assert iati.content.count(b"<iati-activity ") == 4
    overview = client.get("/en/projects/overview/").content.decode()
    assert "€999,999" not in overview
    assert '<dd><a href="/en/projects/">4</a></dd>' in overview
    # Publishing makes it appear (the index follows the change).
    type(draft).objects.filter(pk=draft.pk).update(is_published=True)
    assert "Secret gold draft" in titles(client)
    assert client.get(draft.get_absolute_url()).status_code == 200


def test_unknown_values_are_ignored_and_named(client, portfolio):
    query = (
        "mineral=gold&mineral=platinum&country=XX&status=paused&sdg=99&call=no-such-call"
        "&partner=nobody&gender=maybe&sort=best"
    )
    response = client.get(f"/en/projects/?{query}")
    assert response.status_code == 200
    page = response.content.decode()
    assert found(page) == 2  # gold alone was applied
    for pair in (
        "mineral=platinum",
        "country=XX",
        "status=paused",
        "sdg=99",
        "call=no-such-call",
        "partner=nobody",
        "gender=maybe",
        "sort=best",
    ):
        assert f"<code>{pair}</code>" in page, pair
    assert "<code>mineral=gold</code>" not in page


def test_a_valid_country_or_partner_without_published_projects_finds_nothing(client, portfolio):
    organisation("Gamma Partner")  # in no project
    for query in ("country=BF", "country=FR", "partner=gamma-partner"):
        search = CATALOGUE.search(QueryDict(query))
        assert (search.total, search.ignored) == (0, []), query
    page = client.get("/en/projects/?country=FR").content.decode()
    assert f'<span class="chip__facet">Country:</span> {countries.name("FR")}' in page


def test_a_country_code_in_lower_case_finds_the_same_projects(client, portfolio):
    """?country=cd is either the Congo (as ?country=CD) or ignored and named: never a
    "Country: Congo" chip over no results while the Congo has three projects."""
    search = CATALOGUE.search(QueryDict("country=cd"))
    if search.ignored:
        assert search.ignored == [("country", "cd")]
        assert search.total == 4
    else:
        assert search.total == 3
        assert sorted(titles(client, "country=cd")) == sorted(titles(client, "country=CD"))


@pytest.fixture
def to_sort():
    for title, fields in [
        ("Alpha", {"start_year": 2019, "eprm_grant": Decimal("100000")}),
        ("Beta", {"start_year": 2023}),
        ("Gamma", {"start_date": datetime.date(2021, 3, 1), "eprm_grant": Decimal("500000")}),
        ("Delta", {"eprm_grant": Decimal("250000")}),
        ("Epsilon", {"start_date": datetime.date(2021, 9, 1), "eprm_grant": Decimal("500000")}),
    ]:
        project(title, **fields)


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("newest", ["Beta", "Epsilon", "Gamma", "Alpha", "Delta"]),  # latest start first
        ("start", ["Alpha", "Gamma", "Epsilon", "Beta", "Delta"]),  # earliest first
        ("grant", ["Epsilon", "Gamma", "Delta", "Alpha", "Beta"]),  # largest, unknown last
        ("title", ["Alpha", "Beta", "Delta", "Epsilon", "Gamma"]),
    ],
)
def test_sorting(client, to_sort, sort, expected):
    assert titles(client, f"sort={sort}") == expected
    # The export keeps the listing's order.
    assert [row[0] for row in csv_rows(client, f"sort={sort}")[1:]] == expected


def test_newest_is_the_default_order(client, to_sort):
    assert titles(client) == titles(client, "sort=newest")
    assert CATALOGUE.search(QueryDict("")).sort == "newest"
    assert CATALOGUE.search(QueryDict("q=alpha")).sort == "relevance"


@pytest.mark.parametrize(
    "query",
    [
        "",
        "mineral=gold",
        "mineral=gold&country=CD",
        "country=CD&sort=title",
        "status=completed&status=planned&sort=grant",
        "partner=alpha-metals&sort=start",
        "sdg=8&gender=principal&gender=not-targeted",
        "call=third-call&sort=newest",
        "q=gold",
        "mineral=platinum",
    ],
)
def test_the_csv_export_is_the_listings_result_set_in_its_order(client, portfolio, query):
    rows = csv_rows(client, query)
    assert rows[0] == CSV_COLUMNS
    assert [row[0] for row in rows[1:]] == titles(client, query)


def test_the_csv_export_row_of_a_project(client, portfolio):
    rows = csv_rows(client, "sort=title")
    assert rows[0] == [
        "title", "slug", "status", "countries", "minerals", "call", "lead_organisation",
        "partners", "start_date", "start_year", "end_date", "end_year", "total_budget_eur",
        "eprm_grant_eur", "sdgs", "gender_focus", "iati_identifier", "summary", "detail_url",
    ]  # fmt: skip
    by_title = {row[0]: dict(zip(rows[0], row, strict=True)) for row in rows[1:]}
    kivu = by_title["Gold in Kivu"]
    assert kivu["status"] == "completed"
    assert kivu["countries"] == "CD;RW"
    assert kivu["minerals"] == "gold"
    assert kivu["sdgs"] == "5;8"
    assert kivu["call"] == "Second call"
    assert kivu["lead_organisation"] == "Alpha Metals"
    assert kivu["partners"] == "Local NGO"
    # Each column holds one kind of value: a day, or a year (from the day when known).
    assert (kivu["start_date"], kivu["start_year"]) == ("", "2019")
    assert (kivu["end_date"], kivu["end_year"]) == ("", "2021")
    assert (kivu["total_budget_eur"], kivu["eprm_grant_eur"]) == ("250000.00", "200000.00")
    assert kivu["gender_focus"] == "significant"
    assert kivu["detail_url"] == f"http://testserver/en/projects/{portfolio['kivu'].slug}/"
    minerals = by_title["Tin traceability"]["minerals"].split(";")
    assert sorted(minerals) == ["tantalum", "tin"]
    assert by_title["Tin traceability"]["partners"] == "Alpha Metals"
    cobalt = by_title["Cobalt in Zambia"]
    assert sorted(cobalt["countries"].split(";")) == ["CD", "ZM"]
    assert (cobalt["call"], cobalt["lead_organisation"], cobalt["eprm_grant_eur"]) == (
        "Third call",
        "",
        "",
    )


# The facet engine against a brute-force count ------------------------------------------------

COUNTRIES = ["CD", "RW", "CO", "BF"]
MINERALS = ["gold", "tin", "cobalt"]
PARTNERS = ["alpha", "beta", "gamma"]
ROLES = ["lead", "implementing", "funding", "advisory"]
# (fields, status) pairs: the status each row has today, by its years or its override.
TIMINGS = [
    ({"start_year": THIS_YEAR + 1}, "planned"),
    ({}, "planned"),
    ({"start_year": THIS_YEAR - 1}, "ongoing"),
    ({"start_year": THIS_YEAR - 2, "end_year": THIS_YEAR}, "ongoing"),
    ({"start_year": THIS_YEAR - 3, "end_year": THIS_YEAR - 1}, "completed"),
    ({"start_year": THIS_YEAR + 2, "status_override": "completed"}, "completed"),
    (
        {"start_year": THIS_YEAR - 3, "end_year": THIS_YEAR - 2, "status_override": "ongoing"},
        "ongoing",
    ),
]
STATUSES = ["planned", "ongoing", "completed"]

rows_strategy = st.lists(
    st.fixed_dictionaries(
        {
            "countries": st.sets(st.sampled_from(COUNTRIES)),
            "minerals": st.sets(st.sampled_from(MINERALS)),
            "timing": st.sampled_from(range(len(TIMINGS))),
            "partners": st.dictionaries(st.sampled_from(PARTNERS), st.sampled_from(ROLES[1:])),
            "published": st.sampled_from([True, True, True, False]),
        }
    ),
    max_size=10,
)
selections = st.fixed_dictionaries(
    {
        # FR: a country no project has (applied, finds nothing); XX: no country (ignored).
        "country": st.sets(st.sampled_from(COUNTRIES + ["FR", "XX"])),
        "mineral": st.sets(st.sampled_from(MINERALS + ["mica", "platinum"])),
        "status": st.sets(st.sampled_from(STATUSES + ["paused"])),
        "partner": st.sets(st.sampled_from(PARTNERS + ["nobody"])),
    }
)
# What each facet looks at in a generated row, and the values that exist (others are ignored).
FACETS = {
    "country": lambda row: row["countries"],
    "mineral": lambda row: row["minerals"],
    "status": lambda row: {TIMINGS[row["timing"]][1]},
    "partner": lambda row: set(row["partners"]),
}
KNOWN = {
    "country": set(COUNTRIES + ["FR"]),
    "mineral": set(MINERALS + ["mica"]),
    "status": set(STATUSES),
    "partner": set(PARTNERS),
}


def brute_force(rows, chosen):
    def passes(row, facet_to_skip=None):
        if not row["published"]:
            return False
        for name, values_of in FACETS.items():
            wanted = chosen[name] & KNOWN[name]
            if name != facet_to_skip and wanted and not values_of(row) & wanted:
                return False
        return True

    total = sum(passes(row) for row in rows)
    counts = {
        name: {
            value: sum(passes(row, name) and value in values_of(row) for row in rows)
            for value in sorted(KNOWN[name])
        }
        for name, values_of in FACETS.items()
    }
    return total, counts


@settings(
    max_examples=35, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=rows_strategy, chosen=selections)
def test_counts_match_a_brute_force_count(rows, chosen):
    with transaction.atomic():
        partners = {slug: organisation(slug.title()) for slug in PARTNERS}
        for row in rows:
            fields, _status = TIMINGS[row["timing"]]
            project(
                countries=sorted(row["countries"]),
                minerals=row["minerals"],
                partners=[(partners[slug], role) for slug, role in sorted(row["partners"].items())],
                is_published=row["published"],
                **fields,
            )
        query = QueryDict(mutable=True)
        for name in FACETS:
            query.setlist(name, sorted(chosen[name]))
        result = CATALOGUE.search(query)
        total, counts = brute_force(rows, chosen)
        assert result.total == total
        assert sorted(result.ignored) == sorted(
            (name, value) for name in FACETS for value in chosen[name] - KNOWN[name]
        )
        for facet in result.facets:
            if facet.name in counts:
                shown = {v.key: v.count for v in facet.values}
                # Countries and partners are listed only once a published project has them.
                assert {k: shown.get(k, 0) for k in counts[facet.name]} == counts[facet.name]
        assert len(result.ids) == min(total, 20)
        assert len(result.all_ids()) == total
        transaction.set_rollback(True)


# Bad input never breaks the page ------------------------------------------------------------

PARAMETERS = ["q", "country", "mineral", "status", "sdg", "call", "partner", "gender", "sort",
              "page", "year_min", "other"]  # fmt: skip


@pytest.fixture
def some_projects():
    alpha = organisation("Alpha Metals")
    project(
        "Gold project", countries=["CD"], minerals=["gold"], sdgs=[8], partners=[(alpha, "lead")]
    )
    project("Tin project", countries=["RW"], minerals=["tin"], start_year=2020)


@settings(
    max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(PARAMETERS),
            st.one_of(
                st.text(max_size=30),
                st.sampled_from(["gold", "CD", "cd", "ongoing", "8", "title", "grant", "2", "-1"]),
            ),
        ),
        max_size=6,
    )
)
def test_any_query_string_gives_200_or_400(client, some_projects, pairs):
    query = QueryDict(mutable=True)
    for name, value in pairs:
        query.appendlist(name, value)
    RequestCounter.objects.all().delete()  # many examples, one client: under the export limit
    for path in ("/en/projects/", "/en/projects/export.csv"):
        response = client.get(path, query)
        assert response.status_code in (200, 400), (path, pairs)
