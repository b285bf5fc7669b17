"""The Due Diligence Check: taking it, its results and recommendations, its privacy, and the
editors' statistics across members.

The scoring arithmetic itself is in test_scoring.py, who may open which page in
test_members_access.py.
"""

import datetime
import re

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.utils import timezone
from django.utils.html import escape

from checks.models import Answer, Check, Question
from eprm_hub.models import BusinessNeed, Mineral, SupplyChainTier
from members.models import Membership, Organisation
from tests import factories

pytestmark = pytest.mark.django_db

# Step 1 all yes; step 2 yes (w1), partly (w2), no, no, no: 2 of 6; step 3 yes (w1), yes (w2),
# no, no, not applicable: 3 of 5; step 4 all no; step 5 all not applicable.
PATTERN = {
    1: ["yes"] * 5,
    2: ["yes", "partly", "no", "no", "no"],
    3: ["yes", "yes", "no", "no", "na"],
    4: ["no"] * 5,
    5: ["na"] * 5,
}
SCORES = {1: "100", 2: "33", 3: "60", 4: "0", 5: "—"}
OVERALL = "48"  # (100 + 33 + 60 + 0) / 4 = 48.25


def questions():
    """The active questions by step, in their order."""
    grouped = {}
    for question in Question.objects.filter(active=True).select_related("step"):
        grouped.setdefault(question.step.number, []).append(question)
    return grouped


def answer_all(check, pattern=PATTERN, status=Check.Status.SUBMITTED):
    for step, step_questions in questions().items():
        for question, value in zip(step_questions, pattern[step], strict=True):
            Answer.objects.create(due_diligence_check=check, question=question, value=value)
    check.status = status
    check.save()
    return check


def uniform(value):
    return {step: [value] * 5 for step in range(1, 6)}


@pytest.fixture
def alpha():
    organisation = Organisation.objects.create(
        name="Alpha Metals", pillar="supply-chain-actor", is_public=False
    )
    organisation.supply_chain_tiers.set(SupplyChainTier.objects.filter(slug="downstream"))
    organisation.minerals.set(Mineral.objects.filter(slug="tin"))
    return organisation


@pytest.fixture
def editor(django_user_model, alpha):
    user = django_user_model.objects.create_user("erin", "erin@example.org", "pw")
    Membership.objects.create(user=user, organisation=alpha, role=Membership.Role.EDITOR)
    return user


BASE = "/en/my/organisations/alpha-metals/checks"


def today():
    return timezone.localdate()


def check_url(date=None):
    return f"{BASE}/{(date or today()).isoformat()}/"


def result_url(date=None):
    return f"{BASE}/{(date or today()).isoformat()}/result/"


def question_block(html, question):
    """The HTML of one question in the check form, with its answers and messages."""
    for chunk in re.split(r'(?=<div class="check-question)', html):
        if f'name="q{question.pk}"' in chunk:
            return chunk
    raise AssertionError(f"question {question.pk} is not in the form")


def step_scores_table(html):
    section = re.search(r'aria-labelledby="scores-heading">(.*?)</section>', html, re.S).group(1)
    rows = re.findall(r'<tr><th scope="row">Step (\d): [^<]+</th><td>([^<]*)</td></tr>', section)
    return {int(step): score for step, score in rows}


# Taking the check ----------------------------------------------------------------------------


def test_starting_twice_on_the_same_day_continues_the_same_check(client, editor, alpha):
    client.force_login(editor)
    first = client.post(f"{BASE}/new/")
    assert first.status_code == 302 and first["Location"] == check_url()
    q1 = questions()[1][0]
    client.post(check_url(), {f"q{q1.pk}": "partly", "action": "save"})
    second = client.post(f"{BASE}/new/")
    assert second["Location"] == check_url()
    assert Check.objects.filter(organisation=alpha).count() == 1
    check = Check.objects.get(organisation=alpha)
    assert (check.date, check.status, check.created_by) == (today(), "draft", editor)
    html = client.get(check_url()).content.decode()
    assert re.search(rf'name="q{q1.pk}" value="partly"[^>]*checked', html)
    assert "Continue today" in client.get(f"{BASE}/").content.decode()


