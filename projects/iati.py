"""The projects as IATI 2.03 activities: one <iati-activity> per project.

Built with the standard library's ElementTree. Elements follow the order of the 2.03 schema
(projects/iati_schema/iati-activities-schema.xsd, which the tests validate against); codes are
those of the 2.03 codelists, named where they are used. Nothing is invented: what the Hub does
not know is left out, except where the schema requires something (see _activity_dates).
"""

import datetime
import mimetypes
import re
import xml.etree.ElementTree as ET
from decimal import ROUND_DOWN, Decimal
from urllib.parse import urlsplit

from django.conf import settings
from django.utils import timezone

from members.models import Organisation

from .models import Partnership, Status

VERSION = "2.03"
CURRENCY = "EUR"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

# OECD DAC 5-digit purpose code (SectorVocabulary 1). 32210 "Mineral/mining policy and
# administrative management" covers mineral and mining sector policy, planning and programmes
# and institution capacity building: the closest fit for projects on responsible artisanal and
# small-scale mining. The metal-specific codes (32263-32265) fit single minerals only, and most
# projects span several.
SECTOR_VOCABULARY = "1"
SECTOR_CODE = "32210"

# ActivityStatus: 1 Pipeline/identification, 2 Implementation, 3 Finalisation, 4 Closed. The Hub
# knows only whether work has ended, not whether the accounts are signed off (3), so a completed
# project is reported as closed (4).
ACTIVITY_STATUS = {Status.PLANNED: "1", Status.ONGOING: "2", Status.COMPLETED: "4"}

# ActivityDateType
PLANNED_START, ACTUAL_START, PLANNED_END, ACTUAL_END = "1", "2", "3", "4"
YEAR_ONLY = "Year only: the day and month are not known."

# OrganisationRole
FUNDING, ACCOUNTABLE, IMPLEMENTING = "1", "2", "4"
PARTNER_ROLES = {
    Partnership.Role.LEAD: (ACCOUNTABLE, IMPLEMENTING),
    Partnership.Role.IMPLEMENTING: (IMPLEMENTING,),
    Partnership.Role.FUNDING: (FUNDING,),
    Partnership.Role.ADVISORY: (IMPLEMENTING,),
}

# OrganisationType, from a member's pillar: 10 Government, 21 International NGO (the civil-society
# members are international NGOs and institutes), 70 Private Sector. Partners that are not members
# have no pillar and get no type; nor do industry associations, which no type fits.
ORGANISATION_TYPES = {
    Organisation.Pillar.GOVERNMENT: "10",
    Organisation.Pillar.CIVIL_SOCIETY: "21",
    Organisation.Pillar.SUPPLY_CHAIN: "70",
}

# DescriptionType
GENERAL, OBJECTIVES, OTHER = "1", "2", "4"

# GeographicExactness 2: approximate (the Hub's places are town or province centres).
APPROXIMATE = "2"
WGS84 = "http://www.opengis.net/def/crs/EPSG/0/4326"

# TagVocabulary 2: UN Sustainable Development Goals, coded by their number.
SDG_VOCABULARY = "2"

# PolicyMarker 1 (gender equality) in vocabulary 1 (OECD DAC CRS), with its PolicySignificance.
GENDER_MARKER = "1"
GENDER_SIGNIFICANCE = {"not-targeted": "0", "significant": "1", "principal": "2"}

# BudgetType 1 Original, BudgetStatus 1 Indicative: the grant as the Hub records it, which may
# not be the amount of a signed agreement.
BUDGET_ORIGINAL, BUDGET_INDICATIVE = "1", "1"

# DocumentCategory: A07 Review of project performance and evaluation (what project documents
# and reports are), A12 Activity web page.
REVIEW, WEB_PAGE = "A07", "A12"

# ResultType 1 Output; IndicatorMeasure 1 Unit, 2 Percentage.
OUTPUT = "1"
UNIT, PERCENTAGE = "1", "2"
PERCENT_UNITS = {"%", "percent", "percentage", "per cent"}

