"""Rate limits on alert requests and password reset links, per address and per client, shared
by every process.

A fixed window per key, counted by one atomic upsert. Keys are keyed hashes: enough to count,
not to tell who asked.
"""

from datetime import timedelta

from django.utils import timezone

from eprm_hub.client import keyed_hash
from eprm_hub.throttle import Limit, count

from .models import Throttle

# A client may ask for a few alerts in a row (one per search it follows); an address is sent
# few confirmation e-mails, so that the form cannot be used to flood someone's inbox.
PER_CLIENT = Limit("client", 10, timedelta(hours=1))
PER_ADDRESS = Limit("address", 3, timedelta(hours=24))
# The same two limits on "Forgotten your password?" (config/accounts.py), counted whether or not
# an account has the address, so that the answer tells nobody which addresses have one.
RESET_PER_CLIENT = Limit("reset-client", 10, timedelta(hours=1))
RESET_PER_ADDRESS = Limit("reset-address", 3, timedelta(hours=1))
LIMITS = (PER_CLIENT, PER_ADDRESS, RESET_PER_CLIENT, RESET_PER_ADDRESS)


def key(limit, value):
    return f"{limit.name}:{keyed_hash(value)}"


def hit(limit, value):
    """Count one request; the seconds to wait when it is over the limit, else 0."""
    return count(Throttle._meta.db_table, key(limit, value), limit)


def prune(now=None):
    """Forget counters whose window ended: they would restart at 1 anyway."""
    longest = max(limit.window for limit in LIMITS)
    Throttle.objects.filter(window_start__lt=(now or timezone.now()) - longest).delete()
