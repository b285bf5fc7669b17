"""The IATI 2.03 export (projects/iati.py), validated against the schema copied into the repo.

tests/test_iati_rules.py checks it against the IATI Validator's ruleset and codelists."""

import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import RequestFactory
from django.utils import timezone
from lxml import etree

from eprm_hub.models import SDG
from members.models import Organisation
from projects.iati import activities_xml, identifier
from projects.models import Document, Indicator, Location, Partnership, Project

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "projects" / "iati_schema"
REPORTING_ORG = {"ref": "NL-KVK-27378529", "type": "10", "name": "RVO, for EPRM"}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@pytest.fixture(scope="module")
def schema():
    return etree.XMLSchema(etree.parse(str(SCHEMA_DIR / "iati-activities-schema.xsd")))


@pytest.fixture(autouse=True)
def reporting_org(settings):
    settings.IATI_REPORTING_ORG = REPORTING_ORG


def valid(schema, data):
    """The parsed document, after checking it is UTF-8 with a declaration and schema-valid."""
    assert data.startswith(b"<?xml version='1.0' encoding='UTF-8'?>")
    document = etree.fromstring(data)
    assert schema.validate(document), schema.error_log.filter_from_errors()
    return document


def attributes(elements, *names):
    return [tuple(element.get(name) for name in names) for element in elements]


def texts(elements):
    return [element.findtext("narrative") for element in elements]


def project(**fields):
    fields.setdefault("title", "A project")
    fields.setdefault("summary", "What it does.")
    fields.setdefault("countries", ["BF"])  # IATI requires a country (or region)
    return Project.objects.create(**fields)


@pytest.mark.django_db
def test_an_empty_portfolio_is_a_document_with_no_activity(schema):
    data = activities_xml([])
    document = etree.fromstring(data)
    assert document.tag == "iati-activities"
    assert document.get("version") == "2.03"
    generated = datetime.datetime.fromisoformat(document.get("generated-datetime"))
    assert abs(generated - timezone.now()) < datetime.timedelta(minutes=1)
    assert len(document) == 0
    # The 2.03 schema wants at least one iati-activity: that is its only complaint.
    assert not schema.validate(document)
    errors = [error.message for error in schema.error_log]
    assert len(errors) == 1
    assert "Expected is ( iati-activity )" in errors[0]


