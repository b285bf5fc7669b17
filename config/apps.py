from axes.apps import AppConfig as AxesConfig
from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from django_tasks_db.apps import TasksAppConfig as TasksDBConfig
from taggit.apps import TaggitAppConfig


class SiteConfig(AppConfig):
    """The site: settings, root URLs and the pages that put the apps together
    (docs/architecture.md)."""

    name = "config"
    verbose_name = _("Site")
    default = True  # "config" in INSTALLED_APPS is this, not the other configs imported here

    def ready(self):
        from . import checks  # noqa: F401 (registers the deployment checks)


class KeywordsConfig(TaggitAppConfig):
    """django-taggit, under the name editors know its tags by (not "Taggit")."""

    verbose_name = _("Free keywords")


class SignInAttemptsConfig(AxesConfig):
    """django-axes, under what it records (not "Axes")."""

    verbose_name = _("Sign-in attempts")


class BackgroundTasksConfig(TasksDBConfig):
    """django-tasks-db's queue and results, as editors see them (not "Tasks Database
    Backend", "Task Results")."""

    verbose_name = _("Background tasks")

    def ready(self):
        super().ready()
        from django_tasks_db.models import DBTaskResult

        # Its own names are capitalised English only; the admin's index shows these.
        DBTaskResult._meta.verbose_name = _("task result")
        DBTaskResult._meta.verbose_name_plural = _("task results")
