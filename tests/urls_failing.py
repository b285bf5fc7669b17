"""URLs with views that fail, to see the 500 and 403 pages (used by test_pages.py)."""

from django.conf.urls.i18n import i18n_patterns
from django.core.exceptions import PermissionDenied
from django.urls import path

from config.urls import urlpatterns as hub_urlpatterns


def fails(request):
    raise RuntimeError("a deliberate failure")


def forbidden(request):
    raise PermissionDenied


urlpatterns = [
    *hub_urlpatterns,
    *i18n_patterns(path("fails/", fails), path("forbidden/", forbidden)),
]
