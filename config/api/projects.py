from django.db.models import Prefetch
from django.http import HttpResponse
from django.urls import reverse
from ninja import Router

from projects import iati
from projects.models import Partnership, Project, Status
from projects.search import CATALOGUE

from . import schemas
from .listing import absolute, conditional, find, search_page, terms, texts

router = Router(tags=["projects"])

PARTNERS = Prefetch("partnerships", queryset=Partnership.objects.select_related("organisation"))
ROWS = Project.objects.select_related("call").prefetch_related("minerals", "sdgs", PARTNERS)


def _amount(value):
    return float(value) if value is not None else None


def _partner(part):
    organisation = part.organisation
    listed = organisation.is_member and organisation.is_public
    return {
        "name": organisation.name,
        "role": {"slug": part.role, "name": str(part.get_role_display())},
        "member": organisation.slug if listed else None,
    }


def item(request, project, fields=("title", "summary")):
    status = project.status
    gender = project.gender_focus
    return {
        "slug": project.slug,
        **texts(project, *fields),
        "status": {"slug": status, "name": str(Status(status).label)},
        "countries": [{"slug": c.code, "name": str(c.name)} for c in project.countries],
        "minerals": terms(project.minerals),
        "call": {"slug": project.call.slug, "name": project.call.name} if project.call else None,
        "start_date": project.start_date,
        "start_year": project.start_year,
        "end_date": project.end_date,
        "end_year": project.end_year,
        "eprm_grant": _amount(project.eprm_grant),
        "total_budget": _amount(project.total_budget),
        "sdgs": terms(project.sdgs),
        "gender_focus": {"slug": gender, "name": str(project.get_gender_focus_display())}
        if gender
        else None,
        "partners": [_partner(part) for part in project.partnerships.all()],
        "hub_url": absolute(request, project.get_absolute_url()),
        "api_url": absolute(request, reverse("api:project", args=[project.slug])),
    }


@router.get(
    "/",
    response={200: schemas.ProjectPage, 400: schemas.Error, 304: None},
    url_name="projects",
    summary="Search the projects EPRM funds",
    description="The published projects, with the same parameters and counts as the "
    "portfolio's page (/en/projects/).",
)
def project_list(request, response: HttpResponse):
    return conditional(
        request, response, CATALOGUE, lambda: search_page(request, CATALOGUE, ROWS, item)
    )


@router.get(
    "/{slug}/",
    response={200: schemas.ProjectDetail, 400: schemas.Error, 404: schemas.Error, 304: None},
    url_name="project",
    summary="One published project",
)
def project_detail(request, response: HttpResponse, slug: str):
    def answer():
        rows = ROWS.published().prefetch_related("locations", "indicators", "documents")
        project = find(rows, slug, "published project")
        return item(request, project, ("title", "summary", "objectives")) | {
            "description": project.description,
            "lessons_learned": project.lessons_learned,
            "website": project.website,
            "iati_identifier": iati.identifier(project),
            # null when the project is not in the IATI file (that address would be a 404)
            "iati_url": absolute(request, reverse("projects:iati_one", args=[project.slug]))
            if iati.in_file(project)
            else None,
            "locations": [
                {"name": p.name, "latitude": float(p.latitude), "longitude": float(p.longitude)}
                for p in project.locations.all()
            ],
            "indicators": [
                {
                    "name": i.name,
                    "unit": i.unit,
                    "baseline": _amount(i.baseline),
                    "target": _amount(i.target),
                    "actual": _amount(i.actual),
                    "as_of": i.as_of,
                }
                for i in project.indicators.all()
            ],
            "documents": [
                {"title": d.title, "url": absolute(request, d.href) if d.file else d.url}
                for d in project.documents.all()
            ],
        }

    return conditional(request, response, CATALOGUE, answer)