# Characters XML 1.0 does not allow, even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

PREFETCH = ("partnerships__organisation", "locations", "indicators", "documents", "sdgs")
"""What activities_xml reads of each project: prefetch it for a list of projects."""


def identifier(project):
    """The project's IATI identifier: as published, or one under the reporting organisation's."""
    return project.iati_identifier.strip() or (
        f"{settings.IATI_REPORTING_ORG['ref']}-HUB-{project.pk}"
    )


def activities_xml(projects, request=None) -> bytes:
    """An IATI 2.03 activities document (UTF-8) of the projects, in the order given.

    request, when given, makes the links to uploaded files absolute.

    The schema wants at least one <iati-activity>: the document of no projects is well-formed
    but not schema-valid (it says truthfully that there is nothing to publish).
    """
    root = ET.Element(
        "iati-activities", {"version": VERSION, "generated-datetime": _datetime(timezone.now())}
    )
    today = timezone.localdate()
    for project in projects:
        root.append(_activity(project, request, today))
    ET.indent(root)
    return ET.tostring(root, encoding="UTF-8", xml_declaration=True)


def _activity(project, request, today):
    attributes = {
        XML_LANG: "en",
        "default-currency": CURRENCY,
        "hierarchy": "1",
    }
    if project.updated:
        attributes["last-updated-datetime"] = _datetime(project.updated)
    activity = ET.Element("iati-activity", attributes)

    _sub(activity, "iati-identifier").text = _clean(identifier(project))
    reporting = settings.IATI_REPORTING_ORG
    _narrative(
        _sub(activity, "reporting-org", ref=reporting["ref"], type=reporting["type"]),
        reporting["name"],
    )
    _narrative(_sub(activity, "title"), project.title, lang=True)
    _descriptions(activity, project)
    _participating_orgs(activity, project)
    status = project.status_on(today)
    _sub(activity, "activity-status", code=ACTIVITY_STATUS[status])
    _activity_dates(activity, project, status, today)
    _recipient_countries(activity, project)
    for location in project.locations.all():
        _location(activity, location)
    _sub(
        activity,
        "sector",
        vocabulary=SECTOR_VOCABULARY,
        code=SECTOR_CODE,
        percentage="100",
    )
    for sdg in project.sdgs.all():
        _narrative(_sub(activity, "tag", vocabulary=SDG_VOCABULARY, code=str(sdg.number)), sdg.name)
    if project.gender_focus:
        _sub(
            activity,
            "policy-marker",
            vocabulary="1",
            code=GENDER_MARKER,
            significance=GENDER_SIGNIFICANCE[project.gender_focus],
        )
    _budget(activity, project)
    _document_links(activity, project, request)
    for indicator in project.indicators.all():
        _result(activity, project, indicator)
    return activity


def _descriptions(activity, project):
    # Type 1 (general): the summary, then the longer description when there is one.
    general = "\n\n".join(text.strip() for text in (project.summary, project.description) if text)
    _narrative(_sub(activity, "description", type=GENERAL), general, lang=True)
    if project.objectives.strip():
        _narrative(_sub(activity, "description", type=OBJECTIVES), project.objectives, lang=True)
    if project.lessons_learned.strip():
        text = f"Lessons learned: {project.lessons_learned.strip()}"
        _narrative(_sub(activity, "description", type=OTHER), text, lang=True)


def _participating_orgs(activity, project):
    # EPRM, for which the reporting organisation publishes, funds every project.
    reporting = settings.IATI_REPORTING_ORG
    _narrative(
        _sub(
            activity,
            "participating-org",
            ref=reporting["ref"],
            type=reporting["type"],
            role=FUNDING,
        ),
        reporting["name"],
    )
    # The lead is accountable for the project and implements it; an organisation may take
    # part under several roles. A ref is never guessed: the Hub does not record them.
    for partnership in project.partnerships.all():
        organisation = partnership.organisation
        for role in PARTNER_ROLES[partnership.role]:
            attributes = {"role": role}
            kind = _organisation_type(organisation)
            if kind:
                attributes["type"] = kind
            _narrative(_sub(activity, "participating-org", **attributes), organisation.name)


