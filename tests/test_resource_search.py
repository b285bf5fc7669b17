"""The resource search: full text, facets, sorting, pages and bad input."""

import re

import pytest
from django.http import QueryDict
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eprm_hub.models import RequestCounter
from resources.models import Resource
from resources.search import CATALOGUE

from . import factories

pytestmark = pytest.mark.django_db


def titles(client, query):
    """The result titles of the listing page, in order."""
    html = client.get(f"/en/resources/?{query}").content.decode()
    found = re.findall(r'<h3 class="result__title"><a href="[^"]+">(.*?)</a></h3>', html)
    return [re.sub(r"</?mark>", "", title) for title in found]


def search(query):
    return CATALOGUE.search(QueryDict(query))


def test_a_title_match_outranks_a_summary_match(client):
    factories.resource("Regional overview", summary="Mentions cobalt refining once.")
    factories.resource("Cobalt refining handbook", summary="A handbook.")
    assert titles(client, "q=cobalt") == ["Cobalt refining handbook", "Regional overview"]


def test_summary_and_tags_outrank_the_publisher():
    factories.resource("First", summary="Nothing here.", publisher="Tantalum Trade Council")
    factories.resource("Second", summary="About tantalum sourcing.", publisher="Someone")
    result = search("q=tantalum")
    assert [Resource.objects.get(pk=pk).title for pk in result.ids] == ["Second", "First"]


def test_words_are_stemmed(client):
    factories.resource("How to audit a smelter")
    factories.resource("Unrelated guide")
    assert titles(client, "q=audits") == ["How to audit a smelter"]
    assert titles(client, "q=auditing") == ["How to audit a smelter"]


def test_phrases_in_quotes_match_words_in_that_order(client):
    factories.resource("Supply chain mapping")
    factories.resource("The chain of supply")
    assert titles(client, 'q="supply chain"') == ["Supply chain mapping"]
    assert sorted(titles(client, "q=supply chain")) == [
        "Supply chain mapping",
        "The chain of supply",
    ]


def test_a_minus_sign_excludes_a_word_and_or_offers_alternatives(client):
    factories.resource("Gold refiners guidance")
    factories.resource("Gold and artisanal miners")
    factories.resource("Tin smelters list")
    assert titles(client, "q=gold -artisanal") == ["Gold refiners guidance"]
    assert sorted(titles(client, "q=refiners OR smelters")) == [
        "Gold refiners guidance",
        "Tin smelters list",
    ]


def test_matches_are_highlighted_in_title_and_snippet(client):
    factories.resource("Smelter audit checklist", summary="Use it before each smelter visit.")
    html = client.get("/en/resources/?q=smelter").content.decode()
    assert "<mark>Smelter</mark> audit checklist" in html
    assert "before each <mark>smelter</mark> visit" in html


def test_highlighting_escapes_the_text_around_the_marks(client):
    factories.resource(
        "Tags <b>bold</b> & smelters", summary="x <script>alert(1)</script> smelters"
    )
    html = client.get("/en/resources/?q=smelters").content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; <mark>smelters</mark>" in html
    assert html.count("<mark>smelters</mark>") == 2


def test_misspelled_words_are_corrected(client):
    factories.resource("Smelter audit checklist")
    factories.resource("Responsible sourcing of cobalt")
    html = client.get("/en/resources/?q=smeltr+cobalr").content.decode()
    # Neither word matches anything: the page shows what the corrected words find.
    assert "results for <strong>smelter</strong> instead of <em>smeltr</em>." in html
    assert "results for <strong>cobalt</strong> instead of <em>cobalr</em>." in html
    assert sorted(titles(client, "q=smeltr+cobalr")) == [
        "Responsible sourcing of cobalt",
        "Smelter audit checklist",
    ]
    # A query that finds enough is not corrected.
    assert "data-correction" not in client.get("/en/resources/?q=smelter").content.decode()


def test_drafts_and_archived_resources_are_invisible_to_the_public(client):
    published = factories.resource("Published guide")
    draft = factories.resource("Draft guide", status=Resource.Status.DRAFT)
    archived = factories.resource("Archived guide", status=Resource.Status.ARCHIVED)
    assert titles(client, "") == ["Published guide"]
    assert titles(client, "q=guide") == ["Published guide"]
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get(archived.get_absolute_url()).status_code == 404
    assert client.get(published.get_absolute_url()).status_code == 200
    data = client.get("/en/resources/export.json").json()
    assert [r["title"] for r in data["results"]] == ["Published guide"]
    assert "Draft guide" not in client.get("/en/resources/export.csv").getvalue().decode()
    assert "Draft guide" not in client.get("/en/resources/feed/").content.decode()


