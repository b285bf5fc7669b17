"""Figures that agree and say their coverage: each headline figure of the home page and the
portfolio overview, computed again in plain SQL over the demo content."""

import io
import re

import lxml.html
import pytest
from django.core.management import call_command
from django.db import connection

from eprm_hub.templatetags.hub import euros

pytestmark = pytest.mark.django_db


def sql(query):
    with connection.cursor() as cursor:
        cursor.execute(query)
        return cursor.fetchone()


def figures(client, path):
    """{label: (value as shown, coverage as shown)} of a page's figures."""
    tree = lxml.html.fromstring(client.get(path).content.decode())
    found = {}
    for figure in tree.xpath("//div[contains(@class, 'figure')][dt]"):
        dt = figure.xpath("dt")[0]
        coverage = "".join(dt.xpath("span[@class='figure__coverage']//text()")).strip()
        label = (dt.text or "").strip()
        found[label] = (figure.xpath("dd")[0].text_content().strip(), coverage)
    return found


@pytest.fixture
def demo():
    call_command("seed_demo", stdout=io.StringIO())


def test_the_headline_figures_equal_plain_sql_and_agree(client, demo):
    projects, with_grant, grants = sql(
        "SELECT count(*), count(eprm_grant), sum(eprm_grant) FROM projects_project "
        "WHERE is_published"
    )
    (project_countries,) = sql(
        "SELECT count(DISTINCT code) FROM projects_project, "
        "unnest(string_to_array(countries, ',')) AS code WHERE is_published AND code <> ''"
    )
    with_both, co_funding = sql(
        "SELECT count(*), sum(total_budget - eprm_grant) FROM projects_project "
        "WHERE is_published AND total_budget IS NOT NULL AND eprm_grant IS NOT NULL"
    )
    (member_countries,) = sql(
        "SELECT count(DISTINCT country) FROM members_organisation "
        "WHERE is_member AND is_public AND country <> ''"
    )
    (resources,) = sql("SELECT count(*) FROM resources_resource WHERE status = 'published'")
    (members,) = sql("SELECT count(*) FROM members_organisation WHERE is_member AND is_public")
    # The demo content: what issue 16 found ("15 countries" against 8; €800,000 of 1 of 11).
    # Round 3 added three projects, none with a known grant.
    assert (projects, with_grant, grants) == (14, 1, 800_000)
    assert project_countries != member_countries

    home = figures(client, "/en/")
    overview = figures(client, "/en/projects/overview/")
    label = "countries with EPRM projects"
    assert home[label] == overview[label] == (str(project_countries), "")
    assert home["resources"][0] == str(resources)
    assert home["member organisations"][0] == str(members)
    assert home["projects"][0] == overview["projects"][0] == str(projects)
    assert overview["EPRM grants"] == (euros(grants), "known for 1 of 14 projects")
    assert overview["co-funding by others"] == (
        euros(co_funding) if with_both else "—",
        f"known for {with_both} of 14 projects",
    )


def test_a_sum_says_its_coverage_on_the_french_page_too(client, demo):
    page = client.get("/fr/projects/overview/").content.decode()
    assert re.search(r'class="figure__coverage">[^<]*\b1\b[^<]*\b14\b', page)


def test_an_indicator_summed_over_some_projects_says_how_many(client):
    from projects.models import Indicator, Project

    projects = [
        Project.objects.create(
            title=f"Project {n}", slug=f"p{n}", summary="S.", is_published=True, countries=["CD"]
        )
        for n in range(3)
    ]
    for project, target, actual in zip(projects, [100, 50, None], [80, None, None], strict=True):
        Indicator.objects.create(
            project=project, name="Miners trained", unit="people", target=target, actual=actual
        )
    page = lxml.html.fromstring(client.get("/en/projects/overview/").content)
    section = page.xpath("//section[@aria-labelledby='indicators-heading']")[0]
    row = [" ".join(cell.text_content().split()) for cell in section.xpath(".//tbody/tr[1]/*")]
    assert row == [
        "Miners trained (people)",
        "3",
        "150 (known for 2 of 3 projects)",
        "80 (known for 1 of 3 projects)",
    ]