def _organisation_type(organisation):
    if organisation.role == Organisation.Role.ASSOCIATION:
        return None
    return ORGANISATION_TYPES.get(organisation.pillar)


def _start(project):
    """(date, exact) of the start, from the date or else 1 January of the year; or None."""
    if project.start_date:
        return project.start_date, True
    if project.start_year:
        return datetime.date(project.start_year, 1, 1), False
    return None


def _end(project):
    """(date, exact) of the end, from the date or else 31 December of the year; or None."""
    if project.end_date:
        return project.end_date, True
    if project.end_year:
        return datetime.date(project.end_year, 12, 31), False
    return None


def _activity_dates(activity, project, status, today):
    # Actual dates (2, 4) only for what has happened: the project has started (ended) by its
    # status, and the date is not in the future. Planned dates (1, 3) otherwise.
    start, end = _start(project), _end(project)
    if start:
        started = status in (Status.ONGOING, Status.COMPLETED) and start[0] <= today
        _activity_date(activity, ACTUAL_START if started else PLANNED_START, *start)
    if end:
        ended = status == Status.COMPLETED and end[0] <= today
        _activity_date(activity, ACTUAL_END if ended else PLANNED_END, *end)
    if not start and not end:
        # The schema requires an activity date and the Hub knows none. Rather than leave the
        # project out, give a planned start on the day it was recorded, saying so.
        recorded = timezone.localdate(project.created) if project.created else today
        date = _sub(activity, "activity-date", type=PLANNED_START, **{"iso-date": str(recorded)})
        _narrative(
            date,
            "The start date is not known. This is the date the project was recorded in the "
            "EPRM Due Diligence Hub, given because IATI requires an activity date.",
        )


def _activity_date(activity, kind, date, exact):
    element = _sub(activity, "activity-date", type=kind, **{"iso-date": date.isoformat()})
    if not exact:
        _narrative(element, YEAR_ONLY)


def _recipient_countries(activity, project):
    countries = [country.code for country in project.countries]
    for code, share in zip(countries, _shares(len(countries)), strict=True):
        _sub(activity, "recipient-country", code=code, percentage=_number(share))


def _shares(count):
    """100 split evenly in `count` parts of two decimals that sum to exactly 100."""
    if not count:
        return []
    base = (Decimal(100) / count).quantize(Decimal("0.01"), rounding=ROUND_DOWN)
    extra_cents = int((Decimal(100) - base * count) / Decimal("0.01"))
    return [base + Decimal("0.01") if i < extra_cents else base for i in range(count)]


def _location(activity, location):
    element = _sub(activity, "location")
    _narrative(_sub(element, "name"), location.name)
    point = _sub(element, "point", srsName=WGS84)
    _sub(point, "pos").text = f"{location.latitude} {location.longitude}"
    _sub(element, "exactness", code=APPROXIMATE)


def _budget(activity, project):
    # One budget for the whole grant period. IATI advises budget periods of at most a year, but
    # the Hub knows only the total grant, not how it is spread over the years; splitting it
    # would invent figures. The schema accepts the longer period.
    start, end = _start(project), _end(project)
    if project.eprm_grant is None or not start or not end:
        return
    budget = _sub(activity, "budget", type=BUDGET_ORIGINAL, status=BUDGET_INDICATIVE)
    _sub(budget, "period-start", **{"iso-date": start[0].isoformat()})
    _sub(budget, "period-end", **{"iso-date": end[0].isoformat()})
    value = _sub(budget, "value", currency=CURRENCY, **{"value-date": start[0].isoformat()})
    value.text = _number(project.eprm_grant)


