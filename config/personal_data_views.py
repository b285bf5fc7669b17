"""People's own data: "Download my data" and "Delete my account" for a signed-in person, and the
same two as actions of the admin's list of accounts, for someone who writes in. The gathering
and the deletion are config/personal_data.py's, the same for both."""

import json

from django import forms
from django.contrib import admin, messages
from django.contrib.auth import authenticate, logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_GET, require_http_methods

from . import personal_data


def data_response(user):
    """The JSON download of everything the Hub holds about the user."""
    body = json.dumps(
        personal_data.gather(user), cls=DjangoJSONEncoder, indent=2, ensure_ascii=False
    )
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    name = slugify(user.get_username()) or "account"
    response["Content-Disposition"] = (
        f'attachment; filename="eprm-hub-data-{name}-{timezone.localdate():%Y-%m-%d}.json"'
    )
    add_never_cache_headers(response)  # one person's data: no cache keeps a copy
    return response


@require_GET
@login_required
def download(request):
    return data_response(request.user)


class ConfirmDeletionForm(forms.Form):
    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, request, *args, **kwargs):
        self.request = request
        super().__init__(*args, **kwargs)

    def clean_password(self):
        # Through authenticate(), so that django-axes counts a wrong password here as at the
        # login form: a borrowed session cannot try passwords without limit.
        user = self.request.user
        password = self.cleaned_data["password"]
        found = authenticate(self.request, username=user.get_username(), password=password)
        if found is None or found.pk != user.pk:
            raise forms.ValidationError(_("That is not your password."), code="wrong_password")
        return password


@sensitive_post_parameters("password")
@require_http_methods(["GET", "POST"])
@login_required
def delete(request):
    form = ConfirmDeletionForm(request, data=request.POST if request.method == "POST" else None)
    if form.is_valid():
        user = request.user
        personal_data.delete_account(user)
        logout(request)
        messages.success(request, _("Your account is deleted. Thank you for using the Hub."))
        return redirect("home")
    membership = getattr(request.user, "membership", None)
    return render(
        request,
        "registration/account_delete.html",
        {"form": form, "organisation": membership.organisation if membership else None},
        status=400 if form.errors else 200,
    )


# The admin's actions ----------------------------------------------------------------------------


@admin.action(description=_("Download personal data (JSON)"), permissions=["view"])
def download_action(model_admin, request, queryset):
    if queryset.count() != 1:
        model_admin.message_user(
            request, _("Choose one account to download its data."), messages.ERROR
        )
        return None
    return data_response(queryset.get())


@admin.action(
    description=_("Delete account, keep the organisation's records"), permissions=["delete"]
)
def delete_action(model_admin, request, queryset):
    """A confirmation page first; deleted only when it is posted back with "confirm"."""
    if queryset.count() != 1:
        model_admin.message_user(request, _("Choose one account to delete."), messages.ERROR)
        return None
    user = queryset.get()
    refusal = _refusal(request, user)
    if refusal:
        model_admin.message_user(request, refusal, messages.ERROR)
        return None
    if request.POST.get("confirm") == "yes":
        personal_data.delete_account(user)
        model_admin.message_user(
            request,
            _("The account “%(name)s” is deleted; what it did is kept, by “a former user”.")
            % {"name": user.get_username()},
            messages.SUCCESS,
        )
        return None
    context = {
        **model_admin.admin_site.each_context(request),
        "title": _("Delete this account?"),
        "opts": model_admin.model._meta,
        "account": user,
        "membership": getattr(user, "membership", None),
        "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
    }
    return render(request, "admin/auth/user/delete_account.html", context)


def _refusal(request, user):
    """Why this account cannot be deleted from the list, or None."""
    if personal_data.is_former_user(user):
        return _("This account stands for deleted accounts: it is kept.")
    if user.pk == request.user.pk:
        return _("Delete your own account from “Delete my account”, signed in as yourself.")
    if user.is_superuser and not request.user.is_superuser:
        raise PermissionDenied
    return None


class KeepsRecordsOnDelete:
    """For the admin of accounts: every way of deleting one (the change form's Delete button
    too) goes through personal_data.delete_account, so none drops the authorship of records
    or leaves the person's alerts behind. Django's "Delete selected" is taken off: one account
    at a time, through delete_action's page that says what goes and what stays."""

    def get_actions(self, request):
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)
        return actions

    def has_delete_permission(self, request, obj=None):
        if obj is not None and personal_data.is_former_user(obj):
            return False
        return super().has_delete_permission(request, obj)

    def delete_model(self, request, obj):
        personal_data.delete_account(obj)

    def log_deletions(self, request, queryset):
        # A deleted account leaves no name behind, not even in the admin's log.
        return []
