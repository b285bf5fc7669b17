"""Search insights (eprm_hub/insights.py): what is recorded and what never is, that a visitor
waits for no query, the result opened, the tables of the desk, of their page and of
`manage.py search_insights` against the raw records, adding searched words to the thesaurus,
and the 13 months they are kept."""

import datetime
import io
import re
import time
from collections import defaultdict
from urllib.parse import parse_qs, urlencode, urlsplit

import lxml.html
import pytest
from django.contrib.auth.models import Permission
from django.core import signing
from django.core.management import CommandError, call_command
from django.db import connection
from django.http import QueryDict
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.translation import gettext

from eprm_hub import insights
from eprm_hub.models import Concept, ConceptTerm, OpenedPosition, SearchRecord
from resources.search import CATALOGUE

from . import factories

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
DESK = "/admin/resources/resource/desk/"
PAGE = "/admin/eprm_hub/searchrecord/"
ADD_WORDS = "/admin/eprm_hub/searchrecord/add-words/"
DAY = datetime.timedelta(days=1)


@pytest.fixture(autouse=True)
def own_buffer(settings):
    """No thread writes behind a test's back (one test starts it), and no test sees what
    another buffered or which clients it counted."""
    settings.SEARCH_INSIGHTS_FLUSH_SECONDS = 0
    insights.discard()
    yield
    insights.stop()
    insights.discard()


@pytest.fixture
def library():
    factories.resource("Tin smelter audit guide", minerals=["tin"], year=2021)
    factories.resource("Gold refinery audit", minerals=["gold"], year=2019)
    factories.resource("Supplier letter template", minerals=["tin", "gold"], year=2022)


@pytest.fixture
def insights_editor(django_user_model, media):
    """An editor of resources who may see the insights and change the thesaurus."""
    user = django_user_model.objects.create_user("words", password="x", is_staff=True)
    wanted = Permission.objects.filter(
        content_type__app_label="resources"
    ) | Permission.objects.filter(
        content_type__app_label="eprm_hub",
        codename__in=["view_searchrecord", "change_concept", "add_concept", "view_concept"],
    )
    user.user_permissions.set(wanted)
    return user


@pytest.fixture
def insights_client(client, insights_editor):
    client.force_login(insights_editor)
    return client


def browse(client, path, data=None, **headers):
    return client.get(path, data, HTTP_USER_AGENT=headers.pop("agent", BROWSER), **headers)


def rows():
    return list(
        SearchRecord.objects.order_by("pk").values(
            "day", "catalogue", "language", "words", "filters", "searches", "results", "opened"
        )
    )


# What is recorded ------------------------------------------------------------------------------


def test_a_search_is_recorded_with_its_words_language_filters_and_results(client, library):
    factories.resource("Auditer les fonderies d'étain", languages=["fr"], minerals=["tin"])
    query = {"q": "Comment auditer les fonderies d'étain ?", "mineral": "tin"}
    page = browse(client, "/fr/resources/", query)
    assert page.status_code == 200
    assert rows() == []  # not yet: the request wrote nothing
    assert insights.flush() == 1
    with translation.override("fr"):
        total = CATALOGUE.search(QueryDict(urlencode(query))).total
    assert rows() == [
        {
            "day": timezone.localdate(),
            "catalogue": "resources",
            "language": "fr",
            "words": "auditer fonderies etain",  # "comment", "les", "d'" are fillers
            "filters": "mineral=tin",
            "searches": 1,
            "results": total,
            "opened": 0,
        }
    ]


def test_nothing_tells_who_searched():
    """A record's columns are the day, the search and counts: no address, cookie, session,
    user or client's hash has a place to go."""
    columns = {f.name for f in SearchRecord._meta.get_fields()}
    assert columns == {
        "id", "day", "catalogue", "language", "words", "filters", "searches", "results",
        "opened", "positions",
    }  # fmt: skip
    assert {f.name for f in OpenedPosition._meta.get_fields()} == {
        "id", "record", "position", "count",
    }  # fmt: skip


