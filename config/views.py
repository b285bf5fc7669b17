"""Site-level pages: the home page, the health check. Only these put the apps together."""

from django.db import connection
from django.db.models import F
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from eprm_hub.models import BusinessNeed
from members.search import CATALOGUE as MEMBERS
from projects import figures as project_figures
from projects.models import Project
from resources.models import Resource
from resources.search import CATALOGUE as RESOURCES


def home(request):
    resources, members = RESOURCES.figures(), MEMBERS.figures()
    resources_url = reverse("resources:list")
    needs = list(BusinessNeed.objects.select_related("step"))
    for need in needs:
        need.count = resources.count(need=[need.slug])
        need.url = f"{resources_url}?need={need.slug}"
    newest = list(
        Resource.objects.published().newest_first().select_related("publisher", "resource_type")[:6]
    )
    for resource in newest:
        resource.meta = " · ".join(
            filter(
                None, [resource.resource_type.label, resource.publisher and resource.publisher.name]
            )
        )
    portfolio = project_figures.portfolio()
    figures = [
        {"label": _("resources"), "value": resources.total, "url": resources_url},
        {
            "label": _("member organisations"),
            "value": members.total,
            "url": reverse("members:list"),
        },
        {
            "label": _("projects"),
            "value": portfolio["count"],
            "url": reverse("projects:list"),
        },
        {
            "label": project_figures.COUNTRIES_LABEL,  # counted as the overview counts them
            "value": len(portfolio["countries"]),
            "url": reverse("projects:overview"),
        },
    ]
    groups = []
    if newest:
        groups.append(
            {
                "title": _("Resources"),
                "items": newest,
                "url": f"{resources_url}?sort=newest",
                "more": _("All resources, newest first"),
            }
        )
    newest_projects = list(
        Project.objects.published().order_by(F("start_year").desc(nulls_last=True), "title")[:6]
    )
    for project in newest_projects:
        project.meta = " · ".join(
            filter(
                None, [str(project.status_label), project.start_year and str(project.start_year)]
            )
        )
    if newest_projects:
        groups.append(
            {
                "title": _("Projects"),
                "items": newest_projects,
                "url": reverse("projects:list"),
                "more": _("All projects"),
            }
        )
    return render(request, "home.html", {"needs": needs, "figures": figures, "newest": groups})


def favicon(request):
    """Browsers ask for /favicon.ico on pages that name no icon, such as the admin's."""
    return redirect(static("img/favicon.svg"), permanent=True)


@never_cache
def healthz(request):
    """200 when the database answers a query, 503 when it does not (for load balancers)."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception as error:  # whatever stops the database from answering makes the Hub unhealthy
        connection.close()
        # Logged once per outage by config.middleware, not mailed at every load balancer probe.
        request.database_error = error
        return JsonResponse({"status": "unavailable", "database": "unreachable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})
