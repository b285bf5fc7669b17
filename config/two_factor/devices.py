"""A person's second factors: one authenticator app (django-otp's TOTPDevice) and ten single-use
recovery codes (a StaticDevice). Made, checked and removed here, for the views and the admin.

Both kinds throttle themselves (django-otp's ThrottlingMixin): after n wrong codes in a row the
device refuses every code, the right one too, for 2^(n-1) seconds; a right code resets it."""

import math
from base64 import b32encode
from dataclasses import dataclass

import qrcode
import qrcode.image.svg
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.safestring import mark_safe
from django_otp.models import Device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

RECOVERY_CODES = 10
# Device names, as the admin and django-otp's own messages show them (never to visitors).
APP = "Authenticator app"
RECOVERY = "Recovery codes"


def has_app(user) -> bool:
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def with_two_factor(users):
    """users, each with `has_two_factor`: a confirmed authenticator app (the admin's column)."""
    confirmed = TOTPDevice.objects.filter(user=OuterRef("pk"), confirmed=True)
    return users.annotate(has_two_factor=Exists(confirmed))


def unconfirmed_app(user) -> TOTPDevice:
    """The app being set up: the same one until confirmed, so that reloading the page keeps the
    QR code the person may already have scanned."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    return device or TOTPDevice.objects.create(user=user, name=APP, confirmed=False)


def secret(device: TOTPDevice) -> str:
    """The key as authenticator apps ask for it when typed in: base 32, in groups of four."""
    key = b32encode(device.bin_key).decode()
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))


def qr_code(device: TOTPDevice) -> str:
    """The otpauth:// address as an inline SVG (with its white margin): no image request, and
    the key never appears in an address or a server's log."""
    image = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathFillImage)
    return mark_safe(image.to_string(encoding="unicode"))  # noqa: S308 (drawn by qrcode)


@dataclass
class Check:
    device: Device | None = None
    wait: int = 0  # seconds before the device checks another code, when it is throttled

    @property
    def passed(self):
        return self.device is not None


def check(user, code: str, device: Device | None = None) -> Check:
    """Whether code is a right one for user: a six-digit code goes to the authenticator app,
    anything else to the recovery codes, each throttled on its own. device: the app being
    confirmed at enrolment."""
    code = "".join(code.split()).replace("-", "").lower()
    if device is None:
        kind = TOTPDevice if code.isdigit() and len(code) == 6 else StaticDevice
        devices = kind.objects.devices_for_user(user, confirmed=True)
    else:
        devices = type(device).objects.filter(pk=device.pk, user=user)
    # Locked while checking: two requests at once cannot both use one code or skip the delay.
    with transaction.atomic():
        found = devices.select_for_update().order_by("pk").first()
        if found is None:
            return Check()
        allowed, why = found.verify_is_allowed()
        if not allowed:
            until = (why or {}).get("locked_until", timezone.now())
            return Check(wait=max(1, math.ceil((until - timezone.now()).total_seconds())))
        return Check(device=found) if found.verify_token(code) else Check()


def confirm(device: TOTPDevice) -> list[str]:
    """The app is set up: it replaces any other, and comes with new recovery codes."""
    with transaction.atomic():
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        TOTPDevice.objects.filter(user=device.user).exclude(pk=device.pk).delete()
        return new_recovery_codes(device.user)


def new_recovery_codes(user) -> list[str]:
    """Ten new codes, shown once; the old ones stop working."""
    with transaction.atomic():
        # The same device with new tokens: a session that gave a recovery code stays verified.
        device = StaticDevice.objects.filter(user=user).order_by("pk").first()
        device = device or StaticDevice.objects.create(user=user, name=RECOVERY)
        StaticDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
        device.token_set.all().delete()
        codes = [StaticToken.random_token() for _ in range(RECOVERY_CODES)]
        StaticToken.objects.bulk_create(StaticToken(device=device, token=c) for c in codes)
    return codes


def recovery_codes_left(user) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def remove(user) -> None:
    """Two-factor sign-in off: the app and the recovery codes."""
    with transaction.atomic():
        TOTPDevice.objects.filter(user=user).delete()
        StaticDevice.objects.filter(user=user).delete()