def test_the_same_filters_in_another_order_are_one_row_and_the_last_results_count(client, library):
    browse(client, "/en/resources/?q=audit&mineral=tin&mineral=gold&year_min=2020")
    browse(client, "/en/resources/?q=AUDIT&year_min=2020&mineral=gold&mineral=tin")
    factories.resource("Tin audit checklist", minerals=["tin"], year=2024)
    browse(client, "/en/resources/?q=audit&mineral=gold&year_min=2020&mineral=tin")
    insights.flush()
    (record,) = rows()
    assert record["filters"] == "mineral=gold&mineral=tin&year_min=2020"
    assert record["searches"] == 3
    assert record["results"] == 2  # the last search's: the new checklist, the guide


def test_another_page_of_a_search_is_not_another_search(library):
    request = RequestFactory().get("/en/resources/?q=audit&page=2", HTTP_USER_AGENT=BROWSER)
    translation.activate("en")
    second_page = CATALOGUE.search(QueryDict("q=audit&page=2"), page_size=1)
    assert second_page.page == 2
    assert insights.record(request, "resources", second_page)  # its results can be opened
    assert insights.flush() == 0


def test_searches_of_filler_words_only_or_without_text_are_not_recorded(client, library):
    browse(client, "/en/resources/?q=how do we")
    browse(client, "/en/resources/?mineral=tin")
    browse(client, "/en/resources/?q=")
    assert insights.flush() == 0


@pytest.mark.parametrize(
    "agent",
    [
        "",
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 HeadlessChrome/120.0 Safari/537.36",
        "python-requests/2.32.3",
        "curl/8.5.0",
    ],
)
def test_bots_are_left_out(client, library, agent):
    browse(client, "/en/resources/?q=audit", agent=agent)
    assert insights.flush() == 0


def test_a_prefetch_is_not_a_search(client, library):
    browse(client, "/en/resources/?q=audit", HTTP_SEC_PURPOSE="prefetch")
    assert insights.flush() == 0


def test_a_client_over_the_rate_is_left_out(library):
    search = CATALOGUE.search(QueryDict("q=audit"))
    factory = RequestFactory()

    def from_address(address):
        request = factory.get("/en/resources/?q=audit", HTTP_USER_AGENT=BROWSER)
        request.META["REMOTE_ADDR"] = address
        return insights.record(request, "resources", search)

    recorded = [from_address("192.0.2.1") for _ in range(insights.RATE_REQUESTS + 5)]
    assert all(recorded[: insights.RATE_REQUESTS]) and not any(recorded[insights.RATE_REQUESTS :])
    assert from_address("192.0.2.2")  # another client is counted on its own
    insights.flush()
    assert rows()[0]["searches"] == insights.RATE_REQUESTS + 1


# Off the request -------------------------------------------------------------------------------


def test_recording_a_search_or_an_opening_makes_no_query(django_assert_num_queries, library):
    translation.activate("en")
    search = CATALOGUE.search(QueryDict("q=audit"))
    factory = RequestFactory()
    request = factory.get("/en/resources/?q=audit", HTTP_USER_AGENT=BROWSER)
    with django_assert_num_queries(0):
        token = insights.record(request, "resources", search)
    assert token
    opening = factory.post(
        "/search-opened/", {"search": token, "position": "1"}, HTTP_USER_AGENT=BROWSER
    )
    with django_assert_num_queries(0):
        assert insights.opened(opening).status_code == 204
    assert insights.flush() == 1


def test_a_recorded_search_costs_its_page_no_query(client, library):
    """The listing makes the same queries for a visitor, whose search is recorded, as for a
    bot, whose search is not; none of them touches the insights' tables."""
    path = "/en/resources/?q=audit&mineral=tin"
    browse(client, path, agent="Googlebot/2.1")  # the index is built, the thesaurus read
    queries = {}
    for who, agent in [("bot", "Googlebot/2.1"), ("visitor", BROWSER)]:
        with CaptureQueriesContext(connection) as captured:
            browse(client, path, agent=agent)
        queries[who] = [q["sql"] for q in captured.captured_queries]
    assert len(queries["visitor"]) == len(queries["bot"])
    assert not [q for q in queries["visitor"] if "searchrecord" in q or "openedposition" in q]
    assert insights.flush() == 1


