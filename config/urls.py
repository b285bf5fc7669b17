from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.generic import TemplateView

from alerts import sending
from eprm_hub import insights, metrics

from . import accounts, api, media, personal_data_views, views

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("favicon.ico", views.favicon),
    path("", include("config.discovery")),  # sitemap.xml, robots.txt, opensearch.xml, security.txt
    path("admin/", admin.site.urls),
    # The read API: one address for every language (?lang= or Accept-Language picks one).
    path("api/v1/", api.urls),
    # A result opened from a listing, sent by static/js/search-insights.js (eprm_hub/insights/).
    path("search-opened/", insights.opened, name="search_opened"),
    # Prometheus's figures, to the bearer of METRICS_TOKEN only (eprm_hub/metrics.py).
    path("metrics", metrics.view, {"more": [sending.EMAILS]}, name="metrics"),
]

urlpatterns += i18n_patterns(
    path("", views.home, name="home"),
    path("about/", TemplateView.as_view(template_name="about.html"), name="about"),
    path("api/", api.docs_page, name="api_docs"),
    path("resources/", include("resources.urls")),
    path("projects/", include("projects.urls")),
    path("alerts/", include("alerts.urls")),
    path("", include("guidance.urls")),
    path("", include("members.urls")),
    path("", include("checks.urls")),
    # "Forgotten your password?" under rate limits (config/accounts.py); the rest is Django's.
    path("accounts/password_reset/", accounts.password_reset, name="password_reset"),
    # Two-factor sign-in: setting it up, the code after the password (config/two_factor/).
    path("accounts/two-factor/", include("config.two_factor.urls")),
    # People's own data: download it, or delete the account (config/personal_data.py).
    path("accounts/data/", personal_data_views.download, name="account_data"),
    path("accounts/delete/", personal_data_views.delete, name="account_delete"),
    path("accounts/", include("django.contrib.auth.urls")),
)

# Uploaded logos and project PDFs. Django serves them itself, also in production: logos are
# PNGs the Hub re-encoded (members/logos.py), documents PDFs checked by content on upload.
# Only to those who may see the record a file belongs to (config/media.py): a proxy in front
# must not serve MEDIA_ROOT directly.
# Names are short: a longer one is no file of ours (and would be "File name too long").
SERVED_MEDIA = r"(?P<path>(logos/[\w.-]{1,150}\.png|project-documents/[\w.-]{1,150}\.pdf))"
urlpatterns += [
    re_path(rf"^{settings.MEDIA_URL.lstrip('/')}{SERVED_MEDIA}$", media.media),
]