def part_url(number, date=None):
    return f"{check_url(date)}?part={number}"


def test_the_check_asks_every_question_with_four_answers_in_five_parts(client, editor, alpha):
    client.force_login(editor)
    client.post(f"{BASE}/new/")
    by_step = questions()
    assert sum(len(step) for step in by_step.values()) == 25
    for number, step_questions in by_step.items():
        html = client.get(part_url(number)).content.decode()
        assert f"Part {number} of 5" in html
        assert "0 of 25 questions answered" in html
        assert re.search(r'<progress id="check-progress" max="25" value="0">', html)
        for question in step_questions:
            block = question_block(html, question)
            values = re.findall(rf'type="radio" name="q{question.pk}" value="([^"]+)"', block)
            assert values == ["yes", "partly", "no", "na"]
            assert f'name="q{question.pk}_note"' in block
            assert escape(question.text) in block
        others = [q for n, qs in by_step.items() if n != number for q in qs]
        assert not any(f'name="q{q.pk}"' in html for q in others)  # one part per page
        # Finishing is offered on the last part; every part leads to every other.
        assert ('value="submit"' in html) is (number == 5)
        assert all(f'name="goto" value="{n}"' in html for n in range(1, 6))
    # A part that does not exist shows the first, never an error.
    for bad in ("9", "0", "x", "-1"):
        response = client.get(f"{check_url()}?part={bad}")
        assert response.status_code == 200
        assert "Part 1 of 5" in response.content.decode()


def test_save_and_finish_later_keeps_a_draft_with_notes(client, editor, alpha):
    client.force_login(editor)
    client.post(f"{BASE}/new/")
    q1, q2, q3 = questions()[1][:3]
    response = client.post(
        check_url(),
        {
            "part": "1",
            f"q{q1.pk}": "yes",
            f"q{q2.pk}": "na",
            f"q{q2.pk}_note": "We do not trade <any> minerals directly.",
            "action": "save",
        },
    )
    assert response.status_code == 302 and response["Location"] == part_url(1)
    check = Check.objects.get(organisation=alpha)
    assert check.status == Check.Status.DRAFT and check.submitted_at is None
    saved = {a.question_id: (a.value, a.note) for a in check.answers.all()}
    assert saved == {
        q1.pk: ("yes", ""),
        q2.pk: ("na", "We do not trade <any> minerals directly."),
    }
    page = client.get(part_url(1)).content.decode()
    assert "Your answers are saved" in page
    assert "2 of 25 questions answered" in page
    assert re.search(rf'name="q{q1.pk}" value="yes"[^>]*checked', page)
    assert "We do not trade &lt;any&gt; minerals directly." in question_block(page, q2)
    assert "checked" not in question_block(page, q3)
    # Saving again with one answer changed and one removed keeps exactly what the form says.
    client.post(check_url(), {"part": "1", f"q{q1.pk}": "no", "action": "save"})
    assert {a.question_id: a.value for a in check.answers.all()} == {q1.pk: "no"}


def test_moving_between_parts_keeps_the_answers_of_each(client, editor, alpha):
    client.force_login(editor)
    client.post(f"{BASE}/new/")
    by_step = questions()
    response = client.post(
        check_url(), {"part": "2", f"q{by_step[2][0].pk}": "partly", "goto": "4"}
    )
    assert response.status_code == 302 and response["Location"] == part_url(4)
    response = client.post(check_url(), {"part": "4", f"q{by_step[4][1].pk}": "no", "goto": "2"})
    assert response["Location"] == part_url(2)
    check = Check.objects.get(organisation=alpha)
    # Saving part 4 leaves part 2's answer alone.
    assert {a.question_id: a.value for a in check.answers.all()} == {
        by_step[2][0].pk: "partly",
        by_step[4][1].pk: "no",
    }
    html = client.get(part_url(2)).content.decode()
    assert "2 of 25 questions answered" in html
    assert re.search(rf'name="q{by_step[2][0].pk}" value="partly"[^>]*checked', html)
    assert "1 of 5 answered" in html  # parts 2 and 4 in the parts list


