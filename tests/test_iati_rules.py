"""The IATI export against what the IATI Validator checks beyond the schema: the Standard
Ruleset and the codelists vendored in projects/iati_rules/, applied by tests/iati_rules.py.

First the checker itself (each rule it applies fails when broken), then the demo portfolio,
then the cases the rules are about: budgets per year, a country, identifiers, status and dates.
"""

import datetime
import importlib
import io
from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import IntegrityError, connection, transaction
from django.utils import timezone
from lxml import etree

from projects.iati import PREFETCH, activities_xml
from projects.models import Document, Indicator, Project

from . import iati_rules
from .project_factories import project
from .test_iati import SCHEMA_DIR, attributes, texts
from .test_projects_admin import ADD_URL, CHANGELIST_URL, change_url, errors, form_data

REF = "NL-KVK-27378529"
REPORTING_ORG = {"ref": REF, "type": "10", "name": "RVO, for EPRM"}
TODAY = timezone.localdate()
DAY = datetime.timedelta(days=1)


@pytest.fixture(autouse=True)
def reporting_org(settings):
    settings.IATI_REPORTING_ORG = REPORTING_ORG


@pytest.fixture(scope="module")
def schema():
    return etree.XMLSchema(etree.parse(str(SCHEMA_DIR / "iati-activities-schema.xsd")))


@pytest.fixture
def staff(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("editor", "e@example.org", "pw"))
    return client


def export(schema, *projects):
    """The IATI document of the projects, as the site exports them, after the schema check."""
    rows = Project.objects.filter(pk__in=[p.pk for p in projects]).prefetch_related(*PREFETCH)
    by_pk = {row.pk: row for row in rows}
    document = etree.fromstring(activities_xml([by_pk[p.pk] for p in projects]))
    if document.find("iati-activity") is not None:
        assert schema.validate(document), schema.error_log.filter_from_errors()
    return document


def problems(document):
    """Everything the Validator (and IATI's guidance on status) would say, errors and warnings."""
    return (
        [str(f) for f in iati_rules.check(document)]
        + iati_rules.codelist_failures(document)
        + iati_rules.status_failures(document)
    )


def activities(document):
    return document.findall("iati-activity")


def left_out(document):
    """The comments that say which projects the file leaves out, and why."""
    return [comment.text.strip() for comment in document.xpath("/iati-activities/comment()")]


def budgets(activity):
    return [
        (
            budget.find("period-start").get("iso-date"),
            budget.find("period-end").get("iso-date"),
            Decimal(budget.find("value").text),
        )
        for budget in activity.findall("budget")
    ]


# The checker --------------------------------------------------------------------------------

VALID = f"""<iati-activities version="2.03" generated-datetime="2024-01-01T00:00:00+00:00">
<iati-activity xml:lang="en" default-currency="EUR" hierarchy="1"
               last-updated-datetime="2024-01-01T00:00:00+00:00">
  <iati-identifier>{REF}-TEST-1</iati-identifier>
  <reporting-org ref="{REF}" type="10"><narrative>RVO</narrative></reporting-org>
  <title><narrative>A project</narrative></title>
  <description type="1"><narrative>What it does.</narrative></description>
  <participating-org role="1" type="10" ref="{REF}"><narrative>RVO</narrative></participating-org>
  <activity-status code="2"/>
  <activity-date type="2" iso-date="2021-01-01"/>
  <activity-date type="3" iso-date="2099-12-31"/>
  <recipient-country code="BF" percentage="60"/>
  <recipient-country code="ML" percentage="40"/>
  <sector vocabulary="1" code="32210" percentage="100"/>
  <tag vocabulary="2" code="8"><narrative>Decent work</narrative></tag>
  <budget type="1" status="1">
    <period-start iso-date="2024-01-01"/><period-end iso-date="2024-12-31"/>
    <value currency="EUR" value-date="2024-01-01">1000</value>
  </budget>
  <result type="1" aggregation-status="0">
    <title><narrative>Miners trained</narrative></title>
    <indicator measure="1"><title><narrative>Miners trained</narrative></title>
      <baseline year="2021" value="0"/>
      <period><period-start iso-date="2021-01-01"/><period-end iso-date="2099-12-31"/>
        <target value="100"/><actual value="20"/></period>
    </indicator>
  </result>
</iati-activity>
</iati-activities>"""


