from collections import Counter, defaultdict
from operator import attrgetter
from typing import NamedTuple

from django.db.models import F, OuterRef, Prefetch, Subquery
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, gettext_noop

from eprm_hub import downloads
from eprm_hub.charts import bar_chart, responsive
from eprm_hub.facets import in_order, render_listing
from eprm_hub.feeds import TranslatedFeed
from eprm_hub.models import SDG, Mineral
from eprm_hub.spreadsheets import Column, csv_lines, exported

from . import figures, iati, metadata
from .models import Indicator, Partnership, Project, Status
from .search import CATALOGUE


class _Row(NamedTuple):
    """A project as a row of the CSV file: with its partnerships, and its page's address."""

    project: Project
    partners: list[Partnership]
    url: str


def _joined(values):
    return ";".join(values)


def _blank_if_none(value):
    return "" if value is None else value


def _lead(row):
    return next((p.organisation.name for p in row.partners if p.role == "lead"), "")


def _partners(row):
    return _joined(p.organisation.name for p in row.partners if p.role != "lead")


def _year(day, year):
    """The year of a date when known, else the year recorded without it."""
    return (day.year if day else year) or ""


# The projects' CSV (the exports of docs/exports.md): its columns, in order.
PROJECT_COLUMNS = (
    Column("title", export=attrgetter("project.title")),
    Column("slug", export=attrgetter("project.slug")),
    Column("status", export=attrgetter("project.status")),
    Column("countries", export=lambda row: _joined(str(c.code) for c in row.project.countries)),
    Column("minerals", export=lambda row: _joined(m.slug for m in row.project.minerals.all())),
    Column("call", export=lambda row: row.project.call.name if row.project.call else ""),
    Column("lead_organisation", export=_lead),
    Column("partners", export=_partners),
    # The day when known; the year in the next column.
    Column("start_date", export=lambda row: row.project.start_date or ""),
    Column("start_year", export=lambda row: _year(row.project.start_date, row.project.start_year)),
    Column("end_date", export=lambda row: row.project.end_date or ""),
    Column("end_year", export=lambda row: _year(row.project.end_date, row.project.end_year)),
    Column("total_budget_eur", export=lambda row: _blank_if_none(row.project.total_budget)),
    Column("eprm_grant_eur", export=lambda row: _blank_if_none(row.project.eprm_grant)),
    Column("sdgs", export=lambda row: _joined(g.slug for g in row.project.sdgs.all())),
    Column("gender_focus", export=attrgetter("project.gender_focus")),
    Column("iati_identifier", export=lambda row: iati.identifier(row.project)),
    Column("summary", export=attrgetter("project.summary")),
    Column("detail_url", export=attrgetter("url")),
)
CSV_COLUMNS = [column.name for column in PROJECT_COLUMNS]


PARTNERS = Prefetch("partnerships", queryset=Partnership.objects.select_related("organisation"))


def _with_details(projects):
    return projects.select_related("call").prefetch_related("minerals", "sdgs", PARTNERS)


# A listing's row names its lead organisation and no other partner: a project has several,
# and reading them with their organisations (a second query, a model each) cost more than the
# rows themselves.
LEAD_NAME = Subquery(
    Partnership.objects.filter(project=OuterRef("pk"), role=Partnership.Role.LEAD)
    .order_by("order", "pk")
    .values("organisation__name")[:1]
)


def project_list(request):
    # The minerals of each row come from the index (the catalogue's row facets).
    rows = Project.objects.annotate(lead_name=LEAD_NAME)
    return render_listing(request, CATALOGUE, "projects/list.html", rows)


def project_detail(request, slug):
    visible = Project.objects.all() if request.user.is_staff else Project.objects.published()
    project = get_object_or_404(
        _with_details(visible).prefetch_related("locations", "indicators", "documents"), slug=slug
    )
    context = {
        "project": project,
        "structured_data": metadata.json_ld(request, project),
        "in_iati": iati.in_file(project),  # else no link to an address that would be a 404
    }
    return render(request, "projects/detail.html", context)


def export_csv(request):
    """Every match of the search, in its order: rate-limited per client, and sent only once
    complete (eprm_hub/downloads.py, docs/exports.md)."""
    if refused := downloads.limited(request):
        return refused
    search = CATALOGUE.search(request.GET)
    return downloads.csv_file(_csv_lines(request, search.all_ids()), "eprm-projects.csv")


def _csv_lines(request, ids, chunk=500):
    """The file's lines, a chunk of projects (and a few queries) at a time."""
    chunks = (
        [
            _csv_row(request, project)
            for project in in_order(
                _with_details(Project.objects.all()), ids[start : start + chunk]
            )
        ]
        for start in range(0, len(ids), chunk)
    )
    return csv_lines(CSV_COLUMNS, chunks)


def _csv_row(request: HttpRequest, project: Project) -> list:
    row = _Row(
        project,
        list(project.partnerships.all()),
        request.build_absolute_uri(project.get_absolute_url()),
    )
    return exported(PROJECT_COLUMNS, row)


