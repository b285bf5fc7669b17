"""The projects as IATI 2.03 activities: one <iati-activity> per project.

Built with the standard library's ElementTree. Elements follow the order of the 2.03 schema
(projects/iati_schema/iati-activities-schema.xsd, which the tests validate against); codes are
those of the 2.03 codelists, named where they are used. Nothing is invented: what the Hub does
not know is left out, except where the schema requires something (see _activity_dates).

The file also passes the IATI Validator's Standard Ruleset and codelists (vendored in
projects/iati_rules/, applied by the tests): a project that cannot become an activity passing
them (no country, a bad or taken identifier, a status its dates contradict) is left out of the
file, with a comment saying why (see problems).
"""

import datetime
import functools
import mimetypes
import re
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.db.models import Q
from django.db.models.functions import Trim
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from members.models import Organisation

from .models import Partnership, Project, Status, hub_iati_identifier, iati_identifier_errors

VERSION = "2.03"
CURRENCY = "EUR"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
CODELISTS = Path(__file__).resolve().parent / "iati_rules" / "codelists"

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
    return project.iati_identifier.strip() or hub_iati_identifier(project.pk)


def current_day():
    """The day that decides what has happened: the earlier of the Hub's date and UTC's.

    An actual date must not be after today for the Validator, whose clock is UTC (rules 11.1.4,
    11.1.5), nor for the Hub's pages, which use local time.
    """
    return min(timezone.localdate(), timezone.now().astimezone(datetime.UTC).date())


def problems(project: Project, day: datetime.date | None = None) -> list[str]:
    """Why the project cannot be an IATI activity that passes the Validator's rules, as
    sentences in the active language; empty when it can.

    Model validation refuses most of these; data from before it, or written around it, can
    still have them. A project marked ongoing or completed whose start is not known is allowed:
    the Hub shows what it knows, but IATI needs the actual start of an activity under way.
    """
    day = day or current_day()
    found = []
    if not project.countries:
        # Rule 3.7.1. The Hub records where a project works as countries only.
        found.append(
            _("It has no country, and IATI requires the country or region where a project works.")
        )
    found += [str(message) for message in iati_identifier_errors(identifier(project))]
    return found + _date_problems(project, day)


def _date_problems(project: Project, day: datetime.date) -> list[str]:
    """Why the project's dates and status break IATI's rules on them."""
    found = []
    start, end = _start(project), _end(project)
    status = project.status_on(day)
    if start and end and end[0] < start[0]:
        found.append(_("It ends before it starts."))
    if status in (Status.ONGOING, Status.COMPLETED):
        # An activity that has started has an actual start (IATI's guidance on dates and
        # status), and an actual date is never in the future (11.1.4).
        if not start:
            found.append(_("It is marked ongoing or completed, but its start date is not known."))
        elif start[0] > day:
            found.append(
                _("It is marked ongoing or completed, but it starts on %(date)s.")
                % {"date": start[0].isoformat()}
            )
    elif not start and end and end[0] < _recorded(project, day):
        # The planned start given in its place (see _activity_dates) would come after the end.
        found.append(_("Its start date is not known, and its end is already past."))
    return found


def left_out(project, day=None):
    """Why the project is not in the IATI file (and has no address of its own there), as
    sentences in the active language; empty when it is. The same reasons as activities_xml
    gives for it: its problems(), or an identifier that another activity keeps."""
    found = problems(project, day)
    if found:
        return found
    # Another published project that gives the same identifier (one the Hub gave it, or its
    # own) and keeps it: one query.
    number = identifier(project).removeprefix(hub_iati_identifier(""))
    same = Q(given=identifier(project))
    if number.isdigit():
        same |= Q(pk=int(number))
    others = Project.objects.published().annotate(given=Trim("iati_identifier"))
    others = others.filter(same).exclude(pk=project.pk)
    rivals = [
        other
        for other in others
        if identifier(other) == identifier(project) and not problems(other, day)
    ]
    owner = _identifier_owners([project, *rivals])[identifier(project)]
    if owner is not project:
        found.append(_("Its IATI identifier is already that of “%(title)s”.") % {"title": owner})
    return found


def in_file(project, day=None):
    """Whether the project is an activity of the IATI file: what its page and the API link to."""
    return project.is_published and not left_out(project, day)