def edited(*changes):
    """The valid document with changes: (xpath, attribute or None for the text, value), and
    (xpath, None, None) to remove the elements or attributes the xpath finds."""
    document = etree.fromstring(VALID)
    for path, attribute, value in changes:
        for found in document.xpath(path):
            if value is None and isinstance(found, str):
                found.getparent().attrib.pop(found.attrname)
            elif value is None:
                found.getparent().remove(found)
            elif attribute is None:
                found.text = value
            else:
                found.set(attribute, value)
    return document


def test_the_checker_knows_every_rule_type_of_the_ruleset():
    assert iati_rules.rule_types() <= iati_rules.KNOWN_TYPES
    assert {"time_limit", "if_then", "startswith", "regex_matches", "loop"} <= (
        iati_rules.rule_types()
    )


def test_the_valid_document_passes_everything(schema):
    document = edited()
    assert schema.validate(document), schema.error_log.filter_from_errors()
    assert problems(document) == []
    # It did look at the coded values.
    assert iati_rules.coded_values(document)["//iati-activity/tag/@code"] == {"8"}


BUDGET = "//budget"
ID = "//iati-identifier"


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        # 366 days: a leap year plus a day, or 1 January to 1 January.
        ([(f"{BUDGET}/period-end", "iso-date", "2025-01-01")], ["7.5.3"]),
        ([(f"{BUDGET}/period-start", "iso-date", "2025-01-01")], ["8.6.3"]),
        ([("//recipient-country", None, None)], ["3.7.1"]),
        ([("//recipient-country[1]", "percentage", "50")], ["3.1.2"]),
        ([("//recipient-country[2]", None, None)], ["3.1.4"]),
        ([(ID, None, f"{REF}-EPRM/20")], ["1.3.13"]),
        ([(ID, None, f"{REF}-A&B")], ["1.3.13"]),
        ([(ID, None, " NL-KVK-27378529-TEST-1")], ["1.1.21", "1.3.1"]),
        ([(ID, None, "XM-DAC-7-EPRM-1")], ["1.1.21"]),
        ([(ID, None, REF)], ["1.1.21", "1.1.3"]),
        ([("//reporting-org", "ref", "ZZ-NOWHERE-1"), (ID, None, "ZZ-NOWHERE-1-A")], ["1.14.8"]),
        ([("//activity-date[@type='2']", "iso-date", "2099-01-01")], ["11.1.4"]),
        ([("//activity-date[@type='3']", "type", "4")], ["11.1.5"]),
        ([("//activity-date", None, None)], ["6.11.1"]),
        (
            [
                ("//activity-date[@type='2']", "type", "1"),
                ("//activity-date", "iso-date", "2099-12-31"),
                ("//activity-date[@type='3']", "iso-date", "2098-01-01"),
            ],
            ["11.1.2"],
        ),  # fmt: skip
        ([("//iati-activity", "last-updated-datetime", "2099-01-01T00:00:00+00:00")], ["11.1.1"]),
        ([("//sector", "percentage", "50")], ["2.1.4"]),
        ([("//sector", None, None)], ["6.2.2"]),
        ([("/iati-activities/iati-activity/title/narrative", None, None)], ["4.3.1"]),
        ([("//period/actual", "value", "")], ["8.10.2"]),
        ([("//baseline/@value", None, None)], ["8.8.1"]),
    ],
)
def test_the_checker_reports_each_broken_rule(changes, expected):
    document = edited(*changes)
    assert sorted(f.id for f in iati_rules.check(document)) == expected


def test_the_checker_reports_a_language_or_currency_left_unsaid():
    document = edited(("//iati-activity/@default-currency", None, None))
    assert [f.id for f in iati_rules.check(document)] == []  # each value has its currency
    document = edited(
        ("//iati-activity/@default-currency", None, None), ("//value/@currency", None, None)
    )
    assert [f.id for f in iati_rules.check(document)] == ["7.8.1"]
    document = edited(("//iati-activity/@xml:lang", None, None))
    assert [f.id for f in iati_rules.check(document)] == ["4.1.1"]


def test_the_checker_reports_two_activities_with_one_identifier():
    document = edited()
    document.append(etree.fromstring(etree.tostring(document.find("iati-activity"))))
    assert [(f.id, f.activity) for f in iati_rules.check(document)] == [("1.1.2", f"{REF}-TEST-1")]