def test_what_a_failed_write_took_is_written_next_time(client, library):
    browse(client, "/en/resources/?q=audit")
    with connection.cursor() as cursor:
        cursor.execute("ALTER TABLE eprm_hub_searchrecord RENAME TO searchrecord_away")
    with pytest.raises(Exception, match="eprm_hub_searchrecord"):
        insights.flush()
    with connection.cursor() as cursor:
        cursor.execute("ALTER TABLE searchrecord_away RENAME TO eprm_hub_searchrecord")
    browse(client, "/en/resources/?q=audit")
    assert insights.flush() == 1
    assert rows()[0]["searches"] == 2


def test_writes_add_up_day_by_day(client, library):
    browse(client, "/en/resources/?q=audit")
    insights.flush()
    browse(client, "/en/resources/?q=audit")
    browse(client, "/en/resources/?q=tin")
    assert insights.flush() == 2
    assert {(r["words"], r["searches"]) for r in rows()} == {("audit", 2), ("tin", 1)}


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_thread_puts_a_search_on_the_desk_within_a_minute(
    client, settings, library, insights_editor
):
    assert 0 < insights.FLUSH_SECONDS <= 60
    settings.SEARCH_INSIGHTS_FLUSH_SECONDS = 1
    browse(client, "/en/resources/?q=smelter audit")
    deadline = time.monotonic() + 60
    while not SearchRecord.objects.exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert [(r["words"], r["searches"]) for r in rows()] == [("smelter audit", 1)]
    client.force_login(insights_editor)
    desk = lxml.html.fromstring(client.get(DESK).content.decode())
    assert desk.xpath("//section[@id='insights-top']//tr/@data-words") == ["smelter audit"]


# Opened results --------------------------------------------------------------------------------


def opening(client, path):
    """The signed search and the positions of a listing's results, as its page gives them."""
    page = lxml.html.fromstring(browse(client, path).content.decode())
    (results,) = page.xpath("//ol[contains(@class, 'result-list')]")
    positions = results.xpath(".//h3[@class='result__title']/a/@data-position")
    return results.get("data-search-insight"), results.get("data-insight-url"), positions


def test_opening_a_result_counts_its_position_on_the_search_s_row(client, library):
    token, url, positions = opening(client, "/en/resources/?q=audit")
    assert url == "/search-opened/" and positions == ["1", "2"]
    for position in ["2", "2", "1"]:
        response = client.post(
            url, {"search": token, "position": position}, HTTP_USER_AGENT=BROWSER
        )
        assert response.status_code == 204
    insights.flush()
    (record,) = rows()
    assert (record["searches"], record["opened"]) == (1, 3)
    assert dict(OpenedPosition.objects.values_list("position", "count")) == {1: 1, 2: 2}


def test_positions_run_over_the_whole_list(client, library):
    for number in range(20):
        factories.resource(f"Audit handbook {number}")
    _token, _url, positions = opening(client, "/en/resources/?q=audit")
    assert positions == [str(n) for n in range(1, 21)]
    token, url, positions = opening(client, "/en/resources/?q=audit&page=2")
    assert positions == ["21", "22"]
    client.post(url, {"search": token, "position": "22"}, HTTP_USER_AGENT=BROWSER)
    insights.flush()
    (record,) = rows()
    assert (record["searches"], record["opened"]) == (1, 1)  # page 2 is not another search
    assert OpenedPosition.objects.get().position == 22


def test_a_bot_s_page_carries_nothing_to_send(client, library):
    page = browse(client, "/en/resources/?q=audit", agent="Googlebot/2.1").content.decode()
    assert "data-search-insight" not in page and "data-position" not in page
    assert "js/search-insights.js" in page  # the script is there, and finds nothing to do