def test_finishing_needs_every_question_answered(client, editor, alpha):
    client.force_login(editor)
    client.post(f"{BASE}/new/")
    by_step = questions()
    unanswered = [by_step[1][3], by_step[4][2], by_step[5][0]]
    for number, step_questions in by_step.items():
        data = {f"q{q.pk}": "yes" for q in step_questions if q not in unanswered}
        client.post(check_url(), {"part": str(number), **data, "goto": str(number + 1)})
    data = {f"q{q.pk}": "yes" for q in by_step[5] if q not in unanswered}
    response = client.post(check_url(), {"part": "5", **data, "action": "submit"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "3 questions have no answer yet. Your answers so far are saved." in html
    summary = re.search(r'<ul class="error-summary">(.*?)</ul>', html, re.S).group(1)
    links = re.findall(r'<li><a href="([^"]+)">([^<]+)</a></li>', summary)
    assert links == [
        (f"{part_url(1)}#id_q{by_step[1][3].pk}_0", f"Part 1: {escape(by_step[1][3].text)}"),
        (f"{part_url(4)}#id_q{by_step[4][2].pk}_0", f"Part 4: {escape(by_step[4][2].text)}"),
        (f"#id_q{by_step[5][0].pk}_0", f"Part 5: {escape(by_step[5][0].text)}"),
    ]
    # The question of this part says so beside it, and the linked ids exist.
    message = "Answer this question to finish the check."
    assert html.count(message) == 1 and message in question_block(html, by_step[5][0])
    assert f'id="id_q{by_step[5][0].pk}_0"' in html
    check = Check.objects.get(organisation=alpha)
    assert check.status == Check.Status.DRAFT
    assert check.answers.count() == 22  # the draft is kept, this part's answers with it
    assert f'id="id_q{by_step[1][3].pk}_0"' in client.get(part_url(1)).content.decode()

    for question in unanswered:
        number = question.step.number
        client.post(
            check_url(),
            {"part": str(number), **{f"q{q.pk}": "partly" for q in by_step[number]}, "goto": "5"},
        )
    response = client.post(
        check_url(), {"part": "5", **{f"q{q.pk}": "yes" for q in by_step[5]}, "action": "submit"}
    )
    assert response.status_code == 302
    assert response["Location"] == result_url()
    check.refresh_from_db()
    assert check.status == Check.Status.SUBMITTED
    assert check.submitted_at is not None
    assert check.answers.count() == 25


def test_a_note_too_long_saves_nothing_and_says_so(client, editor, alpha):
    client.force_login(editor)
    client.post(f"{BASE}/new/")
    q1 = questions()[1][0]
    response = client.post(
        check_url(), {"part": "1", f"q{q1.pk}": "yes", f"q{q1.pk}_note": "x" * 501, "goto": "2"}
    )
    assert response.status_code == 400
    assert "Nothing was saved" in response.content.decode()
    assert not Answer.objects.filter(due_diligence_check__organisation=alpha).exists()


# A finished check is a record ---------------------------------------------------------------


def snapshot(check):
    """Everything a change to a check would touch: its state, its answers and its scores."""
    check.refresh_from_db()
    answers = sorted(check.answers.values_list("question_id", "value", "note"))
    return (check.status, check.submitted_at, check.updated, answers)


@pytest.mark.parametrize(
    "extra",
    [{}, {"action": "save"}, {"action": "submit"}, {"action": "reopen"}],
    ids=["no-action", "save", "submit", "unknown-action"],
)
@pytest.mark.parametrize("answers", ["none", "changed"])
def test_a_finished_check_of_today_cannot_be_changed(client, editor, alpha, extra, answers):
    check = answer_all(Check.objects.create(organisation=alpha, date=today()))
    check.submitted_at = timezone.now()
    check.save()
    before = snapshot(check)
    client.force_login(editor)
    scores = step_scores_table(client.get(result_url()).content.decode())
    assert scores == SCORES
    data = {}
    if answers == "changed":
        data = {f"q{q.pk}": "yes" for step in questions().values() for q in step}
        data |= {f"q{q.pk}_note": "Rewritten." for step in questions().values() for q in step}
    response = client.post(check_url(), {**data, **extra})
    # Refused with a redirect to the results, which say that nothing changed.
    assert response.status_code == 302
    assert response["Location"] == result_url()
    page = client.get(response["Location"]).content.decode()
    assert "This check is finished, so its answers can no longer change." in page
    assert snapshot(check) == before
    assert check.answers.count() == 25
    assert step_scores_table(page) == scores


def test_a_finished_check_of_an_earlier_day_cannot_be_changed(client, editor, alpha):
    earlier = datetime.date(2024, 3, 1)
    check = answer_all(Check.objects.create(organisation=alpha, date=earlier))
    before = snapshot(check)
    client.force_login(editor)
    for extra in ({}, {"action": "save"}, {"action": "submit"}):
        response = client.post(check_url(earlier), extra, follow=True)
        assert response.redirect_chain == [(result_url(earlier), 302)]
        assert "This check is finished" in response.content.decode()
    assert snapshot(check) == before


def says_finished_today(html):
    return re.search(r"You finished today(&#x27;|')s check\. You can take the check again", html)


def test_a_finished_check_shows_its_results_not_its_form(client, editor, alpha):
    check = answer_all(Check.objects.create(organisation=alpha, date=today()))
    before = snapshot(check)
    client.force_login(editor)
    response = client.get(check_url())
    assert response.status_code == 302 and response["Location"] == result_url()
    # Starting a check again the same day leads to the finished one; it is not reopened.
    response = client.post(f"{BASE}/new/", follow=True)
    assert response.redirect_chain[-1] == (result_url(), 302)
    assert says_finished_today(response.content.decode())
    assert snapshot(check) == before
    assert Check.objects.filter(organisation=alpha).count() == 1
    listing = client.get(f"{BASE}/").content.decode()
    assert "Continue today" not in listing and "Take the check today" not in listing
    assert says_finished_today(listing)


# Results -------------------------------------------------------------------------------------


def test_the_result_page_shows_the_scores_in_a_table_and_a_chart(client, editor, alpha):
    answer_all(Check.objects.create(organisation=alpha, date=today()))
    client.force_login(editor)
    response = client.get(result_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert step_scores_table(html) == SCORES
    assert re.search(rf"Overall score <strong>{OVERALL}</strong>", html)
    figure = re.search(r'<figure class="chart-figure">(.*?)</figure>', html, re.S).group(1)
    assert re.match(r'<svg [^>]*role="img"', figure)
    assert "<title" in figure and "Scores per OECD step" in figure
    # One chart, in two layouts: wide, and compact for phones (the CSS shows one).
    assert html.count('role="img"') == 2
    assert 'class="chart chart--wide"' in figure and 'class="chart chart--compact"' in figure
    assert "Change over time" not in html


@pytest.mark.parametrize(
    ("pattern", "scores", "overall"),
    [
        (uniform("yes"), dict.fromkeys(range(1, 6), "100"), "100"),
        (uniform("no"), dict.fromkeys(range(1, 6), "0"), "0"),
        (uniform("partly"), dict.fromkeys(range(1, 6), "50"), "50"),
        (
            {**uniform("na"), 1: ["yes"] * 5, 4: ["no"] * 5},
            {1: "100", 2: "—", 3: "—", 4: "0", 5: "—"},
            "50",
        ),
        (uniform("na"), dict.fromkeys(range(1, 6), "—"), "—"),
    ],
    ids=["all-yes", "all-no", "all-partly", "na-left-out", "all-na"],
)
def test_known_answers_give_known_scores(client, editor, alpha, pattern, scores, overall):
    answer_all(Check.objects.create(organisation=alpha, date=today()), pattern)
    client.force_login(editor)
    html = client.get(result_url()).content.decode()
    assert step_scores_table(html) == scores
    assert f"Overall score <strong>{overall}</strong>" in html


def test_two_finished_checks_show_the_change_over_time(client, editor, alpha):
    earlier = datetime.date(2024, 3, 1)
    answer_all(Check.objects.create(organisation=alpha, date=earlier), uniform("no"))
    answer_all(Check.objects.create(organisation=alpha, date=today()))
    client.force_login(editor)
    html = client.get(result_url()).content.decode()
    assert step_scores_table(html) == SCORES
    trend = re.search(r'aria-labelledby="trend-heading">(.*?)</section>', html, re.S)
    assert trend, "no change-over-time section"
    trend = trend.group(1)
    assert "Change over time" in trend
    assert re.search(r'<svg [^>]*role="img"', trend)
    assert html.count('role="img"') == 4  # two charts, each wide and compact
    headers = re.findall(r'<th scope="col">([^<]+)</th>', trend)
    assert headers == ["OECD step", "1 March 2024", today().strftime("%-d %B %Y")]
    rows = re.findall(
        r'<tr><th scope="row">Step (\d)[^<]*</th><td>([^<]*)</td><td>([^<]*)</td>', trend
    )
    assert rows == [(str(step), "0", SCORES[step]) for step in range(1, 5)] + [("5", "0", "—")]
    # The earlier check's own page has nothing earlier to compare with.
    earlier_html = client.get(result_url(earlier)).content.decode()
    assert "Change over time" not in earlier_html
    assert step_scores_table(earlier_html) == dict.fromkeys(range(1, 6), "0")
    # The list of checks shows the progress too.
    listing = client.get(f"{BASE}/").content.decode()
    assert "Your progress" in listing and listing.count('role="img"') == 2  # wide and compact


def test_a_draft_does_not_count_in_the_change_over_time(client, editor, alpha):
    answer_all(
        Check.objects.create(organisation=alpha, date=datetime.date(2024, 3, 1)),
        uniform("no"),
        status=Check.Status.DRAFT,
    )
    answer_all(Check.objects.create(organisation=alpha, date=today()))
    client.force_login(editor)
    assert "Change over time" not in client.get(result_url()).content.decode()


# Advice tied to the answers -------------------------------------------------------------------


def advice(html):
    """{question text: [resource titles]} of the "What to do next" section, in its order."""
    section = re.search(r'aria-labelledby="next-heading"[^>]*>(.*?)</section>', html, re.S).group(1)
    found = {}
    for block in re.findall(r'<article class="advice__item".*?</article>', section, re.S):
        title = re.search(r'<h4 id="advice-\d+">([^<]+)</h4>', block).group(1)
        found[title] = re.findall(r'<li><a href="/en/resources/[^"]+/">([^<]+)</a>', block)
    return found


def with_needs(question, *slugs):
    question.business_needs.set(BusinessNeed.objects.filter(slug__in=slugs))
    question.resources.clear()


def test_the_seeded_questions_each_say_what_to_do_next_and_name_the_needs_that_help():
    for question in Question.objects.filter(active=True).select_related("step"):
        assert question.next_step and question.missing_languages() == [], question
        assert all(question.translation("next_step", code) for code in ("fr", "es", "de")), question
        needs = list(question.business_needs.all())
        assert needs, question
        # Each question has a need of its own step, or only general ones.
        steps = {need.step for need in needs}
        assert question.step in steps or steps == {None}, question


def test_a_no_yields_its_needs_resources_that_fit_the_profile(client, editor, alpha):
    # Alpha is downstream and buys tin; every question answered yes but two.
    check = answer_all(Check.objects.create(organisation=alpha, date=today()), uniform("yes"))
    mapping, audits = questions()[2][0], questions()[4][1]
    Answer.objects.filter(due_diligence_check=check, question=mapping).update(
        value="no", note="Not yet."
    )
    Answer.objects.filter(due_diligence_check=check, question=audits).update(value="partly")
    with_needs(mapping, "map-supply-chain")
    with_needs(audits, "audit-and-certification")
    need = ["map-supply-chain"]
    factories.resource("Map for downstream tin", needs=need, tiers=["downstream"], minerals=["tin"])
    factories.resource("Map, all tiers", needs=need, tiers=["upstream", "downstream"],
                       minerals=["tin", "gold"])  # fmt: skip
    factories.resource("Eastern DRC mine map", needs=need, tiers=["upstream"], minerals=["tin"])
    factories.resource("Map for gold only", needs=need, tiers=["downstream"], minerals=["gold"])
    factories.resource("Map draft", needs=need, tiers=["downstream"], minerals=["tin"],
                       status="draft")  # fmt: skip
    factories.resource("Risk guide", needs=["assess-risks"], tiers=["downstream"], minerals=["tin"])
    factories.resource(
        "Audit guide", needs=["audit-and-certification"], tiers=["downstream"], minerals=["tin"]
    )
    client.force_login(editor)
    html = client.get(result_url()).content.decode()
    found = advice(html)
    assert list(found) == [escape(mapping.text), escape(audits.text)]  # only "no" and "partly"
    assert sorted(found[escape(mapping.text)]) == ["Map for downstream tin", "Map, all tiers"]
    assert found[escape(audits.text)] == ["Audit guide"]
    for unfit in ("Eastern DRC mine map", "Map for gold only", "Map draft", "Risk guide"):
        assert unfit not in html
    # Each says why: the answer, the need, and how it fits.
    blocks = dict(zip(found, re.findall(r'<p class="advice__why">([^<]+?) ?<', html), strict=True))
    assert blocks[escape(mapping.text)] == "Because you answered “no” to this question."
    assert blocks[escape(audits.text)] == "Because you answered “partly” to this question."
    assert f"<strong>What to do next:</strong> {escape(mapping.next_step)}" in html
    assert f"<strong>What to aim for:</strong> {escape(mapping.help)}" in html
    french = client.get(result_url().replace("/en/", "/fr/")).content.decode()
    assert escape(mapping.translation("next_step", "fr")) in french
    assert "In the library under: Map the supply chain." in html
    assert "It fits your tiers (Downstream) and your minerals (Tin)." in html
    assert "(your note: Not yet.)" in html
    # The library, filtered the same way, lists the same resources.
    link = "/en/resources/?need=map-supply-chain&amp;tier=downstream&amp;mineral=tin"
    assert link in html
    library = client.get(link.replace("&amp;", "&")).content.decode()
    for title in ("Map for downstream tin", "Map, all tiers"):
        assert title in library
    for title in ("Eastern DRC mine map", "Map for gold only", "Risk guide"):
        assert title not in library


def test_resources_pinned_to_a_question_come_first_if_they_fit(client, editor, alpha):
    check = answer_all(Check.objects.create(organisation=alpha, date=today()), uniform("yes"))
    question = questions()[5][0]
    Answer.objects.filter(due_diligence_check=check, question=question).update(value="no")
    with_needs(question, "report-publicly")
    factories.resource("Reporting guide", needs=["report-publicly"], tiers=["downstream"],
                       minerals=["tin"])  # fmt: skip
    pinned = factories.resource("Chosen template", tiers=["downstream"], minerals=["tin"])
    unfit = factories.resource("Chosen, upstream", tiers=["upstream"], minerals=["tin"])
    question.resources.set([pinned, unfit])
    client.force_login(editor)
    html = client.get(result_url()).content.decode()
    assert advice(html)[escape(question.text)] == ["Chosen template", "Reporting guide"]
    assert "Chosen by the EPRM secretariat for this question." in html
    assert "Chosen, upstream" not in html


def test_an_organisation_without_tiers_or_minerals_gets_every_resource_of_the_need(
    client, editor, alpha
):
    alpha.supply_chain_tiers.clear()
    alpha.minerals.clear()
    check = answer_all(Check.objects.create(organisation=alpha, date=today()), uniform("yes"))
    question = questions()[2][0]
    Answer.objects.filter(due_diligence_check=check, question=question).update(value="no")
    with_needs(question, "map-supply-chain")
    factories.resource("Eastern DRC mine map", needs=["map-supply-chain"], tiers=["upstream"])
    client.force_login(editor)
    html = client.get(result_url()).content.decode()
    assert advice(html)[escape(question.text)] == ["Eastern DRC mine map"]
    assert "Your profile records no tier or mineral yet" in html
    assert '/en/resources/?need=map-supply-chain"' in html


def test_a_check_answered_yes_throughout_advises_nothing(client, editor, alpha):
    answer_all(Check.objects.create(organisation=alpha, date=today()), uniform("yes"))
    factories.resource("Map for tin", needs=["map-supply-chain"], minerals=["tin"],
                       tiers=["downstream"])  # fmt: skip
    client.force_login(editor)
    html = client.get(result_url()).content.decode()
    assert advice(html) == {}
    assert "Map for tin" not in html
    assert "You answered “yes” or “not applicable” to every question." in html


def test_the_results_show_each_answer_and_note(client, editor, alpha):
    check = answer_all(Check.objects.create(organisation=alpha, date=today()))
    question = questions()[3][4]
    Answer.objects.filter(due_diligence_check=check, question=question).update(
        note="Only <for> tin."
    )
    client.force_login(editor)
    html = client.get(result_url()).content.decode()
    section = re.search(r'aria-labelledby="answers-heading"[^>]*>(.*?)</section>', html, re.S)
    rows = re.findall(
        r'<tr><th scope="row">([^<]+)</th><td class="answer[^"]*">([^<]+)</td><td>([^<]*)</td>',
        section.group(1),
    )
    assert len(rows) == 25
    labels = {"yes": "Yes", "partly": "Partly", "no": "No", "na": "Not applicable"}
    expected = [
        (escape(q.text), labels[PATTERN[step][i]], "—")
        for step, qs in questions().items()
        for i, q in enumerate(qs)
    ]
    expected[14] = (expected[14][0], expected[14][1], "Only &lt;for&gt; tin.")
    assert rows == expected


# Privacy -------------------------------------------------------------------------------------


def test_results_are_not_leaked_to_other_organisations_or_staff(
    client, django_user_model, editor, alpha
):
    answer_all(Check.objects.create(organisation=alpha, date=today()))
    beta = Organisation.objects.create(name="Beta Mining", pillar="supply-chain-actor")
    answer_all(Check.objects.create(organisation=beta, date=today()), uniform("partly"))
    other = django_user_model.objects.create_user("olga", "olga@example.org", "pw")
    Membership.objects.create(user=other, organisation=beta, role=Membership.Role.EDITOR)
    staff = django_user_model.objects.create_user("sam", "sam@example.org", "pw", is_staff=True)
    staff.user_permissions.set(
        Permission.objects.filter(content_type__app_label__in=["members", "checks"])
    )

    alpha_pages = [f"{BASE}/", check_url(), result_url(), "/en/my/organisations/alpha-metals/"]
    beta_pages = [
        "/en/members/",
        "/en/members/beta-mining/",
        "/en/my/organisation/",
        "/en/my/organisations/beta-mining/",
        "/en/my/organisations/beta-mining/checks/",
        f"/en/my/organisations/beta-mining/checks/{today().isoformat()}/result/",
        "/en/my/organisations/beta-mining/history/",
    ]
    visitor = Client()
    visitor.force_login(other)
    for path in alpha_pages:
        response = visitor.get(path)
        assert response.status_code == 404, path
        assert "Alpha" not in response.content.decode(), path
    for path in beta_pages:
        response = visitor.get(path, follow=True)
        assert response.status_code == 200, path
        assert "Alpha" not in response.content.decode(), path
    beta_result = visitor.get(beta_pages[5]).content.decode()
    assert step_scores_table(beta_result) == dict.fromkeys(range(1, 6), "50")

    visitor.force_login(staff)
    for path in alpha_pages:
        response = visitor.get(path)
        assert response.status_code == 404, path
        assert "Alpha" not in response.content.decode(), path
    # The admin has no page for one organisation's checks or answers...
    for path in ("/admin/checks/check/", "/admin/checks/answer/"):
        assert visitor.get(path).status_code == 404
    # ...and the statistics across members name nobody below five organisations.
    stats = visitor.get("/admin/checks/question/results/").content.decode()
    assert "Alpha" not in stats and "Beta Mining" not in stats


# Editors' statistics -------------------------------------------------------------------------


@pytest.fixture
def staff_client(django_user_model):
    staff = django_user_model.objects.create_user("sam", "sam@example.org", "pw", is_staff=True)
    staff.user_permissions.set(
        Permission.objects.filter(content_type__app_label__in=["members", "checks"])
    )
    browser = Client()
    browser.force_login(staff)
    return browser


STATS = "/admin/checks/question/results/"


def scored_organisations(count, first_step_values):
    """`count` organisations with a finished check; step 1 answered with the given values
    (one per organisation), every other step "yes", except step 5 which only the first four
    organisations answer."""
    organisations = []
    for number, value in zip(range(count), first_step_values, strict=True):
        organisation = Organisation.objects.create(
            name=f"Scored Organisation {number}", pillar="civil-society"
        )
        pattern = {**uniform("yes"), 1: [value] * 5}
        if number >= 4:
            pattern[5] = ["na"] * 5
        answer_all(Check.objects.create(organisation=organisation, date=today()), pattern)
        organisations.append(organisation)
    return organisations


def test_statistics_show_the_distribution_of_the_latest_finished_scores(staff_client):
    organisations = scored_organisations(5, ["yes", "yes", "partly", "no", "no"])
    # An earlier check of the first organisation and a draft of another do not count.
    answer_all(
        Check.objects.create(organisation=organisations[0], date=datetime.date(2024, 1, 1)),
        uniform("no"),
    )
    answer_all(
        Check.objects.create(organisation=organisations[3], date=datetime.date(2030, 1, 1)),
        uniform("yes"),
        status=Check.Status.DRAFT,
    )
    response = staff_client.get(STATS)
    assert response.status_code == 200
    steps = {row["step"].number: row for row in response.context["steps"]}
    assert steps[1]["answered"] == 5
    assert steps[1]["buckets"] == [
        ("0–19", 2),
        ("20–39", 0),
        ("40–59", 1),
        ("60–79", 0),
        ("80–100", 2),
    ]
    assert steps[1]["median"] == 50
    assert steps[2]["buckets"][-1] == ("80–100", 5)
    assert steps[5]["answered"] == 4
    html = response.content.decode()
    assert "The latest finished checks of 5 organisations." in html
    table = re.search(r"<tbody>(.*?)</tbody>", html, re.S).group(1)
    row = re.search(r'<th scope="row">Step 1:[^<]*</th>((?:<td>[^<]*</td>)+)', table).group(1)
    assert re.findall(r"<td>([^<]*)</td>", row) == ["5", "2", "0", "1", "0", "2", "50"]


@pytest.mark.parametrize("count", [4, 5, 6])
def test_statistics_never_name_an_organisation_with_its_score(staff_client, count):
    scored_organisations(count, ["yes", "yes", "partly", "no", "no", "yes"][:count])
    response = staff_client.get(STATS)
    assert "Scored Organisation" not in response.content.decode()
    assert all("named" not in row for row in response.context["steps"])


def stats_rows(html):
    """{step number: [cells]} of the table of bands, as text."""
    table = re.search(r"<tbody>(.*?)</tbody>", html, re.S).group(1)
    rows = {}
    for number, cells in re.findall(r'<tr><th scope="row">Step (\d):[^<]*</th>(.*?)</tr>', table):
        rows[int(number)] = [
            " ".join(cell.split()) for cell in re.findall(r"<td[^>]*>(.*?)</td>", cells, re.S)
        ]
    return rows


TOO_FEW = "Too few to show"


@pytest.mark.parametrize("count", [1, 4, 5])
def test_statistics_show_no_figure_from_fewer_than_five_organisations(staff_client, count):
    # Step 1 scores 50 for each organisation: a single one's score must not show as a median.
    scored_organisations(count, ["partly"] * count)
    response = staff_client.get(STATS)
    assert response.status_code == 200
    html = response.content.decode()
    rows = stats_rows(html)
    steps = {row["step"].number: row for row in response.context["steps"]}
    # Steps 1 to 4 have a score from every organisation, step 5 from the first four at most.
    for number in range(1, 6):
        scored = min(count, 4) if number == 5 else count
        assert steps[number]["answered"] == scored
        assert rows[number][0] == str(scored)
        if scored >= 5:
            assert TOO_FEW not in " ".join(rows[number])
            expected_band = "5"
            assert rows[number][1:] == (
                ["0", "0", expected_band, "0", "0", "50"]
                if number == 1
                else ["0", "0", "0", "0", expected_band, "100"]
            )
        else:
            # No band, no count per band, no median: the figures never reach the page.
            assert steps[number]["buckets"] is None and steps[number]["median"] is None
            assert rows[number][1:] == [f"{TOO_FEW} (fewer than 5 organisations)"]
    if count < 5:
        assert ">50<" not in html and ">100<" not in html
        assert "Scored Organisation" not in html
