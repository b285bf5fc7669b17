from django.apps import AppConfig
from django.core import checks
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
        # A typo in a catalogue's declaration fails `manage.py check`, not the first request.
        checks.register(catalogue_declarations)


def catalogue_declarations(app_configs=None, **kwargs):
    """The errors of the declarations of the catalogues the apps registered (those of the
    apps checked, when some are named)."""
    from . import facets, triggers

    return [
        error
        for catalogue in triggers.CATALOGUES.values()
        if app_configs is None or catalogue.visible().model._meta.app_config in app_configs
        for error in facets.check_catalogue(catalogue)
    ]