@pytest.fixture
def full_project(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    item = project(
        title="Responsible gold in two countries",
        summary="Miners get to responsible markets.",
        description="A longer account of the work.",
        objectives="Formalise 20 mine sites.",
        lessons_learned="Start with the cooperatives.",
        countries=["BF", "ML"],
        start_date=datetime.date(2021, 1, 1),
        end_date=datetime.date(2023, 12, 31),
        total_budget=Decimal("1000000.00"),
        eprm_grant=Decimal("800000.00"),
        gender_focus=Project.GenderFocus.SIGNIFICANT,
        website="https://example.org/project",
        is_published=True,
    )
    item.sdgs.set(SDG.objects.filter(number__in=[5, 8]))
    organisations = {
        "lead": Organisation.objects.create(name="Gold NGO", pillar="civil-society"),
        "implementing": Organisation.objects.create(name="Local Partner", is_member=False),
        "funding": Organisation.objects.create(name="A Ministry", pillar="government"),
        "advisory": Organisation.objects.create(name="A Refiner", pillar="supply-chain-actor"),
    }
    for order, (role, organisation) in enumerate(organisations.items()):
        Partnership.objects.create(project=item, organisation=organisation, role=role, order=order)
    Location.objects.create(project=item, name="Kaya", latitude="13.09170", longitude="-1.08440")
    Location.objects.create(project=item, name="Kayes", latitude="14.44690", longitude="-11.44560")
    Indicator.objects.create(
        project=item,
        name="Miners trained",
        unit="people",
        baseline=Decimal("10"),
        target=Decimal("500"),
        actual=Decimal("420.50"),
        as_of=datetime.date(2023, 6, 30),
        order=1,
    )
    Indicator.objects.create(project=item, name="Sites audited", unit="mine sites", order=2)
    Indicator.objects.create(
        project=item, name="Women in leadership", unit="%", target=Decimal("30"), order=3
    )
    Document.objects.create(
        project=item,
        title="Final report",
        file=SimpleUploadedFile("report.pdf", b"%PDF-1.4\n", content_type="application/pdf"),
    )
    Document.objects.create(
        project=item, title="Case study", url="https://example.org/case-study.pdf"
    )
    return Project.objects.get(pk=item.pk)


@pytest.mark.django_db
def test_a_full_project_validates_and_maps_every_field(schema, full_project):
    request = RequestFactory().get("/projects/iati.xml")
    document = valid(schema, activities_xml([full_project], request))
    [activity] = document.findall("iati-activity")

    assert activity.get(XML_LANG) == "en"
    assert activity.get("default-currency") == "EUR"
    assert activity.get("hierarchy") == "1"
    updated = datetime.datetime.fromisoformat(activity.get("last-updated-datetime"))
    assert abs(updated - full_project.updated) < datetime.timedelta(seconds=1)

    assert activity.findtext("iati-identifier") == f"NL-KVK-27378529-HUB-{full_project.pk}"
    reporting = activity.find("reporting-org")
    assert (reporting.get("ref"), reporting.get("type")) == ("NL-KVK-27378529", "10")
    assert reporting.findtext("narrative") == "RVO, for EPRM"
    assert activity.find("title/narrative").text == "Responsible gold in two countries"
    assert activity.find("title/narrative").get(XML_LANG) == "en"
    descriptions = {d.get("type"): d.findtext("narrative") for d in activity.iter("description")}
    assert (
        descriptions["1"] == "Miners get to responsible markets.\n\nA longer account of the work."
    )
    assert descriptions["2"] == "Formalise 20 mine sites."
    assert descriptions["4"] == "Lessons learned: Start with the cooperatives."

    orgs = activity.findall("participating-org")
    assert [
        (o.get("role"), o.get("type"), o.get("ref"), o.findtext("narrative")) for o in orgs
    ] == [
        ("1", "10", "NL-KVK-27378529", "RVO, for EPRM"),
        ("2", "21", None, "Gold NGO"),
        ("4", "21", None, "Gold NGO"),
        ("4", None, None, "Local Partner"),
        ("1", "10", None, "A Ministry"),
        ("4", "70", None, "A Refiner"),
    ]

    assert activity.find("activity-status").get("code") == "4"
    dates = activity.findall("activity-date")
    assert attributes(dates, "type", "iso-date") == [("2", "2021-01-01"), ("4", "2023-12-31")]
    assert texts(dates) == [None, None]  # exact dates: no "year only" note

    countries = activity.findall("recipient-country")
    assert attributes(countries, "code", "percentage") == [("BF", "50"), ("ML", "50")]
    locations = activity.findall("location")
    assert [loc.findtext("name/narrative") for loc in locations] == ["Kaya", "Kayes"]
    assert [loc.findtext("point/pos") for loc in locations] == [
        "13.09170 -1.08440",
        "14.44690 -11.44560",
    ]
    assert {loc.find("point").get("srsName") for loc in locations} == {
        "http://www.opengis.net/def/crs/EPSG/0/4326"
    }
    assert {loc.find("exactness").get("code") for loc in locations} == {"2"}
    assert attributes(activity.findall("sector"), "vocabulary", "code", "percentage") == [
        ("1", "32210", "100")
    ]
    assert attributes(activity.findall("tag"), "vocabulary", "code") == [("2", "5"), ("2", "8")]
    marker = activity.find("policy-marker")
    assert (marker.get("vocabulary"), marker.get("code"), marker.get("significance")) == (
        "1",
        "1",
        "1",
    )

    # The grant, one budget per year of the project, shared by days, in cents.
    budgets = activity.findall("budget")
    assert {(budget.get("type"), budget.get("status")) for budget in budgets} == {("1", "1")}
    assert [
        (
            budget.find("period-start").get("iso-date"),
            budget.find("period-end").get("iso-date"),
            budget.find("value").text,
            budget.find("value").get("currency"),
            budget.find("value").get("value-date"),
        )
        for budget in budgets
    ] == [
        ("2021-01-01", "2021-12-31", "266666.67", "EUR", "2021-01-01"),
        ("2022-01-01", "2022-12-31", "266666.67", "EUR", "2022-01-01"),
        ("2023-01-01", "2023-12-31", "266666.66", "EUR", "2023-01-01"),
    ]

    links = activity.findall("document-link")
    pdf = full_project.documents.get(title="Final report").file.url
    assert [
        (link.get("url"), link.get("format"), link.findtext("title/narrative")) for link in links
    ] == [
        ("https://example.org/case-study.pdf", "application/pdf", "Case study"),
        (f"http://testserver{pdf}", "application/pdf", "Final report"),
        ("https://example.org/project", "text/html", "Project web page"),
    ]
    assert [link.find("category").get("code") for link in links] == ["A07", "A07", "A12"]

    results = activity.findall("result")
    assert [r.findtext("title/narrative") for r in results] == [
        "Miners trained",
        "Sites audited",
        "Women in leadership",
    ]
    assert {(r.get("type"), r.get("aggregation-status")) for r in results} == {("1", "0")}
    trained, audited, women = (r.find("indicator") for r in results)
    assert (trained.get("measure"), trained.get("ascending")) == ("1", "1")
    assert trained.findtext("title/narrative") == "Miners trained"
    assert trained.findtext("description/narrative") == "Unit: people."
    assert attributes(trained.findall("baseline"), "year", "value") == [("2021", "10")]
    period = trained.find("period")
    assert period.find("period-start").get("iso-date") == "2021-01-01"
    assert period.find("period-end").get("iso-date") == "2023-12-31"
    assert period.find("target").get("value") == "500"
    assert period.find("actual").get("value") == "420.5"
    assert period.findtext("actual/comment/narrative") == "As of 2023-06-30."
    # No values: the indicator is named, nothing more.
    assert audited.get("measure") == "1"
    assert audited.find("baseline") is None and audited.find("period") is None
    # A percentage with a target only.
    assert women.get("measure") == "2"
    assert women.get("ascending") is None
    assert women.find("period/target").get("value") == "30"
    assert women.find("period/actual") is None


@pytest.mark.django_db
def test_projects_come_in_the_order_given(schema):
    first, second = project(title="First"), project(title="Second")
    document = valid(schema, activities_xml([second, first]))
    assert [a.findtext("title/narrative") for a in document] == ["Second", "First"]
    assert [a.findtext("iati-identifier") for a in document] == [
        identifier(second),
        identifier(first),
    ]


@pytest.mark.django_db
def test_a_project_with_only_a_title_summary_and_country_validates(schema):
    bare = project(title="Bare", summary="Only a summary.")
    document = valid(schema, activities_xml([bare]))
    activity = document.find("iati-activity")
    assert activity.findtext("iati-identifier") == f"NL-KVK-27378529-HUB-{bare.pk}"
    assert [d.findtext("narrative") for d in activity.findall("description")] == ["Only a summary."]
    assert attributes(activity.findall("participating-org"), "role") == [("1",)]
    assert activity.find("activity-status").get("code") == "1"
    # IATI requires an activity date: the day it was recorded, saying so.
    [date] = activity.findall("activity-date")
    assert date.get("type") == "1"
    assert date.get("iso-date") == timezone.localdate(bare.created).isoformat()
    assert "start date is not known" in date.findtext("narrative")
    assert attributes(activity.findall("recipient-country"), "code", "percentage") == [
        ("BF", "100")
    ]
    for absent in ("location", "tag", "policy-marker", "budget", "result"):
        assert activity.find(absent) is None, absent
    assert activity.find("document-link") is None


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("fields", "code", "dates"),
    [
        ({"start_offset": 30, "end_offset": 400}, "1", ["1", "3"]),
        ({"start_offset": -30, "end_offset": 400}, "2", ["2", "3"]),
        ({"start_offset": -400, "end_offset": -30}, "4", ["2", "4"]),
        # The editor's status wins over the dates.
        ({"start_offset": -400, "end_offset": -30, "status_override": "ongoing"}, "2", ["2", "3"]),
        ({"start_offset": -30, "end_offset": 400, "status_override": "planned"}, "1", ["1", "3"]),
        # Completed early: the planned end, still ahead, is not an actual end.
        ({"start_offset": -30, "end_offset": 400, "status_override": "completed"}, "4", ["2", "3"]),
    ],
)
def test_status_and_date_types_follow_the_status(schema, fields, code, dates):
    today = timezone.localdate()
    item = project(
        start_date=today + datetime.timedelta(days=fields["start_offset"]),
        end_date=today + datetime.timedelta(days=fields["end_offset"]),
        status_override=fields.get("status_override", ""),
    )
    activity = valid(schema, activities_xml([item])).find("iati-activity")
    assert activity.find("activity-status").get("code") == code
    assert [d.get("type") for d in activity.findall("activity-date")] == dates


