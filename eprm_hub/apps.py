from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save
from django.utils.translation import gettext_lazy as _


class HubConfig(AppConfig):
    name = "eprm_hub"
    verbose_name = _("Vocabulary")

    def ready(self):
        from . import tasks, triggers

        # Once per migrate, when every app's tables exist (docs/facets.md, "Versions").
        post_migrate.connect(triggers.install_all, sender=self, dispatch_uid="hub-triggers")
        # "Did you mean" follows edits, refreshed by the job engine (eprm_hub/tasks.py).
        for name, signal in [("save", post_save), ("delete", post_delete), ("m2m", m2m_changed)]:
            signal.connect(tasks.queue_refresh, dispatch_uid=f"hub-words-{name}")
