"""The path through the five OECD steps (guidance/path.py, docs/path.md): picks that fit the
profile, mixed in kind, once each, in the reader's language; bad input set aside and named;
saving the path as an organisation's reading list, marking it read, and the links to it."""

import datetime
from urllib.parse import parse_qs, urlsplit

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checks.models import Check
from eprm_hub.models import Mineral, SupplyChainTier
from guidance import path
from guidance.models import ReadingList
from members.models import Membership, Organisation
from resources.demo import seed as seed_resources
from resources.models import Resource
from tests import factories
from tests.test_members_check import answer_all, uniform

pytestmark = pytest.mark.django_db

BUYER = "/en/path/?tier=downstream&mineral=tin&size=small"


class _Quiet:
    def write(self, text):
        pass


class _Command:
    stdout = _Quiet()


@pytest.fixture
def demo():
    seed_resources(_Command())


def picks(response):
    return response.context["path"].picks


def slugs(resource, relation):
    return {term.slug for term in getattr(resource, relation).all()}


# What is picked ------------------------------------------------------------------------------


def test_a_downstream_tin_buyer_gets_only_resources_that_fit_it(client, demo):
    response = client.get(BUYER)
    assert response.status_code == 200
    found = picks(response)
    assert len(found) >= 15
    for _step, pick in found:
        tiers, minerals = (
            slugs(pick.resource, "supply_chain_tiers"),
            slugs(pick.resource, "minerals"),
        )
        assert not tiers or "downstream" in tiers, pick.resource.title
        assert not minerals or "tin" in minerals, pick.resource.title
    titles = {pick.resource.title for _step, pick in found}
    assert "IPIS interactive map of artisanal mining in eastern DRC" not in titles  # upstream only
    assert "Regulation (EU) 2017/821 laying down supply chain due diligence obligations" not in {
        t[:72] for t in titles
    }


def test_each_pick_says_why_in_the_readers_words(client, demo):
    found = picks(client.get(BUYER))
    for _step, pick in found:
        assert "downstream" in pick.why and "tin" in pick.why, pick.why
    french = picks(client.get(BUYER.replace("/en/", "/fr/")))
    assert all("aval" in pick.why and "étain" in pick.why for _step, pick in french)


def test_start_here_comes_first_and_frames_the_rest(client, demo):
    response = client.get(BUYER)
    path_ = response.context["path"]
    assert 2 <= len(path_.start) <= 3
    titles = [pick.resource.title for pick in path_.start]
    assert any(
        title.startswith("OECD Due Diligence Guidance for Responsible Supply") for title in titles
    )
    html = response.content.decode()
    assert html.index("Start here") < html.index("Step 1")
    assert [s.step.number for s in path_.steps] == [1, 2, 3, 4, 5]


def test_each_step_mixes_guidance_a_tool_and_a_case_study_where_there_are_some(client, demo):
    steps = client.get(BUYER).context["path"].steps
    for step in steps:
        assert len(step.picks) == path.PER_STEP
    kinds = [[pick.kind for pick in step.picks] for step in steps]
    assert sum(k == ["guidance", "tool", "case"] for k in kinds) >= 3, kinds
    assert all({"guidance", "tool"} <= set(k) for k in kinds), kinds


@pytest.mark.parametrize(
    "query", ["", "?tier=upstream&mineral=gold&size=large", BUYER.split("?")[1], "?mineral=cobalt"]
)
def test_a_resource_appears_once_on_the_page(client, demo, query):
    if query and not query.startswith("?"):
        query = f"?{query}"
    found = picks(client.get(f"/en/path/{query}"))
    ids = [pick.resource.pk for _step, pick in found]
    assert len(ids) == len(set(ids))


