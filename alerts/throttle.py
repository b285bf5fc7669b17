"""Rate limits on alert requests, per address and per client, shared by every process.

A fixed window per key, counted by one atomic upsert. Keys are keyed hashes: enough to count,
not to tell who asked.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.db import connection
from django.utils import timezone

from eprm_hub.client import keyed_hash

from .models import Throttle


@dataclass
class Limit:
    name: str
    requests: int
    window: timedelta


# A client may ask for a few alerts in a row (one per search it follows); an address is sent
# few confirmation e-mails, so that the form cannot be used to flood someone's inbox.
PER_CLIENT = Limit("client", 10, timedelta(hours=1))
PER_ADDRESS = Limit("address", 3, timedelta(hours=24))


def key(limit, value):
    return f"{limit.name}:{keyed_hash(value)}"


def hit(limit, value):
    """Count one request; the seconds to wait when it is over the limit, else 0."""
    table = Throttle._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            INSERT INTO {table} AS t (key, window_start, count) VALUES (%(key)s, now(), 1)
            ON CONFLICT (key) DO UPDATE SET
              count = CASE WHEN t.window_start < now() - %(window)s THEN 1 ELSE t.count + 1 END,
              window_start = CASE WHEN t.window_start < now() - %(window)s
                             THEN now() ELSE t.window_start END
            RETURNING count, extract(epoch FROM t.window_start + %(window)s - now())
            """,
            {"key": key(limit, value), "window": limit.window},
        )
        count, left = cursor.fetchone()
    return max(1, int(left)) if count > limit.requests else 0


def prune(now=None):
    """Forget counters whose window ended: they would restart at 1 anyway."""
    longest = max(PER_CLIENT.window, PER_ADDRESS.window)
    Throttle.objects.filter(window_start__lt=(now or timezone.now()) - longest).delete()