def _iati_response(xml, filename):
    response = HttpResponse(xml, content_type="application/xml; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def iati_all(request):
    projects = list(
        Project.objects.published().select_related("call").prefetch_related(*iati.PREFETCH)
    )
    if not any(not iati.problems(project) for project in projects):
        # An IATI file holds one activity or more: with none to export there is no file.
        return render(request, "projects/iati_empty.html", status=404)
    return _iati_response(iati.activities_xml(projects, request), "eprm-projects-iati.xml")


def iati_one(request, slug):
    project = get_object_or_404(
        Project.objects.published().select_related("call").prefetch_related(*iati.PREFETCH),
        slug=slug,
    )
    reasons = iati.left_out(project)
    if reasons:  # not an activity of the IATI file: no file of its own, and the page says why
        context = {"project": project, "reasons": reasons}
        return render(request, "projects/iati_empty.html", context, status=404)
    return _iati_response(iati.activities_xml([project], request), f"{project.slug}-iati.xml")


def overview(request: HttpRequest) -> HttpResponse:
    """The portfolio at a glance: counts, money, breakdowns and summed indicators."""
    projects = list(_with_details(Project.objects.published()))
    headline = figures.portfolio(projects)
    breakdowns = [
        _breakdown(key, _(title), _(label), rows(projects))
        for key, title, label, rows in BREAKDOWNS
    ]
    return render(
        request,
        "projects/overview.html",
        {
            "count": headline["count"],
            "country_count": len(headline["countries"]),
            "countries_label": figures.COUNTRIES_LABEL,
            "grant": headline["grant"],
            "co_funding": headline["co_funding"],
            "breakdowns": breakdowns,
            "indicators": _summed_indicators(),
        },
    )


def _by_mineral(projects):
    counts = Counter(m.pk for p in projects for m in p.minerals.all())
    return [(m.label, counts[m.pk], m.colour) for m in Mineral.objects.all() if counts[m.pk]]


def _by_country(projects):
    counts = Counter(str(c.code) for p in projects for c in p.countries)
    names = {str(c.code): c.name for p in projects for c in p.countries}
    rows = ((names[code], count) for code, count in counts.items())
    return sorted(rows, key=lambda row: (-row[1], row[0]))


def _by_status(projects):
    counts = Counter(p.status for p in projects)
    return [(label, counts[value]) for value, label in Status.choices]


def _by_call_year(projects):
    counts = Counter(p.call.year for p in projects if p.call)
    rows = [(str(year), count) for year, count in sorted(counts.items())]
    if before_calls := sum(1 for p in projects if p.call is None):
        rows.append((_("Before the first call"), before_calls))
    return rows


def _by_sdg(projects):
    # Not in the goals' own colours: several are too light for a bar on white.
    counts = Counter(g.pk for p in projects for g in p.sdgs.all())
    return [(f"{g.number}. {g.label}", counts[g.pk]) for g in SDG.objects.all() if counts[g.pk]]


# The overview's breakdowns: (key, title, label of a row, its rows of the projects). The
# texts are translated as the page is made.
BREAKDOWNS = [
    ("minerals", gettext_noop("Projects by mineral"), gettext_noop("Mineral"), _by_mineral),
    ("countries", gettext_noop("Projects by country"), gettext_noop("Country"), _by_country),
    ("status", gettext_noop("Projects by status"), gettext_noop("Status"), _by_status),
    (
        "calls",
        gettext_noop("Projects by year of the call for proposals"),
        gettext_noop("Year of the call"),
        _by_call_year,
    ),
    (
        "sdgs",
        gettext_noop("Projects by Sustainable Development Goal"),
        gettext_noop("Goal"),
        _by_sdg,
    ),
]


def _breakdown(key, title, label, rows):
    return {
        "key": key,
        "title": title,
        "label": label,
        "rows": rows,
        "chart": responsive(bar_chart, title, rows, chart_id=f"overview-{key}") if rows else None,
    }


def _summed_indicators():
    """Indicators whose names and units match, summed across the published projects."""
    totals = defaultdict(
        lambda: {
            "projects": set(),
            "target": None,
            "actual": None,
            # The projects each sum covers: "known for 2 of 3" when some did not report.
            "target_known": set(),
            "actual_known": set(),
        }
    )
    indicators = Indicator.objects.filter(project__is_published=True).select_related("project")
    for indicator in indicators:
        key = (indicator.name.strip().casefold(), indicator.unit.strip().casefold())
        total = totals[key]
        total.setdefault("name", indicator.name.strip())
        total.setdefault("unit", indicator.unit.strip())
        total["projects"].add(indicator.project_id)
        # None until some project reports a value: "not reported" is not zero.
        for field in ("target", "actual"):
            value = getattr(indicator, field)
            if value is not None:
                total[field] = (total[field] or 0) + value
                total[f"{field}_known"].add(indicator.project_id)
    rows = [
        {
            **total,
            "projects": len(total["projects"]),
            "target_known": len(total["target_known"]),
            "actual_known": len(total["actual_known"]),
        }
        for total in totals.values()
    ]
    return sorted(rows, key=lambda row: row["name"].casefold())


class ProjectFeed(TranslatedFeed):
    """The projects most recently published on the Hub, newest first; each entry in the
    language of its text (eprm_hub/feeds.py)."""

    title = gettext_lazy("Due Diligence Hub: new projects")
    subtitle = gettext_lazy(
        "Projects the European Partnership for Responsible Minerals funds in mining areas, "
        "as they are published."
    )
    author_name = gettext_lazy(
        "Due Diligence Hub of the European Partnership for Responsible Minerals"
    )

    def link(self):
        return reverse("projects:list")

    def items(self):
        newest = F("published_at").desc(nulls_last=True)
        projects = Project.objects.published().order_by(newest, "-pk")
        return projects.prefetch_related("minerals", PARTNERS)[:30]

    def item_pubdate(self, project):
        return project.published_at

    def item_updateddate(self, project):
        return project.updated

    def item_author_name(self, project):
        lead = project.lead
        return lead.name if lead else None

    def item_categories(self, project):
        return [mineral.label for mineral in project.minerals.all()]
