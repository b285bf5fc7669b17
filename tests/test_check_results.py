"""The results of a Due Diligence Check beyond its scores: the members' median beside them (only
from five organisations), one colour per check on every chart, dates in the page's language,
and the results as a PDF that opens and carries the scores and the charts' data.

Taking the check, its scores and its advice are in test_members_check.py.
"""

import datetime
import io
import re

import pytest
from pypdf import PdfReader

from checks import pdf
from checks.models import Check
from members.models import Organisation
from tests import test_members_check
from tests.test_members_check import BASE, answer_all, result_url, today, uniform

pytestmark = pytest.mark.django_db

alpha, editor = test_members_check.alpha, test_members_check.editor  # the same fixtures

# Step 1: yes, yes, partly, no, no → 5 scores 100, 100, 50, 0, 0 with Alpha's own.
STEP1 = ["yes", "yes", "partly", "no"]


def others(values):
    """One organisation per value with a finished check: step 1 all that value, steps 2–4
    yes, step 5 not applicable (so no organisation has a score for it)."""
    for number, value in enumerate(values):
        organisation = Organisation.objects.create(
            name=f"Other Organisation {number}", pillar="civil-society"
        )
        pattern = {**uniform("yes"), 1: [value] * 5, 5: ["na"] * 5}
        answer_all(Check.objects.create(organisation=organisation, date=today()), pattern)


def score_rows(html):
    section = re.search(r'aria-labelledby="scores-heading">(.*?)</section>', html, re.S).group(1)
    body = re.search(r"<tbody>(.*?)</tbody>", section, re.S).group(1)
    return [
        re.findall(r"<td>(?:<span[^>]*>)?([^<]*)", row)
        for row in re.findall(r"<tr>(.*?)</tr>", body, re.S)
    ]


def test_the_members_median_shows_beside_each_step_scored_by_five(client, editor, alpha):
    others(STEP1)
    answer_all(Check.objects.create(organisation=alpha, date=today()), uniform("no"))
    client.force_login(editor)
    html = client.get(result_url()).content.decode()
    assert "Members' median" in html
    rows = score_rows(html)
    # Step 1: 100, 100, 50, 0 and Alpha's 0 → 50; steps 2–4: 100 ×4 and 0 → 100;
    # step 5: only Alpha has a score, so there is no median to show.
    assert rows == [
        ["0", "50"],
        ["0", "100"],
        ["0", "100"],
        ["0", "100"],
        ["0", "Too few to compare"],
    ]


def test_no_median_shows_below_five_organisations(client, editor, alpha):
    others(STEP1[:3])  # four organisations with Alpha
    answer_all(Check.objects.create(organisation=alpha, date=today()), uniform("no"))
    client.force_login(editor)
    html = client.get(result_url()).content.decode()
    assert "Members' median" not in html
    assert score_rows(html) == [["0"]] * 5
    # A draft or an earlier check of the same organisation never makes up the number.
    answer_all(
        Check.objects.create(organisation=alpha, date=datetime.date(2024, 1, 1)),
        uniform("yes"),
    )
    answer_all(
        Check.objects.create(
            organisation=Organisation.objects.create(name="Drafting", pillar="government"),
            date=today(),
        ),
        uniform("yes"),
        status=Check.Status.DRAFT,
    )
    assert "Members' median" not in client.get(result_url()).content.decode()


def legend(svg):
    """{legend text: colour} of a grouped bar chart."""
    swatch = r'<rect class="chart__swatch"[^>]*fill="(#[0-9a-f]{6})"/><text[^>]*>([^<]+)</text>'
    return {text: colour for colour, text in re.findall(swatch, svg)}


def test_one_colour_per_check_on_every_chart_with_dates_in_the_page_language(client, editor, alpha):
    dates = [datetime.date(2023, 5, 20), datetime.date(2024, 5, 20), datetime.date(2025, 5, 20)]
    for date in dates:
        answer_all(Check.objects.create(organisation=alpha, date=date), uniform("partly"))
    client.force_login(editor)
    checks_page = client.get(f"{BASE}/").content.decode()
    on_checks = legend(checks_page)
    assert list(on_checks) == ["20 May 2023", "20 May 2024", "20 May 2025"]  # no ISO dates
    assert len(set(on_checks.values())) == 3
    middle = client.get(result_url(dates[1])).content.decode()
    on_middle = legend(middle)
    assert list(on_middle) == ["20 May 2023", "20 May 2024"]
    assert on_middle == {date: on_checks[date] for date in on_middle}
    # The step scores of a check are drawn in that check's colour.
    scores_chart = re.search(r'<svg[^>]*id="scores".*?</svg>', middle, re.S).group(0)
    assert set(re.findall(r'class="chart__bar"[^>]*fill="([^"]+)"', scores_chart)) == {
        on_checks["20 May 2024"]
    }
    french = client.get(f"/fr/my/organisations/alpha-metals/checks/{dates[2]}/result/")
    assert list(legend(french.content.decode())) == ["20 mai 2023", "20 mai 2024", "20 mai 2025"]