@pytest.mark.django_db
def test_years_only_give_whole_years(schema):
    year = timezone.localdate().year
    item = project(start_year=year - 3, end_year=year - 1, eprm_grant=Decimal("250000.50"))
    Indicator.objects.create(project=item, name="Sites", unit="sites", baseline=0, actual=4)
    activity = valid(schema, activities_xml([item])).find("iati-activity")
    assert activity.find("activity-status").get("code") == "4"
    dates = activity.findall("activity-date")
    assert attributes(dates, "type", "iso-date") == [
        ("2", f"{year - 3}-01-01"),
        ("4", f"{year - 1}-12-31"),
    ]
    assert texts(dates) == ["Year only: the day and month are not known."] * 2
    budgets = activity.findall("budget")
    assert [
        (b.find("period-start").get("iso-date"), b.find("period-end").get("iso-date"))
        for b in budgets
    ] == [(f"{y}-01-01", f"{y}-12-31") for y in range(year - 3, year)]
    assert sum(Decimal(b.find("value").text) for b in budgets) == Decimal("250000.50")
    indicator = activity.find("result/indicator")
    assert attributes(indicator.findall("baseline"), "year", "value") == [(str(year - 3), "0")]
    assert indicator.find("period/actual").get("value") == "4"


@pytest.mark.django_db
def test_values_without_dates_go_in_the_indicator_description(schema):
    # No date: a planned project, whose baseline has no year (and no actual value, which a
    # project that has not started cannot have).
    item = project(eprm_grant=Decimal(1000))
    Indicator.objects.create(project=item, name="Miners", unit="people", baseline=5, target=50)
    activity = valid(schema, activities_xml([item])).find("iati-activity")
    assert activity.find("budget") is None  # no period to put the grant in
    indicator = activity.find("result/indicator")
    assert indicator.find("baseline") is None and indicator.find("period") is None
    assert indicator.findtext("description/narrative") == (
        "Unit: people. Baseline: 5 (year not known). Target: 50."
    )
    # A start and no end: the baseline has its year, the rest has no period to go in.
    item = project(eprm_grant=Decimal(1000), start_year=timezone.localdate().year - 2)
    Indicator.objects.create(
        project=item, name="Miners", unit="people", baseline=5, target=50, actual=20
    )
    activity = valid(schema, activities_xml([item])).find("iati-activity")
    assert activity.find("budget") is None
    indicator = activity.find("result/indicator")
    assert indicator.find("baseline").get("year") == str(item.start_year)
    assert indicator.find("period") is None
    assert indicator.findtext("description/narrative") == ("Unit: people. Target: 50. Actual: 20.")