@pytest.mark.parametrize(
    "data, message",
    [
        ({}, "search: give"),
        ({"search": "x", "position": "1"}, "search: not a search of this site"),
        ({"search": "TOKEN", "position": ""}, "position:"),
        ({"search": "TOKEN", "position": "0"}, "position:"),
        ({"search": "TOKEN", "position": "-1"}, "position:"),
        ({"search": "TOKEN", "position": "1.5"}, "position:"),
        ({"search": "TOKEN", "position": "9999999"}, "position:"),
        ({"search": "TOKEN" + "x", "position": "1"}, "search: not a search of this site"),
        ({"search": "TOKEN" * 1000, "position": "1"}, "search: give"),
    ],
)
def test_an_opening_with_bad_input_is_refused(client, library, data, message):
    token, url, _positions = opening(client, "/en/resources/?q=audit")
    data = {k: v.replace("TOKEN", token) for k, v in data.items()}
    response = client.post(url, data, HTTP_USER_AGENT=BROWSER)
    assert response.status_code == 400
    assert response.content.decode().startswith(message)
    insights.flush()
    assert rows()[0]["opened"] == 0


class ShownTwoDaysAgo(signing.TimestampSigner):
    def timestamp(self):
        return signing.b62_encode(int(time.time()) - 2 * 24 * 60 * 60)


def test_an_opening_of_a_search_shown_over_a_day_ago_is_not_counted(client):
    key = [timezone.localdate().isoformat(), "resources", "en", "audit", ""]
    token = ShownTwoDaysAgo(salt=insights.SALT).sign_object(key, compress=True)
    response = client.post(
        "/search-opened/", {"search": token, "position": "1"}, HTTP_USER_AGENT=BROWSER
    )
    assert response.status_code == 204  # a page left open overnight: no error
    assert insights.flush() == 0
    fresh = signing.TimestampSigner(salt=insights.SALT).sign_object(key, compress=True)
    client.post("/search-opened/", {"search": fresh, "position": "1"}, HTTP_USER_AGENT=BROWSER)
    assert insights.flush() == 1


def test_an_opening_must_be_posted_and_a_broken_body_is_a_400(client):
    assert client.get("/search-opened/").status_code == 405
    broken = client.post(
        "/search-opened/",
        data=b"--x\r\nContent-Disposition: form-data; name=\r\n",
        content_type="multipart/form-data; boundary=x",
        HTTP_USER_AGENT=BROWSER,
    )
    assert broken.status_code == 400


def test_an_opening_by_a_bot_is_not_counted(client, library):
    token, url, _positions = opening(client, "/en/resources/?q=audit")
    response = client.post(url, {"search": token, "position": "1"}, HTTP_USER_AGENT="curl/8")
    assert response.status_code == 204
    insights.flush()
    assert rows()[0]["opened"] == 0


# The tables, against the raw records -----------------------------------------------------------


@pytest.fixture
def records():
    """Searches of the last 40 days in several languages, some with openings."""
    today = timezone.localdate()
    made = [
        # (days ago, catalogue, language, words, filters, searches, results, opened)
        (0, "resources", "en", "smelter audit", "", 5, 7, 2),
        (3, "resources", "fr", "smelter audit", "", 4, 6, 1),
        (10, "resources", "en", "smelter audit", "", 3, 9, 0),
        (1, "resources", "fr", "fonderie", "mineral=tin", 6, 0, 0),
        (2, "resources", "de", "lieferkettengesetz", "", 2, 0, 0),
        (2, "resources", "de", "lieferkettengesetz", "year_min=2020", 1, 0, 0),
        (5, "resources", "en", "cahra map", "", 3, 2, 0),
        (6, "resources", "es", "cahra map", "", 1, 3, 0),
        (0, "members", "en", "smelter", "", 2, 4, 0),
        (29, "projects", "nl", "goud", "", 3, 5, 0),
        (30, "projects", "nl", "goud", "", 50, 5, 0),  # one day too old
        (45, "resources", "en", "ancient", "", 99, 0, 0),  # far too old
        (4, "resources", "pt", "auditoria", "", 1, 12, 0),
        (4, "resources", "en", "rmap", "", 2, 20, 1),
        (0, "resources", "en", "rmap", "", 0, 0, 1),  # an opening of a search of another day
        (0, "resources", "en", "opened only", "", 0, 0, 1),
        (8, "projects", "fr", "or artisanal", "", 2, 1, 0),
        (9, "members", "pt", "cooperativa", "", 4, 8, 0),
    ]
    SearchRecord.objects.bulk_create(
        SearchRecord(
            day=today - days * DAY, catalogue=c, language=lang, words=w, filters=f,
            searches=s, results=r, opened=o,
        )
        for days, c, lang, w, f, s, r, o in made
    )  # fmt: skip
    return today


