from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MembersConfig(AppConfig):
    name = "members"
    verbose_name = _("Members")

    def ready(self):
        from eprm_hub import triggers

        from .search import CATALOGUE

        triggers.register(CATALOGUE)  # migrate installs the triggers its declaration implies