def test_staff_can_preview_a_draft(admin_client):
    draft = factories.resource("Draft guide", status=Resource.Status.DRAFT)
    html = admin_client.get(draft.get_absolute_url()).content.decode()
    assert "only editors can see this page" in html


def test_an_edit_in_another_process_reaches_this_one(client):
    """The index follows database writes through the version the triggers renew."""
    first = factories.resource("Tin guide", minerals=["tin"])
    assert search("mineral=tin").total == 1
    # A write that bypasses the ORM's models entirely, as another process's would.
    Resource.objects.filter(pk=first.pk).update(status=Resource.Status.DRAFT)
    assert search("mineral=tin").total == 0


def test_values_within_a_facet_are_ored_and_facets_anded():
    factories.resource("A", minerals=["tin"], tiers=["upstream"])
    factories.resource("B", minerals=["gold"], tiers=["upstream"])
    factories.resource("C", minerals=["gold"], tiers=["downstream"])
    assert search("mineral=tin&mineral=gold").total == 3
    assert search("mineral=tin&mineral=gold&tier=upstream").total == 2
    assert search("mineral=gold&tier=downstream").total == 1


def test_counts_are_disjunctive():
    factories.resource("A", minerals=["tin"], tiers=["upstream"])
    factories.resource("B", minerals=["gold"], tiers=["upstream"])
    factories.resource("C", minerals=["gold"], tiers=["downstream"])
    result = search("mineral=gold")
    minerals = {v.key: v.count for v in result.facets[1].values}
    tiers = {v.key: v.count for v in result.facets[2].values}
    assert minerals["tin"] == 1  # choosing gold still shows what tin would give
    assert minerals["gold"] == 2
    assert tiers == {"upstream": 1, "midstream": 0, "downstream": 1}


def test_a_value_with_no_result_is_hidden_unless_selected(client):
    factories.resource("A", minerals=["tin"], tiers=["upstream"])
    html = client.get("/en/resources/").content.decode()
    assert 'name="mineral" value="mica"' not in html  # nothing to find: not offered
    assert 'name="mineral" value="tin">' in html
    assert "disabled" not in html.split('id="filters"')[1].split('id="results"')[0]
    # A selected value stays, even at 0, so that it can be unticked.
    html = client.get("/en/resources/?mineral=tin&tier=midstream").content.decode()
    assert 'name="tier" value="midstream" checked>' in html
    assert 'name="tier" value="downstream"' not in html
    # The JSON export still lists every value.
    answer = client.get("/en/resources/export.json").json()
    assert any(v["value"] == "mica" and v["count"] == 0 for v in answer["facets"]["mineral"])


def test_a_facet_with_nothing_to_offer_is_left_out(client):
    factories.resource("A", minerals=["tin"])  # no region, no OECD step
    html = client.get("/en/resources/").content.decode()
    assert 'id="facet-mineral"' in html
    assert 'id="facet-region"' not in html
    assert 'id="facet-step"' not in html


def test_year_range_and_chips(client):
    factories.resource("Old", year=2012, minerals=["gold"])
    factories.resource("Recent", year=2021, minerals=["gold"])
    factories.resource("Unknown year", year=None, minerals=["gold"])
    assert titles(client, "year_min=2015") == ["Recent"]
    assert titles(client, "year_max=2015&sort=title") == ["Old"]
    assert titles(client, "year_min=2021&year_max=2012&sort=title") == ["Old", "Recent"]
    html = client.get("/en/resources/?mineral=gold&year_min=2015").content.decode()
    assert '<a class="chip" href="?year_min=2015">' in html  # removes the mineral only
    assert '<a class="chip" href="?mineral=gold">' in html  # removes the years only


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("title", ["Alpha", "Beta", "Gamma"]),
        ("year", ["Beta", "Gamma", "Alpha"]),
        ("newest", ["Gamma", "Beta", "Alpha"]),
    ],
)
def test_sorting(client, sort, expected):
    factories.resource("Alpha", year=2010)
    factories.resource("Beta", year=2024)
    factories.resource("Gamma", year=2018)
    assert titles(client, f"sort={sort}") == expected


def test_relevance_is_the_default_with_text_and_newest_without():
    factories.resource("Anything")
    assert search("q=anything").sort == "relevance"
    assert search("").sort == "newest"
    assert search("sort=relevance").sort == "newest"  # no text, nothing to be relevant to


def test_pages_keep_every_filter(client):
    for number in range(45):
        factories.resource(f"Gold guide {number:02}", minerals=["gold"])
    html = client.get("/en/resources/?mineral=gold&sort=title&page=2").content.decode()
    assert '<ol class="result-list" start="21">' in html
    assert 'href="?mineral=gold&amp;sort=title&amp;page=3" rel="next"' in html
    assert 'href="?mineral=gold&amp;sort=title&amp;page=1" rel="prev"' in html
    assert titles(client, "mineral=gold&sort=title&page=3") == [
        f"Gold guide {n}" for n in range(40, 45)
    ]


