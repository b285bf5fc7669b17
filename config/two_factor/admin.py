"""The users' list says who signs in with two factors, and resets it for someone who lost their
phone and their recovery codes.

django-otp's own device pages are taken off the admin: they would show the secret keys and
name the apps by the library; everything an editor does with devices is here."""

from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from .. import personal_data_views
from . import devices

User = get_user_model()

for model in (TOTPDevice, StaticDevice):
    if admin.site.is_registered(model):
        admin.site.unregister(model)


class TwoFactorFilter(admin.SimpleListFilter):
    title = _("two-factor sign-in")
    parameter_name = "two_factor"

    def lookups(self, request, model_admin):
        return [("on", _("On")), ("off", _("Off"))]

    def queryset(self, request, queryset):
        if self.value() in ("on", "off"):
            return queryset.filter(has_two_factor=self.value() == "on")
        return queryset


admin.site.unregister(User)


@admin.register(User)
class HubUserAdmin(personal_data_views.KeepsRecordsOnDelete, UserAdmin):
    list_display = [*UserAdmin.list_display, "two_factor"]
    list_filter = [*UserAdmin.list_filter, TwoFactorFilter]
    # With "People's own data" for someone who writes in (config/personal_data_views.py).
    actions = [
        "reset_two_factor",
        personal_data_views.download_action,
        personal_data_views.delete_action,
    ]

    def get_queryset(self, request):
        return devices.with_two_factor(super().get_queryset(request))

    @admin.display(boolean=True, description=_("two-factor"), ordering="has_two_factor")
    def two_factor(self, user):
        return user.has_two_factor

    @admin.action(permissions=["change"], description=_("Reset two-factor sign-in"))
    def reset_two_factor(self, request, queryset):
        """They set it up again at their next login (staff must; members may)."""
        for user in queryset:
            devices.remove(user)
            self.log_change(request, user, "Reset two-factor sign-in.")
        count = len(queryset)
        self.message_user(
            request,
            ngettext(
                "Two-factor sign-in reset for %(count)d user.",
                "Two-factor sign-in reset for %(count)d users.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )
