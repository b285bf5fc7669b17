"""Rate limits, shared by every process: a fixed window per key, counted by one atomic
upsert. The exports count clients here; the alerts and password resets count clients and
addresses with the same `count` (alerts/throttle.py). Keys are keyed hashes
(eprm_hub.client): enough to count, not to tell who asked."""

from dataclasses import dataclass
from datetime import timedelta

from django.db import connection
from django.utils import timezone

from .client import client_address, keyed_hash
from .models import RequestCounter


@dataclass(frozen=True)
class Limit:
    name: str
    requests: int
    window: timedelta


def count(table, key, limit):
    """Count one request under key in table; the seconds to wait when over the limit, else 0."""
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
            {"key": key, "window": limit.window},
        )
        requests, left = cursor.fetchone()
    return max(1, int(left)) if requests > limit.requests else 0


def hit(limit, request):
    """Count one request of the client under limit: the seconds to wait, or 0 to go on.

    A counter whose window ended is forgotten when a new one starts, so the table holds about
    one row per client seen in the last window."""
    wait = count(
        RequestCounter._meta.db_table, f"{limit.name}:{keyed_hash(client_address(request))}", limit
    )
    if not wait:
        RequestCounter.objects.filter(window_start__lt=timezone.now() - limit.window).filter(
            key__startswith=f"{limit.name}:"
        ).delete()
    return wait