def test_the_checker_reports_codes_off_their_codelist():
    document = edited(
        ("//activity-status", "code", "9"),
        ("//tag", "code", "18"),
        ("//recipient-country[1]", "code", "AN"),  # withdrawn: the Netherlands Antilles
    )
    assert iati_rules.codelist_failures(document) == [
        "//iati-activity/activity-status/@code = 9 is not on the ActivityStatus codelist",
        "//iati-activity/recipient-country/@code = AN is not on the Country codelist",
        "//iati-activity/tag/@code = 18 is not on the UNSDG-Goals codelist",
    ]


def test_the_checker_reports_a_status_that_disagrees_with_the_dates():
    closed_not_started = edited(
        ("//activity-status", "code", "4"), ("//activity-date[@type='2']", "type", "1")
    )
    assert iati_rules.status_failures(closed_not_started) == [
        f"{REF}-TEST-1: status 4 without an actual start date"
    ]
    pipeline = edited(("//activity-status", "code", "1"))
    assert iati_rules.status_failures(pipeline) == [
        f"{REF}-TEST-1: a pipeline activity has an actual date",
        f"{REF}-TEST-1: a pipeline activity has an actual result",
    ]


# The demo portfolio -------------------------------------------------------------------------

CAPAZ_1 = "CAPAZ: The Passport to Markets project (phase 1 – developing the CRAFT code)"


@pytest.mark.django_db
def test_every_published_demo_project_passes_the_rules_and_codelists(schema):
    call_command("seed_demo", stdout=io.StringIO())
    published = list(Project.objects.published().order_by("pk"))
    assert len(published) == 14
    document = export(schema, *published)
    assert problems(document) == []

    # CAPAZ phase 1 is completed, but no source gives when it started: IATI needs the actual
    # start of an activity that has started, so the file leaves it out and says why.
    exported = [a.findtext("title/narrative") for a in activities(document)]
    assert exported == [p.title for p in published if p.title != CAPAZ_1]
    [comment] = left_out(document)
    assert CAPAZ_1 in comment
    assert "its start date is not known" in comment

    # The check looked at every kind of coded value the export writes.
    coded = iati_rules.coded_values(document)
    assert {
        "//iati-activities/@version",
        "//iati-activity/@default-currency",
        "//iati-activity/activity-status/@code",
        "//iati-activity/activity-date/@type",
        "//iati-activity/budget/@type",
        "//iati-activity/budget/@status",
        "//iati-activity/budget/value/@currency",
        "//iati-activity/description/@type",
        "//iati-activity/document-link/@format",
        "//iati-activity/document-link/category/@code",
        "//iati-activity/location/exactness/@code",
        "//iati-activity/participating-org/@role",
        "//iati-activity/participating-org/@type",
        "//iati-activity/recipient-country/@code",
        "//iati-activity/reporting-org/@type",
        "//iati-activity/sector/@code",
        "//iati-activity/sector/@vocabulary",
        "//@xml:lang",
    } <= set(coded)
    assert coded["//iati-activity/recipient-country/@code"] == {
        "BF", "BO", "BR", "CD", "CO", "ID", "KE", "MR", "PE", "UG", "ZW",
    }  # fmt: skip

    # STAG's grant, over 2021-2023, is three budgets of a year.
    stag = next(a for a in activities(document) if "STAG" in a.findtext("title/narrative"))
    assert budgets(stag) == [
        ("2021-01-01", "2021-12-31", Decimal("266666.67")),
        ("2022-01-01", "2022-12-31", Decimal("266666.67")),
        ("2023-01-01", "2023-12-31", Decimal("266666.66")),
    ]

    # What the demo's activities say: identifiers as published in IATI, money, shares, roles.
    exported = activities(document)
    identifiers = [a.findtext("iati-identifier") for a in exported]
    assert len(set(identifiers)) == 13
    assert "NL-KVK-27378529-EPRM20S19" in identifiers  # STAG, as published in IATI
    assert sum(Decimal(value.text) for value in stag.iterfind("budget/value")) == 800000
    assert stag.find("activity-status").get("code") == "4"
    for activity in exported:
        shares = [Decimal(c.get("percentage")) for c in activity.findall("recipient-country")]
        assert shares and sum(shares) == 100
        roles = [o.get("role") for o in activity.findall("participating-org")]
        assert roles[0] == "1"
    # Burkina Faso and Bolivia share the CADD project.
    cadd = next(a for a in exported if "CADD" in a.findtext("title/narrative"))
    assert attributes(cadd.findall("recipient-country"), "code", "percentage") == [
        ("BF", "50"),
        ("BO", "50"),
    ]
    # A project known by its years only says so.
    kenya = next(a for a in exported if a.findtext("title/narrative") == "Responsible Kenyan Gold")
    dates = kenya.findall("activity-date")
    assert attributes(dates, "type", "iso-date") == [("2", "2018-01-01"), ("4", "2020-12-31")]
    assert texts(dates) == ["Year only: the day and month are not known."] * 2


