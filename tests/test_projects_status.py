"""A project's status: planned, ongoing or completed, from its dates or the editor's override.

The same rule lives twice, as Project.status_on(today) in Python and as
ProjectQuerySet.with_status(today) in SQL (the status facet counts with the latter, the pages
show the former): both are checked against one table, and against each other on random dates.
"""

import datetime

import pytest
from django.db import transaction
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from projects.models import Project, Status

from .project_factories import project

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2024, 6, 15)
D = datetime.date

CASES = [
    # Exact dates.
    ({"start_date": D(2024, 6, 16)}, Status.PLANNED),
    ({"start_date": D(2024, 7, 1), "end_date": D(2025, 6, 30)}, Status.PLANNED),
    ({"start_date": D(2024, 6, 15)}, Status.ONGOING),  # starts today
    ({"start_date": D(2023, 1, 1), "end_date": D(2024, 6, 15)}, Status.ONGOING),  # ends today
    ({"start_date": D(2023, 1, 1), "end_date": D(2024, 6, 14)}, Status.COMPLETED),
    ({"start_date": D(2022, 1, 1), "end_date": D(2023, 12, 31)}, Status.COMPLETED),
    # A start date with only an end year, and the reverse.
    ({"start_date": D(2022, 3, 1), "end_year": 2023}, Status.COMPLETED),
    ({"start_date": D(2022, 3, 1), "end_year": 2024}, Status.ONGOING),
    ({"start_year": 2022, "end_date": D(2024, 6, 1)}, Status.COMPLETED),
    ({"start_year": 2022, "end_date": D(2024, 12, 1)}, Status.ONGOING),
    # Years only.
    ({"start_year": 2025}, Status.PLANNED),
    ({"start_year": 2025, "end_year": 2027}, Status.PLANNED),
    ({"start_year": 2024}, Status.ONGOING),  # this year: started, as far as we know
    ({"start_year": 2020, "end_year": 2024}, Status.ONGOING),  # ends this year
    ({"start_year": 2020}, Status.ONGOING),  # no end known
    ({"start_year": 2020, "end_year": 2023}, Status.COMPLETED),
    # No start known: planned, whatever the end.
    ({}, Status.PLANNED),
    ({"end_year": 2020}, Status.PLANNED),
    ({"end_date": D(2020, 5, 1)}, Status.PLANNED),
    # The editor's override wins over the dates.
    ({"start_year": 2018, "end_year": 2019, "status_override": "ongoing"}, Status.ONGOING),
    ({"start_date": D(2030, 1, 1), "status_override": "completed"}, Status.COMPLETED),
    ({"start_year": 2020, "status_override": "planned"}, Status.PLANNED),
    ({"status_override": "ongoing"}, Status.ONGOING),
]


@pytest.mark.parametrize(("fields", "expected"), CASES)
def test_python_and_sql_give_the_status_of_the_table(fields, expected):
    item = project(**fields)
    assert item.status_on(TODAY) == expected
    annotated = Project.objects.with_status(TODAY).get(pk=item.pk)
    assert annotated.current_status == expected


def test_the_whole_table_in_one_query_agrees_with_python():
    made = {project(**fields).pk: expected for fields, expected in CASES}
    in_sql = dict(Project.objects.with_status(TODAY).values_list("pk", "current_status"))
    in_python = {item.pk: item.status_on(TODAY) for item in Project.objects.all()}
    assert in_sql == made
    assert in_python == made


def test_saving_a_date_fills_its_year():
    item = project(start_date=D(2021, 3, 1), end_date=D(2023, 2, 28))
    assert (item.start_year, item.end_year) == (2021, 2023)


def test_status_is_todays_status_and_has_a_label():
    today = timezone.localdate()
    item = project(start_date=today + datetime.timedelta(days=10))
    assert item.status == Status.PLANNED
    assert item.status_label == "Planned"
    item = project(start_date=today - datetime.timedelta(days=10))
    assert item.status == Status.ONGOING
    assert Project.objects.with_status().get(pk=item.pk).current_status == Status.ONGOING
    item = project(start_year=2019, end_date=today - datetime.timedelta(days=1))
    assert item.status == Status.COMPLETED
    assert item.status_label == "Completed"


dates = st.one_of(st.none(), st.dates(D(2018, 1, 1), D(2030, 12, 31)))
years = st.one_of(st.none(), st.integers(2018, 2030))


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    start=dates,
    end=dates,
    start_year=years,
    end_year=years,
    override=st.sampled_from(["", "", "", "planned", "ongoing", "completed"]),
    today=st.dates(D(2017, 1, 1), D(2031, 12, 31)),
)
def test_python_and_sql_agree_on_random_dates(start, end, start_year, end_year, override, today):
    if start and end and end < start:
        start, end = end, start  # the database refuses the other way round
    with transaction.atomic():
        item = project(
            start_date=start,
            end_date=end,
            start_year=start_year,
            end_year=end_year,
            status_override=override,
        )
        annotated = Project.objects.with_status(today).get(pk=item.pk)
        assert annotated.current_status == item.status_on(today)
        if override:
            assert item.status_on(today) == override
        transaction.set_rollback(True)