def _document_links(activity, project, request):
    website = project.website.strip()
    documents = list(project.documents.all())
    for document in documents:
        if document.file:
            url = document.file.url
            if request is not None:
                url = request.build_absolute_uri(url)
            file_format = _media_type(document.file.name, "application/pdf")
            category = REVIEW
        else:
            url = document.url
            file_format = _media_type(document.url, "text/html")
            category = WEB_PAGE if website and url == website else REVIEW
        _document_link(activity, url, file_format, document.title, category)
    if website and all(document.url != website for document in documents):
        _document_link(activity, website, "text/html", "Project web page", WEB_PAGE)


def _document_link(activity, url, file_format, title, category):
    link = _sub(activity, "document-link", url=url, format=file_format)
    _narrative(_sub(link, "title"), title)
    _sub(link, "category", code=category)


def _media_type(name, default):
    """The IANA media type (IATI FileFormat) a file name or URL path says, or the default."""
    guessed, _encoding = mimetypes.guess_type(urlsplit(name).path)
    return guessed or default


def _result(activity, project, indicator):
    """One output result per indicator, with what is known of its baseline, target and actual."""
    result = _sub(activity, "result", type=OUTPUT, **{"aggregation-status": "0"})
    _narrative(_sub(result, "title"), indicator.name)

    percentage = indicator.unit.strip().lower() in PERCENT_UNITS
    attributes = {"measure": PERCENTAGE if percentage else UNIT}
    # Whether more is better, when the baseline and target say so; IATI assumes it otherwise.
    known = indicator.baseline is not None and indicator.target is not None
    if known and indicator.target != indicator.baseline:
        attributes["ascending"] = "1" if indicator.target > indicator.baseline else "0"
    element = _sub(result, "indicator", **attributes)
    _narrative(_sub(element, "title"), indicator.name)

    # The baseline is taken at the project's start; its year is required. The period runs
    # over the project; both its ends are required. What has no place goes in the description.
    start, end = _start(project), _end(project)
    baseline_year = start[0].year if start else (indicator.as_of.year if indicator.as_of else None)
    has_values = indicator.target is not None or indicator.actual is not None
    notes = [f"Unit: {indicator.unit}."]
    if indicator.baseline is not None and not baseline_year:
        notes.append(f"Baseline: {_number(indicator.baseline)} (year not known).")
    if has_values and not (start and end):
        if indicator.target is not None:
            notes.append(f"Target: {_number(indicator.target)}.")
        if indicator.actual is not None:
            notes.append(f"Actual: {_number(indicator.actual)}{_as_of(indicator, ' ')}.")
    _narrative(_sub(element, "description"), " ".join(notes), lang=True)

    if indicator.baseline is not None and baseline_year:
        _sub(element, "baseline", year=str(baseline_year), value=_number(indicator.baseline))
    if has_values and start and end:
        period = _sub(element, "period")
        _sub(period, "period-start", **{"iso-date": start[0].isoformat()})
        _sub(period, "period-end", **{"iso-date": end[0].isoformat()})
        if indicator.target is not None:
            _sub(period, "target", value=_number(indicator.target))
        if indicator.actual is not None:
            actual = _sub(period, "actual", value=_number(indicator.actual))
            if indicator.as_of:
                _narrative(_sub(actual, "comment"), _as_of(indicator).capitalize() + ".")


def _as_of(indicator, prefix=""):
    return f"{prefix}as of {indicator.as_of.isoformat()}" if indicator.as_of else ""


def _sub(parent, tag, **attributes):
    return ET.SubElement(parent, tag, {key: str(value) for key, value in attributes.items()})


def _narrative(parent, text, lang=False):
    element = ET.SubElement(parent, "narrative", {XML_LANG: "en"} if lang else {})
    element.text = _clean(text)
    return element


def _clean(text):
    return _NOT_XML.sub("", str(text)).strip()


def _number(value):
    """A decimal without exponent or trailing zeros: 800000, 33.34, 12.5."""
    return format(Decimal(value).normalize(), "f")


def _datetime(moment):
    return moment.astimezone(datetime.UTC).replace(microsecond=0).isoformat()
