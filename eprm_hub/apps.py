from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HubConfig(AppConfig):
    name = "eprm_hub"
    verbose_name = _("Vocabulary")
