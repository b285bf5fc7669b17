from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SiteConfig(AppConfig):
    """The site: settings, root URLs and the pages that put the apps together
    (docs/architecture.md)."""

    name = "config"
    verbose_name = _("Site")
