"""Sending alerts: what is due, in bounded batches, never the same resource twice to an alert
and never one skipped, whatever crashes (docs/alerts.md).

Two phases, each row under its own lock (SKIP LOCKED, so that two runs share the work):
1. prepare: for each due alert, the resources first published between its watermark and the
   horizon that it matches become a Delivery, and the watermark moves to the horizon, in one
   transaction;
2. deliver: each unsent Delivery is sent, and marked sent in the transaction that holds its
   lock. A run killed before that commit leaves it unsent: the next run sends it.
"""

import logging
import smtplib
import time
from dataclasses import dataclass
from datetime import timedelta

from django.core.mail import get_connection
from django.db import connection, transaction
from django.db.models import Count, Q
from django.utils import timezone

from eprm_hub import metrics
from resources.models import Resource

from . import digest, emails, searches, throttle
from .models import Alert, Delivery, Subscriber

log = logging.getLogger(__name__)

BATCH = 100
# A publication is visible to the horizon's reader once its transaction commits; the horizon
# stays behind every transaction still open and this margin (clock differences between the
# application's servers and the database's).
MARGIN = timedelta(minutes=1)
# Temporary failures are retried after 10 minutes, then twice as long each time, up to 6
# hours; after this many attempts the address is treated as bouncing.
ATTEMPTS = 10
# A sent e-mail's record (which resources it listed) is kept this long, for questions about it.
KEEP_SENT = timedelta(days=30)


@dataclass
class Report:
    prepared: int = 0
    nothing_new: int = 0
    sent: int = 0
    failed: int = 0
    bounced: int = 0
    withdrawn: int = 0  # deliveries left with nothing to show: deleted, not sent
    expired: int = 0
    prepare_seconds: float = 0.0
    deliver_seconds: float = 0.0