@pytest.mark.django_db
@pytest.mark.parametrize("count", [1, 2, 3, 6, 7])
def test_country_percentages_sum_to_exactly_100(schema, count):
    codes = ["BF", "BO", "CD", "CO", "ID", "KE", "ZW"][:count]
    item = project(countries=codes)
    activity = valid(schema, activities_xml([item])).find("iati-activity")
    countries = activity.findall("recipient-country")
    assert sorted(c.get("code") for c in countries) == codes
    shares = [Decimal(c.get("percentage")) for c in countries]
    assert sum(shares) == 100
    assert max(shares) - min(shares) <= Decimal("0.01")
    if count == 3:
        assert [c.get("percentage") for c in countries] == ["33.34", "33.33", "33.33"]


@pytest.mark.django_db
def test_a_published_identifier_is_kept(schema):
    item = project(iati_identifier=" NL-KVK-27378529-EPRM20S19 ")
    assert identifier(item) == "NL-KVK-27378529-EPRM20S19"
    activity = valid(schema, activities_xml([item])).find("iati-activity")
    assert activity.findtext("iati-identifier") == "NL-KVK-27378529-EPRM20S19"


@pytest.mark.django_db
def test_text_that_xml_cannot_hold_is_dropped(schema):
    item = project(title="Gold\x0b & <tin>", summary="Line\x1f one")
    activity = valid(schema, activities_xml([item])).find("iati-activity")
    assert activity.findtext("title/narrative") == "Gold & <tin>"
    assert activity.findtext("description/narrative") == "Line one"