@pytest.mark.parametrize(
    ("page", "shown", "notice"),
    [("abc", 1, True), ("0", 1, True), ("-3", 1, True), ("9999", 3, True), ("2", 2, False)],
)
def test_a_bad_page_number_falls_back_to_a_valid_page(client, page, shown, notice):
    for number in range(45):
        factories.resource(f"Guide {number:02}")
    response = client.get(f"/en/resources/?page={page}")
    assert response.status_code == 200
    assert response.context["search"].page == shown
    assert ("That page does not exist" in response.content.decode()) == notice


def test_unknown_values_are_ignored_and_named(client):
    factories.resource("Tin guide", minerals=["tin"])
    response = client.get("/en/resources/?mineral=tin&mineral=platinum&step=9&sort=best")
    html = response.content.decode()
    assert response.status_code == 200
    assert titles(client, "mineral=tin&mineral=platinum") == ["Tin guide"]
    assert "<code>mineral=platinum</code>" in html
    assert "<code>step=9</code>" in html
    assert "<code>sort=best</code>" in html


def test_a_query_over_200_characters_is_cut(client):
    factories.resource("Guide")
    response = client.get("/en/resources/?q=" + "audit " * 60)
    assert response.status_code == 200
    assert len(response.context["search"].query) == 200
    assert "shortened to its first 200 characters" in response.content.decode()


@pytest.mark.parametrize(
    "query",
    ["&", "|", "!", "a & b | !c", "(((", "'", "''", '"', 'smelter"', "foo:*", "a:b", "<->",
     "\\", "%", "--", "-", "OR", "or or", "*", "\x00", "日本語", "é"],
)  # fmt: skip
def test_characters_that_mean_something_to_tsquery_never_cause_an_error(client, query):
    factories.resource("Smelter guide")
    response = client.get("/en/resources/", {"q": query})
    assert response.status_code == 200


PARAMETERS = ["q", "need", "mineral", "tier", "step", "type", "language", "region", "publisher",
              "year_min", "year_max", "sort", "page", "page_size", "other"]  # fmt: skip


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.tuples(st.sampled_from(PARAMETERS), st.text(max_size=30)),
        max_size=6,
    )
)
def test_any_query_string_gives_200_or_400(client, pairs):
    RequestCounter.objects.all().delete()  # many examples, one client: under the export limit
    for path in ("/en/resources/", "/en/resources/export.json", "/en/resources/export.csv"):
        response = client.get(path, QueryDict(mutable=True) if not pairs else _query(pairs))
        assert response.status_code in (200, 400), (path, pairs)


def _query(pairs):
    query = QueryDict(mutable=True)
    for name, value in pairs:
        query.appendlist(name, value)
    return query


def test_a_valid_language_without_resources_finds_nothing(client):
    factories.resource("English guide", languages=["en"], publisher="OECD")
    factories.resource("Archived", languages=["fr"], publisher="Old Press", status="archived")
    for query in ("language=sw", "language=fr"):
        result = search(query)
        assert (result.total, result.ignored) == (0, []), query
    html = client.get("/en/resources/?language=sw").content.decode()
    assert '<span class="chip__facet">Language:</span> Swahili' in html
    # Codes that are no language at all are ignored, and named.
    assert search("language=xx").ignored == [("language", "xx")]
    assert search("language=xx").total == 1
    # A publisher of unpublished resources only has no public name: ignored like an unknown.
    assert search("publisher=old-press").ignored == [("publisher", "old-press")]
    assert "Old Press" not in client.get("/en/resources/?publisher=old-press").content.decode()


def test_a_long_facet_shows_its_first_values_and_the_rest_on_demand(client):
    for number in range(14):
        factories.resource(f"Guide {number}", publisher=f"Publisher {number:02}")
    html = client.get("/en/resources/?publisher=publisher-13").content.decode()
    shown = re.findall(r'name="publisher" value="([^"]+)"', html)
    assert len(shown) == 10 and shown[0] == "publisher-13"  # the chosen value first
    assert 'href="?publisher=publisher-13&amp;more=publisher#facet-publisher">Show 4 more' in html
    # Without JavaScript, the link shows every value, and the form keeps it open.
    html = client.get("/en/resources/?publisher=publisher-13&more=publisher").content.decode()
    assert len(re.findall(r'name="publisher" value="', html)) == 14
    assert '<input type="hidden" name="more" value="publisher">' in html
    assert "Show fewer" in html
    # Only long facets open this way; anything else is ignored.
    for other in ("mineral", "nonsense"):
        assert client.get(f"/en/resources/?more={other}").status_code == 200
