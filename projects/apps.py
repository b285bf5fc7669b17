from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProjectsConfig(AppConfig):
    name = "projects"
    verbose_name = _("Projects")

    def ready(self):
        from eprm_hub import triggers

        from .search import CATALOGUE

        triggers.register(CATALOGUE)  # migrate installs the triggers its declaration implies