def pdf_text(response):
    reader = PdfReader(
        io.BytesIO(b"".join(response.streaming_content) if response.streaming else response.content)
    )
    return reader, "\n".join(page.extract_text() for page in reader.pages)


def test_the_results_download_as_a_pdf_with_the_scores_and_the_charts(client, editor, alpha):
    answer_all(Check.objects.create(organisation=alpha, date=datetime.date(2024, 3, 1)),
               uniform("no"))  # fmt: skip
    answer_all(Check.objects.create(organisation=alpha, date=today()))
    client.force_login(editor)
    html = client.get(result_url()).content.decode()
    link = f"{BASE}/{today().isoformat()}/result.pdf"
    assert f'href="{link}"' in html
    response = client.get(link)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "attachment" in response["Content-Disposition"]
    reader, text = pdf_text(response)
    assert len(reader.pages) >= 2
    flat = " ".join(text.split())
    assert "Results of the check of" in flat and "ALPHA METALS" in flat.upper()
    assert "Overall score 48" in flat
    # The scores table, and the charts' own text: their titles, bar values and legend dates.
    for step, score in [(1, "100"), (2, "33"), (3, "60"), (4, "0")]:
        assert re.search(rf"Step {step}: [^\n]*? {score}\b", flat), step
    assert "1 March 2024" in flat and today().strftime("%-d %B %Y") in flat
    assert flat.count("no answer") >= 1  # step 5's bar in the chart: all not applicable
    assert "Your answers" in flat
    # The site's navigation is not printed.
    assert "Log out" not in flat


def test_the_pdf_is_not_for_other_organisations(client, editor, alpha, django_user_model):
    answer_all(Check.objects.create(organisation=alpha, date=today()))
    outsider = django_user_model.objects.create_user("olga", "olga@example.org", "pw")
    client.force_login(outsider)
    assert client.get(f"{BASE}/{today().isoformat()}/result.pdf").status_code == 404


def test_without_weasyprint_the_pdf_link_says_so_with_a_503(client, editor, alpha, monkeypatch):
    answer_all(Check.objects.create(organisation=alpha, date=today()))

    def unavailable(html, base_url):
        raise pdf.Unavailable("cannot load library 'libpango-1.0-0'")

    monkeypatch.setattr(pdf, "from_html", unavailable)
    client.force_login(editor)
    response = client.get(f"{BASE}/{today().isoformat()}/result.pdf")
    assert response.status_code == 503
    assert "The PDF cannot be made just now" in response.content.decode()


def test_a_one_page_summary_pdf_beside_the_full_report(client, editor, alpha):
    """The scores, the chart and the three next steps, on one page, linked beside the report;
    the header's subtitle on one line (the summary's text has it whole)."""
    answer_all(Check.objects.create(organisation=alpha, date=today()), uniform("no"))
    client.force_login(editor)
    html = client.get(result_url()).content.decode()
    link = f"{BASE}/{today().isoformat()}/result-summary.pdf"
    assert f'href="{link}"' in html
    for language, title, steps in [
        ("en", "Summary of the check of", "The next three steps"),
        ("de", "Zusammenfassung des Checks vom", "Die nächsten drei Schritte"),
    ]:
        response = client.get(link.replace("/en/", f"/{language}/", 1))
        assert response.status_code == 200
        assert response["Content-Type"] == "application/pdf"
        assert "-summary.pdf" in response["Content-Disposition"]
        reader, text = pdf_text(response)
        assert len(reader.pages) == 1
        flat = " ".join(text.split())
        assert title in flat and steps in flat
        assert "100" in flat  # the chart's scale
        lines = [line.strip() for line in text.splitlines()]
        subtitle = {
            "en": "European Partnership for Responsible Minerals",
            "de": "Europäische Partnerschaft für verantwortungsvolle Minerale",
        }[language]
        assert subtitle in lines  # on one line, not wrapped
        # Three next steps, numbered, and not the full report's answers.
        assert "Your answers" not in flat and "Ihre Antworten" not in flat


def test_the_full_pdf_header_keeps_its_subtitle_on_one_line(client, editor, alpha):
    answer_all(Check.objects.create(organisation=alpha, date=today()))
    client.force_login(editor)
    for language, subtitle in [
        ("en", "European Partnership for Responsible Minerals"),
        ("de", "Europäische Partnerschaft für verantwortungsvolle Minerale"),
    ]:
        response = client.get(f"/{language}{BASE[3:]}/{today().isoformat()}/result.pdf")
        reader, _text = pdf_text(response)
        first = [line.strip() for line in reader.pages[0].extract_text().splitlines()]
        assert subtitle in first