def activities_xml(projects, request=None) -> bytes:
    """An IATI 2.03 activities document (UTF-8) of the projects, in the order given.

    request, when given, makes the links to uploaded files absolute.

    A project with problems() is left out, with a comment in its place saying why. The schema
    wants at least one <iati-activity>: a document without any is well-formed but not
    schema-valid (it says truthfully that there is nothing to publish).
    """
    root = ET.Element(
        "iati-activities", {"version": VERSION, "generated-datetime": _datetime(timezone.now())}
    )
    day = current_day()
    with translation.override("en"):
        checked = [(project, problems(project, day)) for project in projects]
        owners = _identifier_owners(project for project, found in checked if not found)
        for project, found in checked:
            owner = owners.get(identifier(project), project)
            if owner is not project:
                found.append(
                    _("Its IATI identifier is already that of “%(title)s”.") % {"title": owner}
                )
            if found:
                root.append(ET.Comment(_left_out(project, found)))
            else:
                root.append(_activity(project, request, day))
    ET.indent(root)
    return ET.tostring(root, encoding="UTF-8", xml_declaration=True)


def _identifier_owners(projects):
    """{identifier: the project it stays with}. Two activities under one identifier would hide
    each other (rule 1.1.2): it stays with the project the Hub gave it to, else the oldest."""
    owners = {}
    for project in sorted(projects, key=lambda p: (bool(p.iati_identifier.strip()), p.pk)):
        owners.setdefault(identifier(project), project)
    return owners


def _left_out(project, reasons):
    text = _clean(f"Left out: “{project.title}” (project {project.pk}). {' '.join(reasons)}")
    # A comment cannot hold "--" nor end with "-".
    return f" {re.sub('-(?=-)', '- ', text)} "


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
        _result(activity, project, indicator, status)
    return activity


def _descriptions(activity, project):
    # Type 1 (general): the summary, then the longer description when there is one. A
    # description needs text (rule 4.4.1).
    general = "\n\n".join(text.strip() for text in (project.summary, project.description) if text)
    if _clean(general):
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
    # The status and the dates agree (IATI's guidance on activity dates and status): an
    # ongoing or completed project has an actual start (2), which problems() has made sure is
    # known and past; a planned one has only planned dates (1, 3). The end is actual (4) once a
    # completed project has reached it; a project completed early keeps its planned end, the
    # day it stopped not being recorded.
    start, end = _start(project), _end(project)
    started = status in (Status.ONGOING, Status.COMPLETED)
    if start:
        _activity_date(activity, ACTUAL_START if started else PLANNED_START, *start)
    else:
        # IATI requires a start date (rule 6.11.1) and the Hub knows none; only a planned
        # project gets here. Rather than leave it out, give a planned start on the day it was
        # recorded, saying so.
        date = _sub(
            activity,
            "activity-date",
            type=PLANNED_START,
            **{"iso-date": _recorded(project, today).isoformat()},
        )
        _narrative(
            date,
            "The start date is not known. This is the date the project was recorded in the "
            "EPRM Due Diligence Hub, given because IATI requires a start date.",
        )
    if end:
        ended = status == Status.COMPLETED and end[0] <= today
        _activity_date(activity, ACTUAL_END if ended else PLANNED_END, *end)


def _recorded(project, today):
    return timezone.localdate(project.created) if project.created else today


def _activity_date(activity, kind, date, exact):
    element = _sub(activity, "activity-date", type=kind, **{"iso-date": date.isoformat()})
    if not exact:
        _narrative(element, YEAR_ONLY)


def _recipient_countries(activity, project):
    # Evenly, in hundredths of a percent that sum to exactly 100 (rule 3.1.2).
    countries = [country.code for country in project.countries]
    for code, share in zip(countries, _apportion(Decimal(100), [1] * len(countries)), strict=True):
        _sub(activity, "recipient-country", code=code, percentage=_number(share))