def expected_tables(today, days=30, language=None):
    """The three tables, computed from the raw rows in plain Python."""
    since = today - (days - 1) * DAY
    groups = defaultdict(list)
    for record in SearchRecord.objects.all():
        if since <= record.day <= today and language in (None, record.language):
            groups[record.catalogue, record.words, record.filters].append(record)
    table = []
    for (catalogue, words, filters), records in groups.items():
        searches = sum(r.searches for r in records)
        if not searches:
            continue
        per_language = defaultdict(int)
        for r in records:
            per_language[r.language] += r.searches
        languages = sorted(
            (lang for lang, n in per_language.items() if n), key=lambda x: (-per_language[x], x)
        )
        searched = [r for r in records if r.searches]
        last = max(r.day for r in searched)
        on_last = [r for r in searched if r.day == last]
        results = min(on_last, key=lambda r: languages.index(r.language)).results
        opened = sum(r.opened for r in records)
        table.append((catalogue, words, filters, searches, tuple(languages), results, opened))
    top = sorted(table, key=lambda row: (-row[3], row[1], row[0], row[2]))
    return {
        "top": top,
        "few": [row for row in top if row[5] <= 3],
        "unopened": [row for row in top if row[3] >= 2 and row[5] > 0 and row[6] == 0],
    }


def shown_tables(html):
    page = lxml.html.fromstring(html)
    found = {}
    for key in ("top", "few", "unopened"):
        found[key] = [
            (
                row.get("data-catalogue"),
                row.get("data-words"),
                row.get("data-filters"),
                int(row.xpath("./td[@data-searches]")[0].text_content()),
                tuple(row.xpath("./td[@data-languages]")[0].text_content().lower().split(", ")),
                int(row.xpath("./td[@data-results]")[0].text_content()),
                int(row.xpath("./td[@data-opened]")[0].text_content()),
            )
            for row in page.xpath(f"//section[@id='insights-{key}']//tr[@data-words]")
        ]
    return found


def test_the_desk_shows_the_first_rows_of_each_table(insights_client, records):
    expected = expected_tables(records)
    assert [len(rows) for rows in expected.values()] == [11, 5, 5]  # the fixture reaches each
    html = insights_client.get(DESK).content.decode()
    assert shown_tables(html) == {key: rows[:5] for key, rows in expected.items()}
    assert "/admin/eprm_hub/searchrecord/?days=30" in html


def test_the_full_page_shows_every_row_in_one_language_or_all(insights_client, records):
    for query, language, days in [
        ("", None, 30),
        ("?days=30", None, 30),
        ("?days=7&language=fr", "fr", 7),
        ("?days=400", None, 400),
        ("?language=nl", "nl", 30),
    ]:
        response = insights_client.get(PAGE + query)
        assert response.status_code == 200, query
        assert shown_tables(response.content.decode()) == expected_tables(
            records, days, language
        ), query


def test_each_row_runs_its_search_in_its_language_and_offers_its_words_to_the_thesaurus(
    insights_client, records
):
    page = lxml.html.fromstring(insights_client.get(PAGE).content.decode())
    row = page.xpath("//section[@id='insights-few']//tr[@data-words='fonderie']")[0]
    run, add = row.xpath(".//td[@class='insights__actions']/a/@href")
    assert run == "/fr/resources/?q=fonderie&mineral=tin"
    assert urlsplit(add).path == ADD_WORDS
    assert parse_qs(urlsplit(add).query) == {
        "words": ["fonderie"], "language": ["fr"], "next": [PAGE],
    }  # fmt: skip
    # Most searched in English, once in Spanish: the search runs in English.
    row = page.xpath("//section[@id='insights-top']//tr[@data-words='cahra map']")[0]
    assert row.xpath(".//td[@class='insights__actions']/a/@href")[0] == "/en/resources/?q=cahra+map"


@pytest.mark.parametrize("query", ["?days=abc", "?days=0", "?days=401", "?language=xx"])
def test_the_full_page_refuses_what_it_cannot_show(insights_client, query):
    response = insights_client.get(PAGE + query)
    assert response.status_code == 400
    assert 'class="errorlist' in response.content.decode()