def test_a_small_company_gets_sme_resources_before_large_company_ones():
    large = factories.resource(
        "Case: a multinational's supplier programme",
        resource_type="case-study",
        tiers=["downstream"],
        minerals=["tin"],
        steps=[3],
        company_size="large",
        featured=True,
        year=2025,
    )
    small = factories.resource(
        "Case: a 30-person solder maker",
        resource_type="case-study",
        tiers=["downstream"],
        minerals=["tin"],
        steps=[3],
        company_size="sme",
        year=2015,
    )
    guide_large = factories.resource(
        "Guide for corporate groups", tiers=["downstream"], minerals=["tin"], steps=[3], year=2025
    )
    guide_sme = factories.resource(
        "Guide for small firms", tiers=["downstream"], minerals=["tin"], steps=[3], year=2010,
        tags=["SMEs"],
    )  # fmt: skip
    vocabulary = path.Vocabulary.load()

    def step3(query):
        from django.http import QueryDict

        profile = path.parse(QueryDict(query), vocabulary)
        built = path.build(profile, vocabulary, "en")
        return [pick.resource for pick in built.steps[2].picks] + [p.resource for p in built.start]

    for size in ("micro", "small", "medium"):
        found = step3(f"tier=downstream&mineral=tin&size={size}")
        assert small in found and large not in found
        assert next(r for r in found if r.resource_type.slug == "case-study") == small
        assert guide_sme in found
        assert guide_large not in found or found.index(guide_sme) < found.index(guide_large)
    found = step3("tier=downstream&mineral=tin&size=large")
    assert next(r for r in found if r.resource_type.slug == "case-study") == large


def test_the_french_page_prefers_french_resources():
    english = factories.resource(
        "Risk assessment guide", tiers=["midstream"], minerals=["gold"], steps=[2],
        languages=["en"], featured=True, year=2025,
    )  # fmt: skip
    french = factories.resource(
        "Guide d'évaluation des risques", tiers=["midstream"], minerals=["gold"], steps=[2],
        languages=["fr"], year=2015, text_language="fr",
    )  # fmt: skip
    translated = factories.resource(
        "Another risk guide", tiers=["midstream"], minerals=["gold"], steps=[2],
        languages=["en"], year=2014,
    )  # fmt: skip
    translated.set_translation("title", "fr", "Un autre guide des risques")
    translated.save()
    query = "?tier=midstream&mineral=gold"

    def step2(language):
        return path_response(language, query).context["path"].steps[1].picks

    def path_response(language, q):
        from django.test import Client

        return Client().get(f"/{language}/path/{q}")

    fr = step2("fr")
    assert fr[0].resource == french
    assert "français" in fr[0].why
    en = step2("en")
    assert en[0].resource == english
    # A resource the Hub describes in French comes before one it does not.
    all_fr = [p.resource for _s, p in path_response("fr", query).context["path"].picks]
    assert all_fr.index(translated) < all_fr.index(english)


def test_the_french_demo_path_is_mostly_in_french(client, demo):
    found = picks(client.get(BUYER.replace("/en/", "/fr/")))
    in_french = [p for _s, p in found if path.in_language(p.resource, "fr")]
    assert len(in_french) >= len(found) // 2
    start = client.get(BUYER.replace("/en/", "/fr/")).context["path"].start
    assert all(path.in_language(pick.resource, "fr") for pick in start[:2])


def test_drafts_never_appear(client):
    factories.resource("A draft", status=Resource.Status.DRAFT, steps=[1])
    kept = factories.resource("A published one", steps=[1])
    found = [p.resource for _s, p in picks(client.get("/en/path/"))]
    assert found == [kept]


def test_each_step_links_to_the_library_filtered_the_same_way(client, demo):
    response = client.get("/en/path/?tier=downstream&mineral=tin&mineral=gold&size=small")
    html = response.content.decode()
    for number in range(1, 6):
        url = f"/en/resources/?step={number}&amp;tier=downstream&amp;mineral=tin&amp;mineral=gold"
        assert url in html
    step = response.context["path"].steps[0]
    query = parse_qs(urlsplit(step.library_url).query)
    assert query == {"step": ["1"], "tier": ["downstream"], "mineral": ["tin", "gold"]}


def test_the_queries_are_bounded_whatever_the_library_holds(client, demo):
    with CaptureQueriesContext(connection) as small:
        client.get(BUYER)
    for number in range(40):
        factories.resource(f"More {number}", tiers=["downstream"], minerals=["tin"], steps=[2, 3])
    with CaptureQueriesContext(connection) as large:
        client.get(BUYER)
    assert len(large.captured_queries) == len(small.captured_queries) <= 12


# The page --------------------------------------------------------------------------------------


