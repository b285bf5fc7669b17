"""`manage.py send_alerts` killed between two e-mails, then run again: nobody gets an e-mail
twice and nobody misses one (the watermark moves with the delivery it creates, and a delivery
is marked sent in the transaction that holds its lock)."""

import os
import signal
import subprocess
import sys

import pytest
from django.conf import settings

from alerts.models import Delivery

from .test_alerts import confirmed, published, titles
from .test_production import url_of_the_test_database

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

READERS = ["a@example.org", "b@example.org", "c@example.org"]


def send_alerts(env):
    return subprocess.Popen(
        [sys.executable, "manage.py", "send_alerts", "--batch=2"],
        cwd=settings.BASE_DIR,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def test_a_run_killed_between_two_emails_sends_the_rest_once_when_run_again(
    smtp, django_db_blocker
):
    for address in READERS:
        confirmed(email=address)
    published("Audit of a tin smelter", minerals=["tin"])
    env = {
        **os.environ,
        "DATABASE_URL": url_of_the_test_database(django_db_blocker),
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(settings.EMAIL_PORT),
        "EMAIL_USE_TLS": "0",
        "SITE_URL": settings.SITE_URL,
    }
    running = {}
    recipients = []

    def crash_on_the_second(address):
        recipients.append(address)
        if len(recipients) == 2:
            os.kill(running["process"].pid, signal.SIGKILL)

    smtp.on_rcpt = crash_on_the_second
    running["process"] = first = send_alerts(env)
    output, _ = first.communicate(timeout=120)
    assert first.returncode == -signal.SIGKILL, output
    assert len(smtp.messages) == 1
    [delivered] = smtp.messages
    # All three were prepared (the watermarks moved); one was sent before the crash.
    assert Delivery.objects.count() == 3
    assert Delivery.objects.filter(sent_at__isnull=False).count() == 1

    smtp.on_rcpt = None
    again = send_alerts(env)
    output, _ = again.communicate(timeout=120)
    assert again.returncode == 0, output
    assert output.startswith("2 sent, 0 prepared, 0 with nothing new"), output
    assert sorted(len(smtp.to(address)) for address in READERS) == [1, 1, 1]
    assert smtp.messages[0] is delivered
    assert all(titles(message) == ["Audit of a tin smelter"] for message in smtp.messages)

    third = send_alerts(env)
    output, _ = third.communicate(timeout=120)
    assert output.startswith("0 sent, 0 prepared"), output
    assert len(smtp.messages) == 3
