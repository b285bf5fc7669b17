"""The weekly digest of the editors' desk (resources/desk.py), by e-mail to the editors who
chose it on the desk. Sent by `manage.py send_editor_digest` (cron, daily or weekly) or the
task `resources.tasks.send_editor_digest`; never twice in one week to the same editor,
however often it runs: each editor's week is claimed in the database before the mail goes."""

import datetime
import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMultiAlternatives
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from . import desk
from .models import DigestSubscription

log = logging.getLogger(__name__)


def week_of(day):
    """The Monday of the day's week: a digest's week."""
    return day - datetime.timedelta(days=day.weekday())


def recipients():
    """The editors who chose the digest and may still see the library: active staff with an
    address and the permission to view resources."""
    users = (
        get_user_model()
        .objects.filter(is_active=True, is_staff=True, editor_digest__weekly=True)
        .exclude(email="")
    )
    return [user for user in users if user.has_perm("resources.view_resource")]


def send(today=None):
    """Send this week's digest to each editor who chose it and has not had it this week.
    Returns how many were sent. When nothing needs attention, none is sent."""
    week = week_of(today or timezone.localdate())
    with translation.override(settings.LANGUAGE_CODE):
        items = desk.items()
        if not any(item.count for item in items):
            return 0
        context = {
            "items": [(item, settings.SITE_URL + item.path) for item in items],
            "desk_url": settings.SITE_URL + reverse("admin:resources_resource_desk"),
            "week": week,
        }
        subject = render_to_string("resources/email/digest_subject.txt", context).strip()
        text = render_to_string("resources/email/digest.txt", context)
        html = render_to_string("resources/email/digest.html", context)
    sent = 0
    for user in recipients():
        if not _claim(user, week):
            continue  # sent this week already, by this run or another
        message = EmailMultiAlternatives(subject, text, None, [user.email])
        message.attach_alternative(html, "text/html")
        try:
            message.send()
        except Exception:  # whatever the SMTP server says: this editor's turn is given back
            _release(user, week)
            log.exception("The editors' digest could not be sent to %s", user.email)
            continue
        sent += 1
    return sent


def _claim(user, week):
    """Mark the week as sent to the user, unless it is already: one UPDATE, so two runs at
    once cannot both send."""
    earlier = Q(last_sent_week__lt=week) | Q(last_sent_week=None)
    return bool(
        DigestSubscription.objects.filter(earlier, user=user, weekly=True).update(
            last_sent_week=week
        )
    )


def _release(user, week):
    # The week before, so that the next run tries again; the true last week is not kept.
    DigestSubscription.objects.filter(user=user, last_sent_week=week).update(
        last_sent_week=week - datetime.timedelta(days=7)
    )
