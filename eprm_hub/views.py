"""Site-level pages: the home page, the health check. Only these put the apps together."""

from django.db import connection
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache

from .models import BusinessNeed


def home(request):
    return render(
        request,
        "home.html",
        {"needs": BusinessNeed.objects.select_related("step")},
    )


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