@pytest.mark.django_db
def test_a_link_to_the_web_page_is_not_repeated(schema):
    item = project(website="https://example.org/p")
    Document.objects.create(project=item, title="Our page", url="https://example.org/p")
    activity = valid(schema, activities_xml([item])).find("iati-activity")
    links = activity.findall("document-link")
    assert [(link.get("url"), link.find("category").get("code")) for link in links] == [
        ("https://example.org/p", "A12")
    ]
    assert links[0].findtext("title/narrative") == "Our page"


@pytest.mark.django_db
def test_a_project_iati_would_refuse_has_no_iati_file_and_the_page_says_why(client):
    from . import project_factories as make

    make.project("Somewhere unknown", countries=[])  # written around the model's validation
    response = client.get("/en/projects/somewhere-unknown/iati.xml")
    assert response.status_code == 404
    html = response.content.decode()
    assert "“Somewhere unknown” is not in the Hub’s IATI file yet" in html
    assert "It has no country" in html
    assert client.get("/en/projects/iati.xml").status_code == 404  # no project to export


@pytest.mark.django_db
def test_a_project_left_out_of_the_file_has_no_iati_link_on_its_page_nor_in_the_api(client):
    """Like the demo's CAPAZ phase 1: completed, with no known start, so IATI would refuse it.
    Its page and the API do not send anyone to an address that answers 404."""
    from . import project_factories as make

    year = timezone.localdate().year
    make.project("In the file", countries=["RW"], start_year=year - 2, end_year=year + 1)
    make.project("Start unknown", countries=["CD"], end_year=year - 1, status_override="completed")
    # Two identifiers that are one once trimmed: the file keeps the first project's only.
    kept = make.project("Identifier kept", countries=["RW"], iati_identifier="NL-KVK-27378529-P1")
    taken = make.project("Identifier taken", countries=["RW"])
    # Written around the model, which strips it on saving.
    Project.objects.filter(pk=taken.pk).update(iati_identifier=" NL-KVK-27378529-P1")
    exported = etree.fromstring(client.get("/en/projects/iati.xml").content)
    titles = exported.xpath("//iati-activity/title/narrative/text()")
    assert sorted(titles) == ["Identifier kept", "In the file"]
    # Its address, its page's link and the API's iati_url agree with the file.
    for slug, title in [
        ("in-the-file", "In the file"),
        ("start-unknown", None),
        ("identifier-kept", "Identifier kept"),
        ("identifier-taken", None),
    ]:
        answer = client.get(f"/en/projects/{slug}/iati.xml")
        assert answer.status_code == (200 if title else 404), slug
        page = client.get(f"/en/projects/{slug}/").content.decode()
        api = client.get(f"/api/v1/projects/{slug}/").json()
        if title:
            assert "IATI 2.03 XML" in page and f'href="/en/projects/{slug}/iati.xml"' in page
            assert api["iati_url"] == f"http://testserver/en/projects/{slug}/iati.xml"
        else:
            assert "IATI 2.03 XML" not in page and "iati.xml" not in page, slug
            assert api["iati_url"] is None, slug
    taken = client.get("/en/projects/identifier-taken/iati.xml").content.decode()
    assert f"already that of “{kept.title}”" in taken