def test_without_a_profile_a_general_path_invites_to_say_more(client, demo):
    response = client.get("/en/path/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "This is a general path, for any company." in html
    assert len(response.context["path"].start) >= 2
    assert all(step.picks for step in response.context["path"].steps)


def test_the_form_keeps_its_state_and_has_labels(client, demo):
    html = client.get(BUYER + "&need=assess-risks").content.decode()
    assert '<form class="path-form" method="get"' in html
    assert 'id="tier-downstream" checked' in html
    assert 'id="mineral-tin" checked' in html
    assert 'id="size-small" checked' in html
    assert '<option value="assess-risks" selected>' in html
    for legend in ("Place in the supply chain", "Minerals", "Company size"):
        assert f"<legend>{legend}</legend>" in html
    assert "Bookmark this page" in html
    assert "Save as my organisation" not in html


BAD = [
    "?tier=sideways",
    "?mineral=unobtainium&mineral=tin",
    "?size=giant",
    "?size=small&size=large",
    "?need=%00%01",
    "?tier=" + "x" * 5000,
    "?mineral=%ff%fe",
    "?step=abc&tier=downstream",
    "?tier[]=downstream",
]


@pytest.mark.parametrize("query", BAD)
def test_bad_input_is_ignored_and_named(client, query):
    response = client.get(f"/en/path/{query}")
    assert response.status_code == 200
    if "step=abc" not in query and "tier[]" not in query:
        assert "We ignored what we did not recognise in the address:" in response.content.decode()


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["tier", "mineral", "size", "need", "q", "x"]),
            st.text(max_size=30),
        ),
        max_size=8,
    )
)
def test_random_query_strings_never_fail(client, pairs):
    from urllib.parse import urlencode

    response = client.get("/en/path/?" + urlencode(pairs))
    assert response.status_code == 200


# The reading list ------------------------------------------------------------------------------


@pytest.fixture
def alpha():
    organisation = Organisation.objects.create(
        name="Alpha Metals", pillar="supply-chain-actor", company_size="small"
    )
    organisation.supply_chain_tiers.set(SupplyChainTier.objects.filter(slug="downstream"))
    organisation.minerals.set(Mineral.objects.filter(slug="tin"))
    return organisation


@pytest.fixture
def people(django_user_model, alpha):
    def person(name, organisation, role):
        user = django_user_model.objects.create_user(name, f"{name}@example.org", "pw")
        Membership.objects.create(user=user, organisation=organisation, role=role)
        return user

    beta = Organisation.objects.create(name="Beta Mining", pillar="supply-chain-actor")
    return {
        "editor": person("alice", alpha, Membership.Role.EDITOR),
        "viewer": person("bob", alpha, Membership.Role.VIEWER),
        "outsider": person("charlie", beta, Membership.Role.EDITOR),
    }


def save(client, organisation="alpha-metals", query=BUYER):
    return client.post(query, {"organisation": organisation, "action": "save"})


def test_an_editor_saves_the_path_as_the_reading_list(client, demo, people, alpha):
    client.force_login(people["editor"])
    page = client.get(BUYER)
    assert "Save as my organisation's reading list" in page.content.decode()
    response = save(client)
    assert response.status_code == 302
    assert response["Location"] == "/en/my/organisations/alpha-metals/#reading-list"
    saved = ReadingList.objects.get(organisation=alpha)
    assert saved.query == "tier=downstream&mineral=tin&size=small"
    assert saved.saved_by == people["editor"]
    items = list(saved.items.select_related("step"))
    expected = page.context["path"].picks
    assert [(i.resource_id, i.step, i.why) for i in items] == [
        (pick.resource.pk, step, pick.why) for step, pick in expected
    ]
    assert [i.position for i in items] == list(range(len(items)))
    assert items[0].step is None  # "Start here"


def test_saving_again_replaces_the_list_and_keeps_what_was_read(client, demo, people, alpha):
    client.force_login(people["editor"])
    save(client)
    first = ReadingList.objects.get(organisation=alpha).items.first()
    first.done = True
    first.save()
    save(client, query="/en/path/?tier=downstream&mineral=tin&mineral=gold&size=small")
    saved = ReadingList.objects.get(organisation=alpha)
    assert "mineral=gold" in saved.query
    assert ReadingList.objects.count() == 1
    assert saved.items.get(resource=first.resource_id).done


def test_a_viewer_cannot_save_and_sees_no_button(client, demo, people, alpha):
    client.force_login(people["viewer"])
    html = client.get(BUYER).content.decode()
    assert "Save as my organisation" not in html
    assert "profile editors can save it" in html
    assert save(client).status_code == 403
    assert not ReadingList.objects.exists()


