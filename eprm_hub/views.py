"""Site-level pages: the home page, the health check. Only these put the apps together."""

from django.db import connection
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from resources.models import Resource
from resources.search import CATALOGUE as RESOURCES

from .models import BusinessNeed


def home(request):
    index = RESOURCES.index()
    resources_url = reverse("resources:list")
    needs = list(BusinessNeed.objects.select_related("step"))
    for need in needs:
        need.count = (index.universe & index.union("need", [need.slug])).bit_count()
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
    figures = [
        {"label": _("resources"), "value": index.universe.bit_count(), "url": resources_url},
        {"label": _("publishers"), "value": len(index.terms["publisher"]), "url": None},
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
    except Exception:  # whatever stops the database from answering makes the Hub unhealthy
        connection.close()
        return JsonResponse({"status": "unavailable", "database": "unreachable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})
