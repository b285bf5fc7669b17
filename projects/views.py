from collections import Counter, defaultdict

from django.db.models import F, Prefetch
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from eprm_hub import downloads
from eprm_hub.charts import bar_chart, responsive
from eprm_hub.facets import in_order, render_listing
from eprm_hub.feeds import TranslatedFeed
from eprm_hub.models import SDG, Mineral
from eprm_hub.spreadsheets import csv_lines, neutralised

from . import figures, iati, metadata
from .models import Indicator, Partnership, Project, Status
from .search import CATALOGUE

CSV_COLUMNS = [
    "title", "slug", "status", "countries", "minerals", "call", "lead_organisation", "partners",
    "start_date", "start_year", "end_date", "end_year", "total_budget_eur", "eprm_grant_eur",
    "sdgs", "gender_focus", "iati_identifier", "summary", "detail_url",
]  # fmt: skip


PARTNERS = Prefetch("partnerships", queryset=Partnership.objects.select_related("organisation"))


def _with_details(projects):
    return projects.select_related("call").prefetch_related("minerals", "sdgs", PARTNERS)


def project_list(request):
    # The minerals of each row come from the index (the catalogue's row facets).
    rows = Project.objects.select_related("call").prefetch_related(PARTNERS)
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


def _csv_row(request, project):
    partners = list(project.partnerships.all())
    lead = next((p.organisation.name for p in partners if p.role == "lead"), "")
    start_year = project.start_date.year if project.start_date else project.start_year
    end_year = project.end_date.year if project.end_date else project.end_year
    row = [
        project.title,
        project.slug,
        project.status,
        ";".join(str(c.code) for c in project.countries),
        ";".join(m.slug for m in project.minerals.all()),
        project.call.name if project.call else "",
        lead,
        ";".join(p.organisation.name for p in partners if p.role != "lead"),
        project.start_date or "",  # the day when known; the year in the next column
        start_year or "",
        project.end_date or "",
        end_year or "",
        project.total_budget if project.total_budget is not None else "",
        project.eprm_grant if project.eprm_grant is not None else "",
        ";".join(g.slug for g in project.sdgs.all()),
        project.gender_focus,
        iati.identifier(project),
        project.summary,
        request.build_absolute_uri(project.get_absolute_url()),
    ]
    return [neutralised(cell) for cell in row]


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


def overview(request):
    """The portfolio at a glance: counts, money, breakdowns and summed indicators."""
    projects = list(_with_details(Project.objects.published()))
    headline = figures.portfolio(projects)
    countries = Counter(str(c.code) for p in projects for c in p.countries)
    country_names = {str(c.code): c.name for p in projects for c in p.countries}
    by_mineral = Counter(m.pk for p in projects for m in p.minerals.all())
    by_sdg = Counter(g.pk for p in projects for g in p.sdgs.all())
    by_status = Counter(p.status for p in projects)
    by_year = Counter(p.call.year for p in projects if p.call)
    before_calls = sum(1 for p in projects if p.call is None)

    breakdowns = [
        _breakdown(
            "minerals",
            _("Projects by mineral"),
            _("Mineral"),
            [
                (m.label, by_mineral[m.pk], m.colour)
                for m in Mineral.objects.all()
                if by_mineral[m.pk]
            ],
        ),
        _breakdown(
            "countries",
            _("Projects by country"),
            _("Country"),
            sorted(
                ((country_names[code], count) for code, count in countries.items()),
                key=lambda row: (-row[1], row[0]),
            ),
        ),
        _breakdown(
            "status",
            _("Projects by status"),
            _("Status"),
            [(label, by_status[value]) for value, label in Status.choices],
        ),
        _breakdown(
            "calls",
            _("Projects by year of the call for proposals"),
            _("Year of the call"),
            [(str(year), count) for year, count in sorted(by_year.items())]
            + ([(_("Before the first call"), before_calls)] if before_calls else []),
        ),
        _breakdown(
            "sdgs",
            _("Projects by Sustainable Development Goal"),
            _("Goal"),
            # Not in the goals' own colours: several are too light for a bar on white.
            [(f"{g.number}. {g.label}", by_sdg[g.pk]) for g in SDG.objects.all() if by_sdg[g.pk]],
        ),
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