def test_the_insights_are_for_editors_allowed_to_see_them(editor_client, records):
    """The desk's editor of conftest has the resources' permissions only."""
    assert "search-insights" not in editor_client.get(DESK).content.decode()
    assert editor_client.get(PAGE).status_code == 403
    assert editor_client.get(ADD_WORDS).status_code == 403
    assert Client().get(PAGE).status_code == 302  # to the login


def test_the_command_prints_the_same_tables(records):
    out = io.StringIO()
    call_command("search_insights", stdout=out)
    assert printed_tables(out.getvalue()) == expected_tables(records)
    out = io.StringIO()
    call_command("search_insights", "--days", "7", "--language", "fr", stdout=out)
    assert printed_tables(out.getvalue()) == expected_tables(records, 7, "fr")
    assert "in fr" in out.getvalue().splitlines()[0]


def printed_tables(text):
    """The tables of the command's output, as rows like expected_tables' ones."""
    found = {}
    for key, title in [
        ("top", "Top searches"),
        ("few", "No result or few results"),
        ("unopened", "Results nobody opens"),
    ]:
        block = text.split(f"\n{title} (")[1].split("\n\n")[0].splitlines()
        header = block[2] if len(block) > 2 else ""
        found[key] = []
        for line in block[3:]:
            starts = [header.index(c) for c in ("listing", "words", "filters")]
            searches, languages, results, opened = line[: starts[0]].split()
            found[key].append(
                (
                    line[starts[0] : starts[1]].strip(),
                    line[starts[1] : starts[2]].strip(),
                    line[starts[2] :].strip(),
                    int(searches),
                    tuple(languages.split(",")),
                    int(results),
                    int(opened),
                )
            )
    return found


@pytest.mark.parametrize(
    "args", [["--language", "xx"], ["--days", "0"], ["--days", "401"], ["--limit", "-1"]]
)
def test_the_command_refuses_what_it_cannot_show(args):
    with pytest.raises(CommandError):
        call_command("search_insights", *args, stdout=io.StringIO())


# Adding the words to the thesaurus -------------------------------------------------------------


@pytest.fixture
def smelter():
    concept = Concept.objects.create(key="smelter-test", name="Smelter")
    ConceptTerm.objects.create(concept=concept, text="smelter", language="en")
    return concept


def found(client, path):
    html = client.get(path).content.decode()
    titles = re.findall(r'<h3 class="result__title"[^>]*><a href="[^"]+">(.*?)</a></h3>', html)
    return [re.sub(r"</?mark>", "", title) for title in titles]


def test_words_added_to_a_concept_find_its_resources_from_the_next_search(
    insights_client, library, smelter
):
    assert found(insights_client, "/de/resources/?q=zorblatt") == []
    form = insights_client.get(ADD_WORDS + "?words=zorblatt&language=de&next=" + DESK)
    assert form.status_code == 200
    html = form.content.decode()
    assert 'value="zorblatt"' in html and '<option value="de" selected>' in html
    response = insights_client.post(
        ADD_WORDS,
        {"text": "zorblatt", "language": "de", "kind": "synonym", "concept": smelter.pk,
         "next": DESK},
    )  # fmt: skip
    assert response.status_code == 302 and response["Location"] == DESK
    assert ConceptTerm.objects.filter(concept=smelter, text="zorblatt", language="de").exists()
    assert found(insights_client, "/de/resources/?q=zorblatt") == ["Tin smelter audit guide"]


def test_words_make_a_new_concept_when_none_fits(insights_client, library):
    response = insights_client.post(
        ADD_WORDS,
        {"text": "blorfing", "language": "en", "kind": "synonym", "new_concept": "Letter",
         "next": "https://elsewhere.example/"},
    )  # fmt: skip
    assert response.status_code == 302 and response["Location"] == PAGE  # not elsewhere
    concept = Concept.objects.get(name="Letter")
    assert list(concept.terms.values_list("text", "language")) == [("blorfing", "en")]
    assert found(insights_client, "/en/resources/?q=blorfing") == ["Supplier letter template"]


