"""The code after the password: until a session has given one, a person who must give it sees
nothing but the two-factor pages (and can log out).

Who must: staff (editors, superusers) when OTP_REQUIRED_FOR_STAFF is on, taken to enrolment
if they have no authenticator app yet; and anyone with a device, from the login on. On every
page of the site, not only the admin's: staff also see drafts and restricted files there."""

from urllib.parse import urlencode

from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse
from django_otp import user_has_device

# Set at login for a person with a device; django-otp's own session key says they gave a code.
PENDING = "two_factor_pending"
# The pages open before the code: giving it, or setting up the app to give it with.
STEPS = {"two_factor:verify", "two_factor:enrol"}


def required_of(user) -> bool:
    return settings.OTP_REQUIRED_FOR_STAFF and (user.is_staff or user.is_superuser)


def ask_for_code_after_password(sender, request, user, **kwargs):
    """user_logged_in: read the devices once per login, not on every request."""
    if request is not None and hasattr(request, "session") and user_has_device(user):
        request.session[PENDING] = True


class SecondFactorMiddleware:
    """After django_otp's OTPMiddleware, which tells whether the session gave a code."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if settings.SESSION_COOKIE_NAME not in request.COOKIES:
            return None  # nobody is logged in: a visitor's page reads no session
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return None
        if not (request.session.get(PENDING) or required_of(user)):
            return None
        match = request.resolver_match
        if match.url_name == "logout" or match.view_name in STEPS:
            return None
        step = "two_factor:verify" if user_has_device(user) else "two_factor:enrol"
        return redirect(f"{reverse(step)}?{urlencode({'next': request.get_full_path()})}")