# Budgets: one per year at most --------------------------------------------------------------


@pytest.mark.django_db
def test_a_three_year_grant_is_split_into_periods_of_a_year_at_most(schema):
    item = project(
        countries=["CD"],
        start_date=datetime.date(2021, 3, 15),
        end_date=datetime.date(2024, 3, 14),
        eprm_grant=Decimal("1000000.01"),
    )
    [activity] = activities(document := export(schema, item))
    assert problems(document) == []
    periods = budgets(activity)
    # Calendar years, cut to the project: the reporting organisation's financial year.
    assert [(start, end) for start, end, _ in periods] == [
        ("2021-03-15", "2021-12-31"),
        ("2022-01-01", "2022-12-31"),
        ("2023-01-01", "2023-12-31"),
        ("2024-01-01", "2024-03-14"),
    ]
    # Shares in proportion to the days, in whole cents, adding up to the grant exactly.
    days = [
        (datetime.date.fromisoformat(end) - datetime.date.fromisoformat(start)).days + 1
        for start, end, _ in periods
    ]
    assert days == [292, 365, 365, 74]
    amounts = [amount for _, _, amount in periods]
    assert sum(amounts) == Decimal("1000000.01")
    for amount, length in zip(amounts, days, strict=True):
        assert amount == amount.quantize(Decimal("0.01"))
        assert abs(amount - Decimal("1000000.01") * length / sum(days)) < Decimal("0.01")
    assert [b.find("value").get("value-date") for b in activity.findall("budget")] == [
        start for start, _, _ in periods
    ]


@pytest.mark.django_db
def test_a_grant_known_by_years_only_is_one_budget_per_calendar_year(schema):
    item = project(countries=["KE"], start_year=2018, end_year=2020, eprm_grant=Decimal("100000"))
    [activity] = activities(document := export(schema, item))
    assert problems(document) == []
    # 2020 has a day more, so a little more of the grant.
    assert budgets(activity) == [
        ("2018-01-01", "2018-12-31", Decimal("33302.92")),
        ("2019-01-01", "2019-12-31", Decimal("33302.92")),
        ("2020-01-01", "2020-12-31", Decimal("33394.16")),
    ]


@pytest.mark.django_db
def test_a_project_within_one_year_has_one_budget(schema):
    item = project(
        countries=["CO"],
        start_date=datetime.date(2022, 5, 1),
        end_date=datetime.date(2022, 5, 1),
        eprm_grant=Decimal("0.01"),
    )
    [activity] = activities(document := export(schema, item))
    assert problems(document) == []
    assert budgets(activity) == [("2022-05-01", "2022-05-01", Decimal("0.01"))]


# A country ------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_project_without_a_country_cannot_be_published():
    item = Project(title="Nowhere", summary="No place.", is_published=True)
    with pytest.raises(ValidationError) as refused:
        item.full_clean()
    assert refused.value.message_dict == {
        "countries": [
            "A published project needs at least one country: IATI requires the country or "
            "region where a project works."
        ]
    }
    item.is_published = False
    item.full_clean()  # a draft may wait for its countries


@pytest.mark.django_db
def test_the_admin_refuses_to_publish_a_project_without_a_country(staff):
    data = form_data(staff, ADD_URL)
    data.update({"title": "Nowhere", "summary": "No place.", "is_published": "on"})
    response = staff.post(ADD_URL, data)
    assert response.status_code == 200
    assert list(response.context["adminform"].form.errors) == ["countries"]
    assert not Project.objects.exists()
    data["countries"] = ["CD"]
    response = staff.post(ADD_URL, data)
    assert response.status_code == 302, errors(response)
    assert Project.objects.get().is_published