@pytest.mark.parametrize(
    "data, error",
    [
        ({"text": "x"}, "Pick a concept or name a new one."),
        ({"text": "x", "concept": "SMELTER", "new_concept": "Other"}, "not both"),
        ({"text": "Smelter", "concept": "SMELTER"}, "This concept already has this term."),
        ({"text": "x", "new_concept": "smelter"}, "There is already a concept by this name"),
        ({"text": "!!", "concept": "SMELTER"}, "Give at least one word."),
        ({"text": "x", "concept": "999999"}, "Select a valid choice"),
    ],
)
def test_adding_words_refuses_what_would_be_wrong(insights_client, smelter, data, error):
    terms = ConceptTerm.objects.count()
    data = {"language": "en", "kind": "synonym"} | {
        k: v.replace("SMELTER", str(smelter.pk)) for k, v in data.items()
    }
    response = insights_client.post(ADD_WORDS, data)
    assert response.status_code == 400
    assert error in response.content.decode()
    assert ConceptTerm.objects.count() == terms


def test_only_an_editor_who_may_add_concepts_creates_one(client, django_user_model, smelter):
    user = django_user_model.objects.create_user("terms", is_staff=True)
    user.user_permissions.set(
        Permission.objects.filter(codename__in=["change_concept", "view_concept"])
    )
    client.force_login(user)
    assert 'name="new_concept"' not in client.get(ADD_WORDS).content.decode()
    response = client.post(
        ADD_WORDS, {"text": "x", "language": "en", "kind": "synonym", "new_concept": "New"}
    )
    assert response.status_code == 400
    assert not Concept.objects.filter(name="New").exists()


# Kept for 13 months ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "today, first_kept",
    [
        (datetime.date(2026, 12, 6), datetime.date(2025, 11, 6)),
        (datetime.date(2026, 3, 31), datetime.date(2025, 2, 28)),
        (datetime.date(2028, 3, 30), datetime.date(2027, 2, 28)),
        (datetime.date(2025, 1, 15), datetime.date(2023, 12, 15)),
    ],
)
def test_13_months_back(today, first_kept):
    assert insights.cutoff(today) == first_kept


def test_records_older_than_13_months_are_deleted(records):
    first = insights.cutoff()
    old = SearchRecord.objects.create(day=first - DAY, catalogue="resources", language="en",
                                      words="old", searches=1, opened=1)  # fmt: skip
    OpenedPosition.objects.create(record=old, position=1, count=1)
    kept = SearchRecord.objects.create(day=first, catalogue="resources", language="en",
                                       words="kept", searches=1)  # fmt: skip
    out = io.StringIO()
    call_command("prune_search_insights", stdout=out)
    assert out.getvalue() == f"Search insights before {first} deleted: 1 row.\n"
    assert not SearchRecord.objects.filter(pk=old.pk).exists()
    assert not OpenedPosition.objects.exists()
    assert SearchRecord.objects.filter(pk=kept.pk).exists()
    assert SearchRecord.objects.count() == 20 - 1


# The privacy section ----------------------------------------------------------------------------


@pytest.mark.parametrize("code", ["en", "fr", "es", "pt", "de", "nl"])
def test_the_privacy_section_says_what_is_recorded_and_for_how_long(client, code):
    html = client.get(f"/{code}/about/").content.decode()
    with translation.override(code):
        for english in PRIVACY:
            said = gettext(english)
            assert code == "en" or said != english, english
            assert said in html or escape(said) in html, (code, english)


PRIVACY = [
    "You can use the library, the directory and the project pages without an account. The Hub "
    "loads nothing from other websites.",
    "<strong>Searches.</strong> To make the library and its search better, we count the searches "
    "made in the library, the directory and the project pages: the words searched (without "
    "common words such as “the”), the language of the page, the filters, the number of "
    "results, and which result of the list was opened, if one was (only when JavaScript is "
    "on). The counts are kept per day and deleted after 13 months. We never record your IP "
    "address, a cookie, a session or your account, so a search cannot be traced back to you "
    "or linked to your other searches. Searches by known robots, and by a connection that "
    "makes very many, are not counted.",
]
