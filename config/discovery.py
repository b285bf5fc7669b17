"""The files that tell crawlers and browsers about the Hub: the sitemap, robots.txt, the
OpenSearch description and security.txt. They live outside the /en/ and /fr/ prefixes, where
crawlers and browsers look for them."""

from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.contrib.sitemaps import views as sitemaps
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils import translation

from .sitemaps import SITEMAPS

# Listing exports: every match of every search, costly to serve and of no use in an index.
EXPORTS = ["resources:export_csv", "resources:export_json", "projects:export_csv"]
PLAIN_TEXT = "text/plain; charset=utf-8"
# RFC 9116 advises an Expires less than a year ahead; computed at each request, it never lapses.
SECURITY_TXT_LIFETIME = timedelta(days=364)


def robots_txt(request):
    disallowed = ["/admin/", "/api/"]
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            # The login pages and the members' own area, then the exports.
            disallowed += [f"/{code}/accounts/", f"/{code}/my/"]
            disallowed += [reverse(name) for name in EXPORTS]
    context = {
        "disallowed": disallowed,
        "sitemap": request.build_absolute_uri(reverse("sitemap_index")),
    }
    return render(request, "discovery/robots.txt", context, content_type=PLAIN_TEXT)


def opensearch(request):
    # One description, in the default language: the search understands French queries too.
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "search": request.build_absolute_uri(reverse("resources:list")),
            "feed": request.build_absolute_uri(reverse("resources:feed")),
            "self": request.build_absolute_uri(reverse("opensearch")),
            "icon": request.build_absolute_uri(static("img/favicon.svg")),
        }
        return render(
            request,
            "discovery/opensearch.xml",
            context,
            content_type="application/opensearchdescription+xml; charset=utf-8",
        )


def security_txt(request):
    expires = datetime.now(UTC).replace(microsecond=0) + SECURITY_TXT_LIFETIME
    context = {
        "contacts": settings.SECURITY_CONTACT,
        "expires": expires.isoformat().replace("+00:00", "Z"),
        "canonical": request.build_absolute_uri(reverse("security_txt")),
    }
    return render(request, "discovery/security.txt", context, content_type=PLAIN_TEXT)


urlpatterns = [
    path("robots.txt", robots_txt, name="robots_txt"),
    path(
        "sitemap.xml",
        sitemaps.index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap"},
        name="sitemap_index",
    ),
    path("sitemap-<section>.xml", sitemaps.sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("opensearch.xml", opensearch, name="opensearch"),
    path(".well-known/security.txt", security_txt, name="security_txt"),
]
