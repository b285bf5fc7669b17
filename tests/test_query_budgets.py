"""Public pages answer in a bounded number of SQL queries, whatever the data size."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from eprm_hub.models import SDG, Mineral
from members.models import Organisation
from projects.models import Indicator, Location, Partnership, Project

from . import factories

pytestmark = pytest.mark.django_db

PAGES = [
    "/en/",
    "/en/resources/",
    "/en/resources/?q=gold&mineral=gold",
    "/en/members/",
    "/en/members/?q=metals&pillar=supply-chain-actor",
    "/en/members/member-1/",
    "/en/projects/",
    "/en/projects/?q=gold&mineral=gold&status=ongoing",
    "/en/projects/project-1/",
    "/en/projects/overview/",
    "/en/projects/iati.xml",
    "/en/projects/export.csv",
]


def grow(size):
    """size of everything: resources, members, projects with partners, indicators and places."""
    gold = Mineral.objects.get(slug="gold")
    goals = list(SDG.objects.all()[:3])
    start = Organisation.objects.count()
    for n in range(start + 1, start + size + 1):
        factories.resource(f"Gold guide {n}", minerals=["gold"], needs=["assess-risks"])
        member = Organisation.objects.create(
            name=f"Member {n}", slug=f"member-{n}", pillar="supply-chain-actor",
            description="Metals trader.",
        )  # fmt: skip
        member.minerals.add(gold)
        project = Project.objects.create(
            title=f"Gold project {n}", slug=f"project-{n}", summary="Gold mining.",
            countries=["CD", "RW"], start_year=2020, is_published=True,
        )  # fmt: skip
        project.minerals.add(gold)
        project.sdgs.set(goals)
        Partnership.objects.create(project=project, organisation=member, role="lead")
        Indicator.objects.create(project=project, name="Miners trained", unit="people", target=10)
        Location.objects.create(project=project, name="Bukavu", latitude=-2.5, longitude=28.8)


def queries(client, path):
    client.get(path)  # the first request of a process builds the facet indexes
    with CaptureQueriesContext(connection) as captured:
        assert client.get(path).status_code == 200, path
    return len(captured)


def test_queries_stay_within_budget_and_do_not_grow_with_the_data(client):
    grow(3)  # "Did you mean" asks for suggestions below three matches: stay above
    small = {path: queries(client, path) for path in PAGES}
    grow(8)
    large = {path: queries(client, path) for path in PAGES}
    for path in PAGES:
        assert small[path] <= 12, (path, small[path])
        assert large[path] == small[path], (path, small[path], large[path])
