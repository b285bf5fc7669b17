"""The two-factor pages, under /<lang>/accounts/two-factor/: the account's page (on or off, new
recovery codes, turning it off), setting up an authenticator app, and the code asked after
the password (config/two_factor/middleware.py sends people there)."""

from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render, resolve_url
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from django_otp import DEVICE_ID_SESSION_KEY, user_has_device
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice

from . import devices
from .forms import CodeForm
from .middleware import PENDING, required_of

ACCOUNT = "accounts/two_factor_account.html"
ENROL = "accounts/two_factor_enrol.html"
VERIFY = "accounts/two_factor_verify.html"
CODES = "accounts/two_factor_recovery_codes.html"


def _next(request):
    """Where to go once the code is given: the page that asked for it, if it is one of ours."""
    target = request.POST.get("next") or request.GET.get("next", "")
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return resolve_url(settings.LOGIN_REDIRECT_URL)


def _step(name, request):
    return redirect(f"{reverse(name)}?{urlencode({'next': _next(request)})}")


def _refused(request, template, context, result):
    """A wrong code (400), or any code while the device waits after wrong ones (429)."""
    if result.wait:
        response = render(request, template, {**context, "wait": result.wait}, status=429)
        response["Retry-After"] = str(result.wait)
        return response
    context["form"].refuse()
    return render(request, template, context, status=400)


def _verified(request, device):
    otp_login(request, device)
    request.session.pop(PENDING, None)


def _account(request, form=None):
    user = request.user
    return {
        "enabled": devices.has_app(user),
        "required": required_of(user),
        "codes_left": devices.recovery_codes_left(user),
        "form": form or CodeForm(),
        "section": "account",
    }


@login_required
def account(request):
    return render(request, ACCOUNT, _account(request))


@login_required
def enrol(request):
    user = request.user
    if user_has_device(user):
        # One app at a time; another only after a code (turned off, then set up again).
        if user.is_verified():
            return redirect("two_factor:account")
        return _step("two_factor:verify", request)
    device = devices.unconfirmed_app(user)
    form = CodeForm(request.POST or None)
    context = {
        "form": form,
        "qr_code": devices.qr_code(device),
        "secret": devices.secret(device),
        "next": _next(request),
        "required": required_of(user),
    }
    if request.method != "POST":
        return render(request, ENROL, context)
    if not form.is_valid():
        return render(request, ENROL, context, status=400)
    result = devices.check(user, form.cleaned_data["code"], device=device)
    if not result.passed:
        return _refused(request, ENROL, context, result)
    codes = devices.confirm(device)
    _verified(request, device)
    return render(request, CODES, {"codes": codes, "next": context["next"], "new": True})


@login_required
def verify(request):
    user = request.user
    if user.is_verified():
        return redirect(_next(request))
    if not user_has_device(user):
        return _step("two_factor:enrol", request) if required_of(user) else redirect(_next(request))
    form = CodeForm(request.POST or None)
    context = {"form": form, "next": _next(request)}
    if request.method != "POST":
        return render(request, VERIFY, context)
    if not form.is_valid():
        return render(request, VERIFY, context, status=400)
    result = devices.check(user, form.cleaned_data["code"])
    if not result.passed:
        return _refused(request, VERIFY, context, result)
    _verified(request, result.device)
    if isinstance(result.device, StaticDevice):
        left = devices.recovery_codes_left(user)
        messages.warning(
            request,
            ngettext(
                "You used a recovery code: %(count)d is left.",
                "You used a recovery code: %(count)d are left.",
                left,
            )
            % {"count": left},
        )
    return redirect(context["next"])


@login_required
@require_POST
def recovery_codes(request):
    if not (devices.has_app(request.user) and request.user.is_verified()):
        return redirect("two_factor:account")
    codes = devices.new_recovery_codes(request.user)
    return render(request, CODES, {"codes": codes, "next": reverse("two_factor:account")})


@login_required
@require_POST
def disable(request):
    """Off, after a code (from the app or a recovery code): a session left open on a shared
    computer cannot turn it off. Staff who must have it set up a new app at once."""
    user = request.user
    form = CodeForm(request.POST)
    if not form.is_valid():
        return render(request, ACCOUNT, _account(request, form), status=400)
    result = devices.check(user, form.cleaned_data["code"])
    if not result.passed:
        return _refused(request, ACCOUNT, _account(request, form), result)
    devices.remove(user)
    request.session.pop(DEVICE_ID_SESSION_KEY, None)
    request.session.pop(PENDING, None)
    if required_of(user):
        return redirect("two_factor:enrol")
    messages.success(request, _("Two-factor sign-in is off."))
    return redirect("two_factor:account")