def test_another_organisation_cannot_save_to_it(client, people, alpha):
    client.force_login(people["outsider"])
    assert save(client).status_code == 404
    assert not ReadingList.objects.exists()


def test_a_visitor_is_sent_to_log_in(client):
    response = save(client)
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/?next=")
    assert not ReadingList.objects.exists()


def test_marking_read_on_my_organisation(client, demo, people, alpha):
    client.force_login(people["editor"])
    save(client)
    items = list(ReadingList.objects.get(organisation=alpha).items.all())
    page = client.get("/en/my/organisations/alpha-metals/").content.decode()
    assert 'id="reading-list"' in page
    assert f'name="read" value="{items[0].pk}" id="read-{items[0].pk}"' in page
    assert items[1].resource.title in page.replace("&#x27;", "'")
    response = client.post(
        "/en/path/",
        {"organisation": "alpha-metals", "action": "read", "read": [items[0].pk, items[2].pk, "x"]},
    )
    assert response["Location"] == "/en/my/organisations/alpha-metals/#reading-list"
    done = set(
        ReadingList.objects.get(organisation=alpha)
        .items.filter(done=True)
        .values_list("pk", flat=True)
    )
    assert done == {items[0].pk, items[2].pk}
    page = client.get("/en/my/organisations/alpha-metals/").content.decode()
    assert f"2 of {len(items)} read." in page
    # Unticking marks it unread again.
    client.post(
        "/en/path/", {"organisation": "alpha-metals", "action": "read", "read": [items[2].pk]}
    )
    assert not ReadingList.objects.get(organisation=alpha).items.get(pk=items[0].pk).done


def test_a_viewer_sees_the_list_but_cannot_mark_it(client, demo, people, alpha):
    client.force_login(people["editor"])
    save(client)
    item = ReadingList.objects.get(organisation=alpha).items.first()
    client.force_login(people["viewer"])
    page = client.get("/en/my/organisations/alpha-metals/").content.decode()
    assert 'id="reading-list"' in page and 'name="read"' not in page
    response = client.post(
        "/en/path/", {"organisation": "alpha-metals", "action": "read", "read": [item.pk]}
    )
    assert response.status_code == 403
    client.force_login(people["outsider"])
    response = client.post(
        "/en/path/", {"organisation": "alpha-metals", "action": "read", "read": [item.pk]}
    )
    assert response.status_code == 404
    assert not ReadingList.objects.get(organisation=alpha).items.filter(done=True).exists()


def test_without_a_list_the_card_links_to_the_path_of_the_profile(client, people, alpha):
    client.force_login(people["editor"])
    html = client.get("/en/my/organisations/alpha-metals/").content.decode()
    assert "No reading list saved yet." in html
    assert 'href="/en/path/?tier=downstream&amp;mineral=tin&amp;size=small"' in html
    assert 'href="/en/rules/"' in html


def test_the_profile_form_records_the_company_size(client, people, alpha):
    client.force_login(people["editor"])
    html = client.get("/en/my/organisations/alpha-metals/edit/").content.decode()
    assert 'name="company_size" value="medium"' in html
    from members.forms import ProfileForm, version_values

    data = {}
    for name, value in version_values(alpha).items():
        if isinstance(value, tuple):
            data[name] = list(value)
        elif name != "logo":
            data[name] = value
    data.update(version=alpha.version, company_size="medium")
    form = ProfileForm(data, instance=alpha)
    assert form.is_valid(), form.errors
    response = client.post("/en/my/organisations/alpha-metals/edit/", data)
    assert response.status_code == 302
    alpha.refresh_from_db()
    assert alpha.company_size == "medium"


def test_the_check_results_link_to_the_path_and_the_rules(client, people, alpha):
    check = answer_all(
        Check.objects.create(organisation=alpha, date=datetime.date(2025, 5, 1)),
        uniform("partly"),
    )
    client.force_login(people["viewer"])
    html = client.get(
        f"/en/my/organisations/alpha-metals/checks/{check.date.isoformat()}/result/"
    ).content.decode()
    assert 'href="/en/path/?tier=downstream&amp;mineral=tin&amp;size=small"' in html
    assert 'href="/en/rules/"' in html
