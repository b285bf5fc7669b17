from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class HubConfig(AppConfig):
    name = "eprm_hub"
    verbose_name = _("Vocabulary")

    def ready(self):
        from . import triggers

        # Once per migrate, when every app's tables exist (docs/facets.md, "Versions").
        post_migrate.connect(triggers.install_all, sender=self, dispatch_uid="hub-triggers")