def horizon():
    """The latest moment up to which every published resource is visible: no transaction
    still open (an import, an editor's save) can commit a resource first published before it.
    Needs the Hub's database role to see its own sessions in pg_stat_activity, which it does."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT least(clock_timestamp(), min(xact_start)) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid() "
            # Autovacuum's long transactions publish nothing.
            "AND backend_type = 'client backend'"
        )
        (moment,) = cursor.fetchone()
    return moment - MARGIN


def run(now=None, batch=BATCH):
    """Everything that is due, batch by batch, after forgetting what is no longer needed;
    returns what was done."""
    report = Report()
    now = now or timezone.now()
    report.expired, _ = Alert.objects.expired_requests(now).delete()
    Subscriber.objects.filter(alerts__isnull=True, blocked=False).delete()
    Delivery.objects.filter(sent_at__lt=now - KEEP_SENT).delete()
    throttle.prune(now)
    up_to = horizon()
    # Worked out once per run: the new resources after each watermark (the alerts prepared by
    # one run share theirs), each search's matches among them, and its description.
    memo = {"windows": {}, "matches": {}, "described": {}}
    started = time.perf_counter()
    while prepare(now, up_to, batch, report, memo):
        pass
    report.prepare_seconds = time.perf_counter() - started
    while deliver(now, batch, report, memo["described"]):
        pass
    report.deliver_seconds = time.perf_counter() - started - report.prepare_seconds
    return report


def prepare(now, up_to, batch, report, memo):
    """Prepare up to `batch` due alerts, each in a transaction of its own; how many it took
    (0: none left, or the rest are another run's)."""
    taken = 0
    due = Alert.objects.due(now)
    for pk in due.order_by("next_due").values_list("pk", flat=True)[:batch]:
        with transaction.atomic():
            # Locked by key, still due: another run may have taken it meanwhile.
            alert = (
                due.filter(pk=pk)
                .select_related("subscriber", "user")
                .select_for_update(skip_locked=True, of=("self",))
                .first()
            )
            if alert is None:
                continue
            taken += 1
            found = _matching(alert, _window(alert.sent_up_to, up_to, memo), memo)
            if found:
                Delivery.objects.create(alert=alert, resources=found, retry_at=now)
                report.prepared += 1
            else:
                report.nothing_new += 1
            alert.sent_up_to = max(alert.sent_up_to, up_to)
            alert.next_due = alert.following_due(now)
            alert.save(update_fields=["sent_up_to", "next_due"])
    return taken


def _window(after, up_to, memo):
    """The keys of the resources first published after a watermark, up to the horizon."""
    if after not in memo["windows"]:
        window = Resource.objects.published().filter(
            published_at__gt=after, published_at__lte=up_to
        )
        memo["windows"][after] = list(
            window.order_by("-published_at", "-pk").values_list("pk", flat=True)
        )
    return memo["windows"][after]


def _matching(alert, new, memo):
    if not new:
        return []
    if alert.is_digest:
        organisation = digest.organisation_of(alert.user)
        if organisation is None:  # no longer a member: nothing fits
            return []
        fit = set(digest.fitting(organisation, new))
        return [pk for pk in new if pk in fit]
    key = (alert.query, alert.language, alert.sent_up_to)
    if key not in memo["matches"]:
        memo["matches"][key] = set(searches.matching(alert.query, alert.language, new))
    return [pk for pk in new if pk in memo["matches"][key]]


def deliver(now, batch, report, described):
    """Send up to `batch` unsent deliveries that are due, each in a transaction of its own;
    how many it tried (0: none left, the rest are another run's, or no server)."""
    pending = Delivery.objects.filter(
        sent_at__isnull=True,
        retry_at__lte=now,
        alert__subscriber__blocked=False,
        alert__subscriber__bounced_at__isnull=True,
    )
    keys = list(pending.order_by("retry_at", "pk").values_list("pk", flat=True)[:batch])
    if not keys:
        return 0
    smtp = get_connection(fail_silently=False)
    try:
        smtp.open()
    except (OSError, smtplib.SMTPException) as error:
        log.warning("alerts: the mail server cannot be reached: %r", error)
        return 0
    tried = 0
    try:
        for pk in keys:
            with transaction.atomic():
                delivery = (
                    pending.filter(pk=pk)
                    .select_related("alert__subscriber", "alert__user")
                    .select_for_update(skip_locked=True, of=("self",))
                    .first()
                )
                if delivery is None:
                    continue
                tried += 1
                if not _send(smtp, delivery, now, report, described):
                    return 0  # the server is unreachable: the rest wait for the next run
    finally:
        smtp.close()
    return tried


def _send(smtp, delivery, now, report, described):
    """Send one delivery inside its transaction; False when the server cannot be reached."""
    # Visibility is checked again now, not only when the e-mail was prepared: a resource
    # unpublished since (during retries, or while the server was away) is left out, and an
    # e-mail left with nothing to show is not sent at all.
    shown = emails.still_shown(delivery)
    if not shown:
        delivery.delete()
        report.withdrawn += 1
        return True
    delivery.resources = shown  # the record says what the e-mail listed
    delivery.attempts += 1
    try:
        smtp.send_messages([emails.new_resources(delivery, described)])
    except smtplib.SMTPRecipientsRefused as refused:
        code = next(iter(refused.recipients.values()))[0]
        _failed(delivery, now, f"{code} {refused.recipients}", report, permanent=code >= 500)
        return True
    except (smtplib.SMTPSenderRefused, smtplib.SMTPDataError) as error:
        _failed(delivery, now, f"{error.smtp_code} {error.smtp_error!r}", report)
        return True
    except (OSError, smtplib.SMTPException) as error:
        _failed(delivery, now, repr(error), report)
        smtp.close()
        return False
    delivery.sent_at, delivery.retry_at, delivery.last_error = now, None, ""
    delivery.save(update_fields=["sent_at", "retry_at", "last_error", "attempts", "resources"])
    report.sent += 1
    return True


def _failed(delivery, now, error, report, permanent=False):
    delivery.last_error = error[:500]
    if permanent or delivery.attempts >= ATTEMPTS:
        # The address bounces: its alerts pause until it resumes them, and this delivery is
        # sent then.
        delivery.retry_at = None
        Subscriber.objects.filter(pk=delivery.alert.subscriber_id).update(bounced_at=now)
        report.bounced += 1
        log.warning("alert address bounced: delivery %s: %s", delivery.pk, error)
    else:
        wait = min(timedelta(minutes=10) * 2 ** (delivery.attempts - 1), timedelta(hours=6))
        delivery.retry_at = now + wait
        report.failed += 1
    delivery.save(update_fields=["attempts", "retry_at", "last_error"])


def by_state():
    """How many alert e-mails are in each state: sent (kept KEEP_SENT), waiting for their
    first attempt, failing (retried later), held while their address bounces."""
    unsent = Q(sent_at__isnull=True)
    return Delivery.objects.aggregate(
        sent=Count("pk", filter=~unsent),
        waiting=Count("pk", filter=unsent & Q(retry_at__isnull=False, attempts=0)),
        failing=Count("pk", filter=unsent & Q(retry_at__isnull=False, attempts__gt=0)),
        bounced=Count("pk", filter=unsent & Q(retry_at__isnull=True)),
    )


# For /metrics (config/urls.py): read from the table at each scrape, not counted here, since
# send_alerts runs from cron in processes of its own, whose counts no web process would see.
EMAILS = metrics.Read("hub_alert_emails", "Alert e-mails by state", "state", by_state)


def resume(subscriber, now=None):
    """An address that bounced asks for its alerts again: the e-mails held back are retried."""
    now = now or timezone.now()
    with transaction.atomic():
        subscriber.bounced_at = None
        subscriber.save(update_fields=["bounced_at"])
        Delivery.objects.filter(alert__subscriber=subscriber, sent_at__isnull=True).update(
            retry_at=now, attempts=0
        )