def _apportion(total, weights):
    """total (of two decimals) shared in proportion to weights, in hundredths that sum to
    exactly total: each share rounded down, the hundredths left over going one each to the
    largest remainders, the first among equals."""
    hundredths = int(total * 100)
    whole = sum(weights)
    exact = [hundredths * weight for weight in weights]  # in 1/whole of a hundredth
    shares = [part // whole for part in exact]
    by_remainder = sorted(range(len(weights)), key=lambda i: (-(exact[i] % whole), i))
    for i in by_remainder[: hundredths - sum(shares)]:
        shares[i] += 1
    return [Decimal(share) / 100 for share in shares]


def _location(activity, location):
    element = _sub(activity, "location")
    _narrative(_sub(element, "name"), location.name)
    point = _sub(element, "point", srsName=WGS84)
    _sub(point, "pos").text = f"{location.latitude} {location.longitude}"
    _sub(element, "exactness", code=APPROXIMATE)


def _budget(activity, project):
    # A budget period is at most a year (rule 7.5.3), so the grant goes in one budget per
    # calendar year of the project: the financial year of the reporting organisation (a Dutch
    # government agency), and whole years when only the years are known. The Hub knows only the
    # whole grant, not how it is spread over the years, so each year gets the share of its days:
    # the split that assumes least. Shares are in cents, the smallest amount of the currency,
    # and sum to the grant exactly, so that IATI users adding up the budgets find the grant.
    start, end = _start(project), _end(project)
    if project.eprm_grant is None or not start or not end:
        return
    periods = _calendar_years(start[0], end[0])
    days = [(last - first).days + 1 for first, last in periods]
    for (first, last), amount in zip(periods, _apportion(project.eprm_grant, days), strict=True):
        budget = _sub(activity, "budget", type=BUDGET_ORIGINAL, status=BUDGET_INDICATIVE)
        _sub(budget, "period-start", **{"iso-date": first.isoformat()})
        _sub(budget, "period-end", **{"iso-date": last.isoformat()})
        value = _sub(budget, "value", currency=CURRENCY, **{"value-date": first.isoformat()})
        value.text = _number(amount)


def _calendar_years(start, end):
    """(first day, last day) of each calendar year from start to end, cut to them."""
    periods = []
    while start <= end:
        last = min(datetime.date(start.year, 12, 31), end)
        periods.append((start, last))
        start = last + datetime.timedelta(days=1)
    return periods


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
    _narrative(_sub(link, "title"), _clean(title) or url)  # a title needs text (rule 4.3.1)
    _sub(link, "category", code=category)


def _media_type(name, default):
    """The IANA media type a file name or URL path says, if the FileFormat codelist has it, or
    the default. The guess depends on the machine's table of extensions, which can name types
    that are not on the codelist (application/x-httpd-php for a .php page, for one)."""
    guessed, _encoding = mimetypes.guess_type(urlsplit(name).path)
    return guessed if guessed in _codes("FileFormat") else default


@functools.cache
def _codes(codelist):
    """The codes of a vendored codelist that are not withdrawn."""
    items = ET.parse(CODELISTS / f"{codelist}.xml").getroot().iter("codelist-item")
    return frozenset(item.findtext("code") for item in items if item.get("status") != "withdrawn")


def _result(activity, project, indicator, status):
    """One output result per indicator, with what is known of its baseline, target and actual.

    A planned project reports no actual value: it has not started (the model refuses one).
    """
    actual = indicator.actual if status != Status.PLANNED else None
    result = _sub(activity, "result", type=OUTPUT, **{"aggregation-status": "0"})
    _narrative(_sub(result, "title"), indicator.name)
    element = _sub(result, "indicator", **_measure(indicator))
    _narrative(_sub(element, "title"), indicator.name)

    # The baseline is taken at the project's start; its year is required. The period runs
    # over the project; both its ends are required. What has no place goes in the description.
    start, end = _start(project), _end(project)
    period = (start[0], end[0]) if start and end else None
    baseline_year = start[0].year if start else (indicator.as_of.year if indicator.as_of else None)
    notes = _notes(indicator, actual, baseline_year, period)
    _narrative(_sub(element, "description"), notes, lang=True)

    if indicator.baseline is not None and baseline_year:
        _sub(element, "baseline", year=str(baseline_year), value=_number(indicator.baseline))
    if period and (indicator.target is not None or actual is not None):
        _period(element, indicator, actual, period)


def _measure(indicator):
    """The indicator's attributes: a percentage or units, and whether more is better when
    the baseline and target say so (IATI assumes it otherwise)."""
    percentage = indicator.unit.strip().lower() in PERCENT_UNITS
    attributes = {"measure": PERCENTAGE if percentage else UNIT}
    known = indicator.baseline is not None and indicator.target is not None
    if known and indicator.target != indicator.baseline:
        attributes["ascending"] = "1" if indicator.target > indicator.baseline else "0"
    return attributes


def _notes(indicator, actual, baseline_year, period):
    """The indicator's description: its unit, and the values that have no place of their
    own (a baseline without a year; a target or actual without the period's two ends)."""
    notes = [f"Unit: {indicator.unit}."]
    if indicator.baseline is not None and not baseline_year:
        notes.append(f"Baseline: {_number(indicator.baseline)} (year not known).")
    if not period:
        if indicator.target is not None:
            notes.append(f"Target: {_number(indicator.target)}.")
        if actual is not None:
            notes.append(f"Actual: {_number(actual)}{_as_of(indicator, ' ')}.")
    return " ".join(notes)


def _period(element, indicator, actual, period):
    """The period over the project, with the target and the actual value reached."""
    start, end = period
    element = _sub(element, "period")
    _sub(element, "period-start", **{"iso-date": start.isoformat()})
    _sub(element, "period-end", **{"iso-date": end.isoformat()})
    if indicator.target is not None:
        _sub(element, "target", value=_number(indicator.target))
    if actual is not None:
        reached = _sub(element, "actual", value=_number(actual))
        if indicator.as_of:
            _narrative(_sub(reached, "comment"), _as_of(indicator).capitalize() + ".")


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
