"""A project's page and the portfolio overview /en/projects/overview/."""

import datetime
import html
import re
from collections import Counter
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django_countries import countries

from eprm_hub.models import SDG, Mineral
from projects.models import Document, Indicator, Location, Project, Status

from .project_factories import call, organisation, project

pytestmark = pytest.mark.django_db


def text_of(fragment):
    """The text of an HTML fragment, tags removed and spaces collapsed."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def h2s(page):
    return [text_of(h) for h in re.findall(r"<h2[^>]*>(.*?)</h2>", page, re.S)]


# The project's page --------------------------------------------------------------------------


@pytest.fixture
def full_project(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    member = organisation("Alpha Metals", pillar="supply-chain-actor")
    hidden_member = organisation("Quiet Member", public=False)
    partner = organisation("Local NGO", member=False, public=False)
    item = project(
        "Gold in Kivu",
        summary="Artisanal gold, traced.",
        description="The longer story.",
        objectives="Trace 20 sites.",
        lessons_learned="Start with the cooperatives.",
        countries=["CD", "RW"],
        minerals=["gold", "tin"],
        sdgs=[5, 8],
        partners=[(member, "lead"), (partner, "implementing"), (hidden_member, "advisory")],
        call=call("Third call", 2020),
        start_date=datetime.date(2021, 1, 1),
        end_date=datetime.date(2023, 12, 31),
        total_budget=Decimal("1000000"),
        eprm_grant=Decimal("800000"),
        gender_focus="principal",
        website="https://example.org/kivu",
        iati_identifier="NL-KVK-27378529-EPRM20S19",
    )
    Indicator.objects.create(
        project=item, name="Miners trained", unit="people", baseline=0, target=200, actual=50
    )
    Indicator.objects.create(project=item, name="Sites audited", unit="mine sites", target=12)
    Location.objects.create(project=item, name="Bukavu", latitude="-2.50830", longitude="28.86080")
    Location.objects.create(project=item, name="Kigali", latitude="-1.94410", longitude="30.06190")
    Document.objects.create(project=item, title="Case study", url="https://example.org/case")
    Document.objects.create(
        project=item,
        title="Final report",
        file=SimpleUploadedFile("final-report.pdf", b"%PDF-1.4\n%%EOF\n"),
    )
    return item


def test_partners_are_listed_with_roles_and_members_linked(client, full_project):
    page = client.get(full_project.get_absolute_url()).content.decode()
    partners = re.search(r'<ul class="partner-list">(.*?)</ul>', page, re.S)[1]
    items = [text_of(li) for li in re.findall(r"<li>(.*?)</li>", partners, re.S)]
    assert items == [
        "Alpha Metals EPRM member · Lead organisation All projects with Alpha Metals",
        "Local NGO · Implementing partner All projects with Local NGO",
        "Quiet Member · Technical or advisory partner All projects with Quiet Member",
    ]
    # Only the public member links to its member page.
    assert '<a href="/en/members/alpha-metals/">Alpha Metals</a>' in partners
    assert "/en/members/local-ngo/" not in page
    assert "/en/members/quiet-member/" not in page
    assert 'href="/en/projects/?partner=local-ngo"' in partners


def test_indicators_show_progress_towards_the_target(client, full_project):
    page = client.get(full_project.get_absolute_url()).content.decode()
    table = re.search(r'<table class="data-table indicators">(.*?)</table>', page, re.S)[1]
    rows = [
        [text_of(cell) for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)]
        for row in re.findall(r"<tr>(.*?)</tr>", table.split("<tbody>")[1], re.S)
    ]
    assert rows == [
        ["Miners trained (people)", "0", "200", "50", "25%"],
        ["Sites audited (mine sites)", "—", "12", "—", "—"],
    ]
    assert '<rect width="25" height="10"' in table  # the bar is a quarter long


@pytest.mark.parametrize(
    ("baseline", "target", "actual", "progress"),
    [
        (0, 200, 50, 25),
        (None, 200, 50, 25),
        (10, 110, 60, 50),
        (10, 110, 500, 100),  # beyond the target: full
        (50, 100, 20, 0),  # fell below the baseline: nothing
        (100, 20, 60, 50),  # a target below the baseline (less is better)
        (5, 5, 5, 100),
        (5, 5, 4, 0),
        (0, 200, None, None),
        (0, None, 50, None),
    ],
)
def test_indicator_progress(baseline, target, actual, progress):
    indicator = Indicator(name="x", unit="y", baseline=baseline, target=target, actual=actual)
    assert indicator.progress == progress


def test_sdgs_locations_documents_and_facts(client, full_project):
    page = client.get(full_project.get_absolute_url()).content.decode()
    badges = re.findall(r'<a class="sdg-badge" href="([^"]+)">(.*?)</a>', page, re.S)
    assert [(href, text_of(body)) for href, body in badges] == [
        ("/en/projects/?sdg=5", "5 SDG 5: Gender equality"),
        ("/en/projects/?sdg=8", "8 SDG 8: Decent work and economic growth"),
    ]
    places = re.search(r'<ul class="places">(.*?)</ul>', page, re.S)[1]
    assert [text_of(li) for li in re.findall(r"<li>(.*?)</li>", places, re.S)] == [
        "Bukavu (-2.508, 28.861)",
        "Kigali (-1.944, 30.062)",
    ]
    documents = re.search(r'id="documents-heading">Documents</h2>\s*<ul[^>]*>(.*?)</ul>', page)[1]
    pdf = Document.objects.get(title="Final report").file
    assert pdf.name.startswith("project-documents/") and pdf.name.endswith(".pdf")
    assert '<a href="https://example.org/case" rel="external noopener">Case study</a>' in documents
    assert f'<a href="/media/{pdf.name}">Final report</a> <span class="muted">(PDF)</span>' in (
        documents
    )
    assert pdf.read().startswith(b"%PDF-")
    facts = text_of(re.search(r'<dl class="facts">(.*?)</dl>', page, re.S)[1])
    for fact in (
        f"Countries {countries.name('CD')} {countries.name('RW')}",
        "Minerals Tin Gold",
        "Period 1 Jan 2021 – 31 Dec 2023",
        "Status Completed (from the dates)",
        "Call for proposals Third call",
        "EPRM grant €800,000",
        "Total budget €1,000,000 (€200,000 from others)",
        "Gender focus Principal objective",
        "Open data IATI 2.03 XML NL-KVK-27378529-EPRM20S19",
    ):
        assert fact in facts, fact
    assert {"Objectives", "Partners", "Results", "Lessons learned", "Where it works"} <= set(
        h2s(page)
    )


def test_a_project_with_every_optional_field_empty_reads_well(client):
    item = project("Bare project", summary="Only a title and a summary.")
    response = client.get(item.get_absolute_url())
    assert response.status_code == 200
    page = response.content.decode()
    assert "None" not in page
    assert "The partners are not recorded yet." in page
    assert "No result indicators are published for this project yet." in page
    facts = text_of(re.search(r'<dl class="facts">(.*?)</dl>', page, re.S)[1])
    assert "Period start not known – end not known" in facts
    assert "Status Planned (from the dates)" in facts
    assert "EPRM grant not published" in facts
    assert "Sustainable Development Goals not recorded" in facts
    for absent in ("Countries", "Minerals", "Call for proposals", "Total budget", "Gender focus"):
        assert absent not in facts
    # No heading without content under it.
    headings = h2s(page)
    for heading in ("Objectives", "Lessons learned", "Where it works", "Documents"):
        assert heading not in headings
    assert {"Partners", "Results", "About this project"} <= set(headings)
    assert not re.search(r"<h[1-6][^>]*>\s*</h[1-6]>", page)
    assert not re.search(r"<(ul|dd|ol)[^>]*>\s*</\1>", page)


def test_a_planned_project_shows_its_planned_status(client):
    item = project("Soon", start_year=2100)
    page = client.get(item.get_absolute_url()).content.decode()
    assert '<span class="status-badge status-badge--planned">Planned</span>' in page


# The overview ------------------------------------------------------------------------------


def figure(page, label):
    match = re.search(rf"<dt>{label}(?: <span[^>]*>[^<]*</span>)?</dt><dd>(.*?)</dd>", page, re.S)
    assert match, label
    return text_of(match[1])


def breakdown(page, key):
    """(has a chart, rows of the table) of one breakdown section."""
    section = re.search(rf'aria-labelledby="{key}-heading">(.*?)</section>', page, re.S)[1]
    chart = re.search(r"<svg[^>]*>", section)
    has_chart = bool(chart) and 'role="img"' in chart[0]
    rows = re.findall(r'<tr><th scope="row">(.*?)</th><td>(\d+)</td></tr>', section, re.S)
    return has_chart, [(html.unescape(label), int(n)) for label, n in rows]


def euros(amount):
    return f"€{amount:,.0f}"


@pytest.fixture
def overview_portfolio():
    first = call("First call", 2017)
    third = call("Third call", 2020)
    alpha = organisation("Alpha Metals")
    a = project(
        "Gold in Kivu",
        countries=["CD", "RW"],
        minerals=["gold"],
        sdgs=[5, 8],
        call=first,
        partners=[(alpha, "lead")],
        start_year=2018,
        end_year=2020,
        eprm_grant=Decimal("200000"),
        total_budget=Decimal("250000.50"),
    )
    b = project(
        "Tin traceability",
        countries=["CD"],
        minerals=["tin", "tantalum"],
        sdgs=[8],
        call=third,
        start_year=2100,
        eprm_grant=Decimal("300000"),
        total_budget=Decimal("400000"),
    )
    c = project(
        "Colombian gold",
        countries=["CO"],
        minerals=["gold"],
        start_year=2019,
        eprm_grant=Decimal("500000"),  # no total budget: no co-funding known
    )
    d = project(
        "Cobalt in Zambia",
        countries=["ZM", "CD"],
        minerals=["cobalt"],
        sdgs=[8, 12],
        call=third,
        total_budget=Decimal("90000"),  # no grant: no co-funding known
        status_override="ongoing",
    )
    draft = project(
        "Draft",
        countries=["BF"],
        minerals=["mica"],
        sdgs=[1],
        call=call("Later call", 2023),
        eprm_grant=Decimal("999999"),
        total_budget=Decimal("1999999"),
        is_published=False,
    )
    for item, name, unit, target, actual in [
        (a, "Miners trained", "people", 500, 420),
        (b, " miners TRAINED ", "People", 200, 30),
        (c, "Miners trained", "%", 50, 20),  # another unit: another row
        (d, "Sites audited", "mine sites", 10, 3),
        (draft, "Miners trained", "people", 10000, 10000),  # not published
    ]:
        Indicator.objects.create(project=item, name=name, unit=unit, target=target, actual=actual)
    return [a, b, c, d]


def test_the_overview_figures_equal_a_count_over_the_published_projects(client, overview_portfolio):
    page = client.get("/en/projects/overview/").content.decode()
    published = list(Project.objects.published())
    assert len(published) == 4
    grant = sum(p.eprm_grant for p in published if p.eprm_grant is not None)
    co_funding = sum(
        p.total_budget - p.eprm_grant
        for p in published
        if p.total_budget is not None and p.eprm_grant is not None
    )
    assert (grant, co_funding) == (Decimal("1000000"), Decimal("150000.50"))
    assert figure(page, "projects") == str(len(published))
    countries = {c.code for p in published for c in p.countries}
    assert figure(page, "countries with EPRM projects") == str(len(countries))
    assert figure(page, "EPRM grants") == euros(grant)
    assert figure(page, "co-funding by others") == euros(co_funding)
    assert 'EPRM grants <span class="figure__coverage">known for 3 of 4 projects</span>' in page


def test_the_overview_breakdowns_equal_a_count_in_python(client, overview_portfolio):
    page = client.get("/en/projects/overview/").content.decode()
    published = list(Project.objects.published().prefetch_related("minerals", "sdgs"))

    minerals = Counter(m.slug for p in published for m in p.minerals.all())
    expected = [(m.name, minerals[m.slug]) for m in Mineral.objects.all() if minerals[m.slug]]
    assert expected == [("Tin", 1), ("Tantalum", 1), ("Gold", 2), ("Cobalt", 1)]
    assert breakdown(page, "minerals") == (True, expected)

    by_country = Counter(c.code for p in published for c in p.countries)
    has_chart, rows = breakdown(page, "countries")
    assert has_chart
    assert dict(rows) == {countries.name(code): n for code, n in by_country.items()}
    assert rows[0] == (countries.name("CD"), 3)  # the most projects first

    statuses = Counter(p.status for p in published)
    assert breakdown(page, "status") == (
        True,
        [(label, statuses[value]) for value, label in Status.choices],
    )
    assert statuses == {"completed": 1, "planned": 1, "ongoing": 2}

    years = Counter(p.call.year for p in published if p.call)
    before = sum(1 for p in published if p.call is None)
    assert breakdown(page, "calls") == (
        True,
        [(str(y), n) for y, n in sorted(years.items())] + [("Before the first call", before)],
    )
    assert years == {2017: 1, 2020: 2}

    goals = Counter(g.number for p in published for g in p.sdgs.all())
    assert breakdown(page, "sdgs") == (
        True,
        [(f"{g.number}. {g.name}", goals[g.number]) for g in SDG.objects.all() if goals[g.number]],
    )
    assert goals == {5: 1, 8: 3, 12: 1}


def test_indicators_with_the_same_name_and_unit_are_summed(client, overview_portfolio):
    page = client.get("/en/projects/overview/").content.decode()
    section = re.search(r'aria-labelledby="indicators-heading">(.*?)</section>', page, re.S)[1]
    rows = [
        [text_of(cell) for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)]
        for row in re.findall(r"<tr>(.*?)</tr>", section.split("<tbody>")[1], re.S)
    ]
    assert sorted(rows) == [
        ["Miners trained (%)", "1", "50", "20"],
        ["Miners trained (people)", "2", "700", "450"],
        ["Sites audited (mine sites)", "1", "10", "3"],
    ]
    assert rows[-1][0] == "Sites audited (mine sites)"  # by name


def test_an_empty_overview_says_so(client):
    project("Draft only", minerals=["gold"], is_published=False)
    response = client.get("/en/projects/overview/")
    assert response.status_code == 200
    page = response.content.decode()
    assert figure(page, "projects") == "0"
    assert figure(page, "EPRM grants") == "—"
    assert page.count("Not recorded for any project yet.") == 4  # the statuses list all three
    assert "No result indicators are published yet." in page
    assert "None" not in page
