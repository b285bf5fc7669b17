from django.apps import AppConfig
from django.contrib.auth.signals import user_logged_in
from django.utils.translation import gettext_lazy as _


class TwoFactorConfig(AppConfig):
    name = "config.two_factor"
    label = "two_factor"
    verbose_name = _("Two-factor sign-in")

    def ready(self):
        from .middleware import ask_for_code_after_password

        user_logged_in.connect(ask_for_code_after_password, dispatch_uid="two_factor_login")
