"""The address of the visitor, seen through the reverse proxies in front of the Hub.

Each proxy appends the address it received the request from to X-Forwarded-For, so with
TRUSTED_PROXIES = N the last N entries were written by our proxies and the Nth from the right is
the client as the outermost of them saw it. Everything to its left came from the client and is
never read: a visitor can write any address there, but cannot push ours out of place.
"""

import hashlib
import hmac
import ipaddress

from django.conf import settings


def client_address(request):
    """The visitor's IP address: login throttling and the link report limit key on it."""
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = settings.TRUSTED_PROXIES
    if proxies == 0:
        return remote
    entries = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
    if len(entries) < proxies:
        # A proxy did not append: the nearest proxy's address keeps every visitor behind it
        # under one limit, which is stricter, never looser.
        return remote
    try:
        return str(ipaddress.ip_address(entries[-proxies].strip()))
    except ValueError:
        return remote


def keyed_hash(value):
    """A keyed hash (HMAC with SECRET_KEY) of an address, IP or e-mail: enough to count a
    visitor's requests against a limit, not to tell who they were."""
    return hmac.new(settings.SECRET_KEY.encode(), value.encode(), hashlib.sha256).hexdigest()


def mailbox(email):
    """The mailbox an e-mail address reaches, for counting against a per-address limit:
    case-insensitive, and without a sub-address (victim+1@… and Victim+2@… are one inbox)."""
    local, at, domain = email.strip().lower().rpartition("@")
    if not at:
        return domain
    return f"{local.split('+', 1)[0]}@{domain}"