@pytest.mark.django_db
def test_the_publish_action_refuses_projects_without_a_country(staff):
    nowhere = project("Nowhere", is_published=False)
    kivu = project("Gold in Kivu", countries=["CD"], is_published=False)
    response = staff.post(
        CHANGELIST_URL,
        {"action": "publish", "_selected_action": [nowhere.pk, kivu.pk]},
        follow=True,
    )
    assert [str(m) for m in response.context["messages"]] == [
        "“Nowhere” was not published: A published project needs at least one country: IATI "
        "requires the country or region where a project works.",
        "1 project published.",
    ]
    nowhere.refresh_from_db()
    kivu.refresh_from_db()
    assert (nowhere.is_published, kivu.is_published) == (False, True)
    assert nowhere.history.count() == 0  # nothing saved


@pytest.mark.django_db
def test_a_published_project_without_a_country_is_left_out_of_the_file(schema):
    # Data from before the rule, or written around it: the file leaves it out and says why.
    nowhere = project("Nowhere")
    kivu = project("Gold in Kivu", countries=["CD"], start_year=2021)
    document = export(schema, nowhere, kivu)
    assert problems(document) == []
    assert [a.findtext("title/narrative") for a in activities(document)] == ["Gold in Kivu"]
    assert left_out(document) == [
        f"Left out: “Nowhere” (project {nowhere.pk}). It has no country, and IATI requires the "
        "country or region where a project works."
    ]
    # Alone, it gives a file with no activity (which the schema refuses: nothing to publish).
    assert activities(export(schema, nowhere)) == []


# Identifiers -------------------------------------------------------------------------------


def identifier_errors(value, pk=None):
    item = Project(pk=pk, title="A project", summary="What it does.", iati_identifier=value)
    try:
        item.full_clean()
    except ValidationError as error:
        return error.message_dict.get("iati_identifier", [])
    return []


PREFIX_MESSAGE = (
    "An IATI identifier starts with the reporting organisation's identifier and a hyphen "
    "(NL-KVK-27378529-), then the project's own reference."
)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("value", "message"),
    [
        (f"{REF}-EPRM/20/S19", "An IATI identifier cannot contain /, &, | or ?."),
        (f"{REF}-A&B", "An IATI identifier cannot contain /, &, | or ?."),
        (f"{REF}-A|B?", "An IATI identifier cannot contain /, &, | or ?."),
        ("XM-DAC-7-EPRM20S19", PREFIX_MESSAGE),
        ("EPRM20S19", PREFIX_MESSAGE),
        (REF, PREFIX_MESSAGE),
        (f"{REF}-", PREFIX_MESSAGE),
        (
            f"{REF}-HUB-7",
            "NL-KVK-27378529-HUB- and a number is how the Hub names projects that have no IATI "
            "identifier: choose another.",
        ),
    ],
)
def test_an_identifier_that_breaks_the_rules_is_refused(value, message):
    assert identifier_errors(value) == [message]


@pytest.mark.django_db
def test_a_good_identifier_is_kept_without_its_spaces():
    assert identifier_errors(f"{REF}-EPRM20S19") == []
    assert identifier_errors("") == []
    assert identifier_errors(f"{REF}-HUB-7", pk=7) == []  # its own, as the Hub would name it
    item = project(countries=["BF"], iati_identifier=f"  {REF}-EPRM20S19\n")
    assert item.iati_identifier == f"{REF}-EPRM20S19"


@pytest.mark.django_db
def test_two_projects_cannot_share_an_identifier():
    project(iati_identifier=f"{REF}-EPRM20S19")
    project(iati_identifier="")
    project(iati_identifier="")  # no identifier of their own: each gets the Hub's
    assert identifier_errors(f"{REF}-EPRM20S19") == [
        "Another project already has this IATI identifier: IATI would take the two for one."
    ]
    with pytest.raises(IntegrityError), transaction.atomic():
        project(iati_identifier=f"{REF}-EPRM20S19")


@pytest.mark.django_db
def test_the_admin_refuses_an_identifier_with_a_slash(staff):
    data = form_data(staff, ADD_URL)
    data.update(
        {"title": "Gold", "summary": "Gold.", "countries": ["CD"], "iati_identifier": "A/B"}
    )
    response = staff.post(ADD_URL, data)
    assert response.status_code == 200
    assert response.context["adminform"].form.errors == {
        "iati_identifier": [PREFIX_MESSAGE, "An IATI identifier cannot contain /, &, | or ?."]
    }
    data["iati_identifier"] = f"{REF}-EPRM/20"
    response = staff.post(ADD_URL, data)
    assert response.context["adminform"].form.errors == {
        "iati_identifier": ["An IATI identifier cannot contain /, &, | or ?."]
    }
    assert not Project.objects.exists()


