from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from taggit.apps import TaggitAppConfig


class SiteConfig(AppConfig):
    """The site: settings, root URLs and the pages that put the apps together
    (docs/architecture.md)."""

    name = "config"
    verbose_name = _("Site")


class KeywordsConfig(TaggitAppConfig):
    """django-taggit, under the name editors know its tags by (not "Taggit")."""

    verbose_name = _("Free keywords")
