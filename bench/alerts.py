"""E-mail alerts at scale: `send_alerts`'s work on the large library.

ALERTS confirmed alerts, due now, follow SEARCHES different searches (words, facets, both;
as visitors ask them), one address each; NEW resources were first published since their
last e-mail. `alerts.sending.run()` prepares every alert and sends the e-mails to a real
SMTP server on loopback (aiosmtpd, which counts them). Figures: seconds, alerts prepared a
second, e-mails sent a second, the queries per alert, and the run's memory growth.

Called by bench/run.py after the searches at the large size (the import then replaces the
resources).
"""

import random
import resource as rusage
import socket
import time
from datetime import timedelta

from aiosmtpd.controller import Controller
from django.conf import settings
from django.db import connection
from django.utils import timezone

from alerts import sending
from alerts.models import Alert, Subscriber
from eprm_hub.models import BusinessNeed, Mineral, SupplyChainTier
from resources.models import Resource

from .pages import QUERIES

ALERTS = 5_000
SEARCHES = 200
NEW = 1_000
WORDS = ["smelter", "audit", "risk", "supply chain", "due diligence", "gold", "report", "tin"]


class Counter:
    def __init__(self):
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        return "250 OK"


def searches(rng):
    """SEARCHES query strings: a word or phrase, one or two facets, or both."""
    minerals = list(Mineral.objects.values_list("slug", flat=True))
    tiers = list(SupplyChainTier.objects.values_list("slug", flat=True))
    needs = list(BusinessNeed.objects.values_list("slug", flat=True))
    found = {QUERIES["resources"].text, QUERIES["resources"].facets}
    while len(found) < SEARCHES:
        parts = []
        if rng.random() < 0.6:
            parts.append("q=" + rng.choice(WORDS).replace(" ", "+"))
        if rng.random() < 0.7 or not parts:
            parts.append(f"mineral={rng.choice(minerals)}")
        if rng.random() < 0.4:
            parts.append(f"tier={rng.choice(tiers)}")
        if rng.random() < 0.3:
            parts.append(f"need={rng.choice(needs)}")
        found.add("&".join(sorted(parts)))
    return sorted(found)


def run():
    rng = random.Random(7)
    now = timezone.now()
    queries = searches(rng)
    Subscriber.objects.bulk_create(
        Subscriber(email=f"reader{n}@example.org") for n in range(ALERTS)
    )
    subscribers = list(Subscriber.objects.order_by("pk"))
    Alert.objects.bulk_create(
        Alert(
            subscriber=subscriber,
            query=rng.choice(queries),
            language="en",
            frequency=Alert.Frequency.DAILY,
            confirm_token=None,
            confirmed_at=now - timedelta(days=30),
            sent_up_to=now - timedelta(days=1),
            next_due=now,
        )
        for subscriber in subscribers
    )
    # The newest NEW resources, first published within the last day (a busy day's work).
    newest = list(Resource.objects.order_by("-pk").values_list("pk", flat=True)[:NEW])
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE resources_resource SET published_at = %s - random() * interval '23 hours' "
            "WHERE id = ANY(%s)",
            [now - timedelta(minutes=5), newest],
        )

    counter = Counter()
    with socket.socket() as sock:  # a free port
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = Controller(counter, hostname="127.0.0.1", port=port)
    server.start()
    saved = {
        name: getattr(settings, name)
        for name in ("EMAIL_BACKEND", "EMAIL_HOST", "EMAIL_PORT", "EMAIL_USE_TLS")
    }
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = (
        "127.0.0.1",
        server.server.sockets[0].getsockname()[1],
    )
    settings.EMAIL_USE_TLS = False
    rss_before = rusage.getrusage(rusage.RUSAGE_SELF).ru_maxrss
    executed = []

    def count(execute, sql, params, many, context):
        executed.append(1)
        return execute(sql, params, many, context)

    try:
        with connection.execute_wrapper(count):
            started = time.perf_counter()
            report = sending.run()
            seconds = time.perf_counter() - started
    finally:
        server.stop()
        for name, value in saved.items():
            setattr(settings, name, value)
    growth = (rusage.getrusage(rusage.RUSAGE_SELF).ru_maxrss - rss_before) / 1024
    Alert.objects.all().delete()
    Subscriber.objects.all().delete()
    return {
        "alerts": ALERTS,
        "searches": len(queries),
        "new": NEW,
        "seconds": seconds,
        "prepared": report.prepared,
        "nothing_new": report.nothing_new,
        "sent": report.sent,
        "received": counter.count,
        "alerts_per_second": ALERTS / seconds,
        "emails_per_second": report.sent / seconds if seconds else 0,
        "queries_per_alert": len(executed) / ALERTS,
        "prepare_seconds": report.prepare_seconds,
        "deliver_seconds": report.deliver_seconds,
        "memory_growth_mib": growth,
    }