@pytest.mark.django_db
def test_a_bad_or_taken_identifier_in_the_database_is_left_out_of_the_file(schema):
    slash = project("Slash", countries=["CD"], iati_identifier=f"{REF}-EPRM/20")
    first = project("First", countries=["CD"])
    # Written around the model's check: an identifier that the Hub gives to the first one.
    clash = project("Clash", countries=["RW"], iati_identifier=f"{REF}-HUB-{first.pk}")
    document = export(schema, slash, first, clash)
    assert problems(document) == []
    assert [a.findtext("iati-identifier") for a in activities(document)] == [
        f"{REF}-HUB-{first.pk}"
    ]
    assert left_out(document) == [
        f"Left out: “Slash” (project {slash.pk}). An IATI identifier cannot contain /, &, | or ?.",
        f"Left out: “Clash” (project {clash.pk}). Its IATI identifier is already that of “First”.",
    ]


# Status and dates ------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    "fields",
    [
        {"status_override": "completed", "start_date": TODAY + 30 * DAY},
        {"status_override": "ongoing", "start_year": TODAY.year + 1},
    ],
)
def test_a_project_cannot_be_completed_or_ongoing_before_it_starts(fields):
    item = Project(title="Early", summary="Too early.", **fields)
    with pytest.raises(ValidationError) as refused:
        item.full_clean()
    assert refused.value.message_dict == {
        "status_override": [
            "The project starts in the future, so it cannot be ongoing or completed yet: "
            "correct the start or the status."
        ]
    }


@pytest.mark.django_db
def test_a_completed_project_is_never_exported_with_only_a_planned_start(schema):
    # What the model refuses, written around it; and a project with no date at all.
    early = project("Early", countries=["CD"], status_override="completed", start_year=2099)
    undated = project("Undated", countries=["CO"], status_override="completed")
    document = export(schema, early, undated)
    assert activities(document) == []
    assert left_out(document) == [
        f"Left out: “Early” (project {early.pk}). It is marked ongoing or completed, but it "
        "starts on 2099-01-01.",
        f"Left out: “Undated” (project {undated.pk}). It is marked ongoing or completed, but "
        "its start date is not known.",
    ]


@pytest.mark.django_db
def test_a_project_completed_before_its_planned_end_has_started_and_closed(schema):
    item = project(
        countries=["CD"],
        status_override="completed",
        start_date=TODAY - 400 * DAY,
        end_date=TODAY + 30 * DAY,
        eprm_grant=Decimal("5000"),
    )
    [activity] = activities(document := export(schema, item))
    assert problems(document) == []
    assert activity.find("activity-status").get("code") == "4"
    assert [d.get("type") for d in activity.findall("activity-date")] == ["2", "3"]


@pytest.mark.django_db
def test_a_planned_project_without_dates_gets_a_planned_start_only_before_its_end(schema):
    bare = project("Bare", countries=["BF"])
    [activity] = activities(document := export(schema, bare))
    assert problems(document) == []
    assert [d.get("type") for d in activity.findall("activity-date")] == ["1"]
    # An end already past, no start: no planned start can come before it.
    ended = project("Ended", countries=["BF"], end_year=2020)
    document = export(schema, ended)
    assert left_out(document) == [
        f"Left out: “Ended” (project {ended.pk}). Its start date is not known, and its end is "
        "already past."
    ]


@pytest.mark.django_db
def test_a_planned_project_cannot_record_actual_values(staff):
    item = project("Future", countries=["CD"], start_date=TODAY + 30 * DAY, is_published=False)
    indicator = Indicator(project=item, name="Miners trained", unit="people", actual=5)
    with pytest.raises(ValidationError) as refused:
        indicator.full_clean()
    message = (
        "As far as its dates say, the project has not started, so it has no actual value yet: "
        "give its start, or leave this empty until it starts."
    )
    assert refused.value.message_dict == {"actual": [message]}
    Indicator(project=item, name="Miners trained", unit="people", target=5).full_clean()

    # In the admin, on the project's page.
    data = form_data(staff, change_url(item))
    index = data["indicators-INITIAL_FORMS"]
    data.update(
        {
            f"indicators-{index}-name": "Miners trained",
            f"indicators-{index}-unit": "people",
            f"indicators-{index}-actual": "5",
            f"indicators-{index}-order": "0",
        }
    )
    response = staff.post(change_url(item), data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Indicator.objects.exists()


@pytest.mark.django_db
def test_a_pipeline_activity_reports_no_actual_value(schema):
    item = project("Future", countries=["CD"], start_date=TODAY + 30 * DAY, end_year=2099)
    Indicator.objects.create(project=item, name="Miners", unit="people", target=50, actual=20)
    [activity] = activities(document := export(schema, item))
    assert problems(document) == []
    assert activity.find("activity-status").get("code") == "1"
    indicator = activity.find("result/indicator")
    assert indicator.find("period/target").get("value") == "50"
    assert indicator.find("period/actual") is None
    assert "20" not in indicator.findtext("description/narrative")


@pytest.mark.django_db
def test_the_migration_trims_identifiers_and_stops_on_shared_ones():
    migration = importlib.import_module("projects.migrations.0004_iati_rules")
    [unique] = [c for c in Project._meta.constraints if c.name == "project_iati_identifier_unique"]
    with transaction.atomic():
        # The database as it was before the migration: no constraint, identifiers untrimmed.
        with connection.schema_editor() as editor:
            editor.remove_constraint(Project, unique)
        kept = project("Kept", iati_identifier=f"{REF}-ONE")
        Project.objects.filter(pk=kept.pk).update(iati_identifier=f" {REF}-ONE ")
        editor = SimpleNamespace(connection=connection)  # what the function uses of one
        migration.strip_and_check_identifiers(apps, editor)
        kept.refresh_from_db()
        assert kept.iati_identifier == f"{REF}-ONE"

        other = project("Other", iati_identifier=f"{REF}-TWO")
        Project.objects.filter(pk=other.pk).update(iati_identifier=f"{REF}-ONE\n")
        with pytest.raises(RuntimeError) as stopped:
            migration.strip_and_check_identifiers(apps, editor)
        assert str(stopped.value) == (
            "Projects share an IATI identifier, which IATI cannot tell apart. Give all but one "
            "of each group another identifier (or none), then migrate again.\n"
            f"{REF}-ONE: Kept (id {kept.pk}), Other (id {other.pk})"
        )
        transaction.set_rollback(True)
    assert Project.objects.count() == 0


@pytest.mark.django_db
def test_editors_are_told_when_a_published_project_stays_out_of_the_file(staff):
    # Completed, its start unknown: the Hub may show it, IATI cannot take it.
    undated = project("Undated", countries=["CO"], status_override="completed", is_published=False)
    response = staff.post(
        CHANGELIST_URL, {"action": "publish", "_selected_action": [undated.pk]}, follow=True
    )
    warning = (
        "“Undated” is published, but left out of the IATI file. It is marked ongoing or "
        "completed, but its start date is not known."
    )
    assert [str(m) for m in response.context["messages"]] == ["1 project published.", warning]
    undated.refresh_from_db()
    assert undated.is_published
    # Saving it from its page says so too, until its start is given.
    data = form_data(staff, change_url(undated))
    response = staff.post(change_url(undated), data, follow=True)
    assert warning in [str(m) for m in response.context["messages"]]
    data["start_year"] = "2017"
    response = staff.post(change_url(undated), data, follow=True)
    public, saved = [str(m) for m in response.context["messages"]]  # and no IATI warning
    assert public.startswith("“Undated” is public: ")
    assert saved.endswith("Undated</a>” was changed successfully.")


@pytest.mark.django_db
def test_a_document_format_is_always_on_the_codelist(schema):
    item = project(countries=["CD"])
    for title, url in [
        ("Report", "https://example.org/report.pdf"),
        ("Archive", "https://example.org/data.tar"),  # application/x-tar: not on the list
        ("Page", "https://example.org/index.php?id=4"),
    ]:
        Document.objects.create(project=item, title=title, url=url)
    [activity] = activities(document := export(schema, item))
    assert problems(document) == []
    assert [
        (link.findtext("title/narrative"), link.get("format"))
        for link in activity.findall("document-link")
    ] == [("Archive", "text/html"), ("Page", "text/html"), ("Report", "application/pdf")]
