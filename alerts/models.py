"""E-mail alerts: a followed search, or a member's "New for my organisation" digest.

Only what sending needs is stored (docs/alerts.md): the address, the search, the language,
the frequency, the tokens of the links in the e-mails and how far sending has got.
"""

import secrets
from datetime import timedelta

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def new_token():
    return secrets.token_urlsafe(32)


class SubscriberQuerySet(models.QuerySet):
    def sendable(self):
        return self.filter(blocked=False, bounced_at__isnull=True)


class Subscriber(models.Model):
    """An e-mail address with alerts. Its token opens the page that manages them all."""

    email = models.EmailField(_("e-mail address"), unique=True)  # stored in lower case
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    created = models.DateTimeField(_("first alert requested"), auto_now_add=True)
    blocked = models.BooleanField(
        _("disabled by the editors"),
        default=False,
        help_text=_("Nothing is sent to a disabled address and it cannot ask for new alerts."),
    )
    bounced_at = models.DateTimeField(
        _("bounced"),
        null=True,
        blank=True,
        help_text=_(
            "When the mail server refused the address for good. Its alerts are paused "
            "until it resumes them from its alerts page."
        ),
    )

    objects = SubscriberQuerySet.as_manager()

    class Meta:
        ordering = ["email"]
        verbose_name = _("alert subscriber")
        verbose_name_plural = _("alert subscribers")

    def __str__(self):
        return self.email

    def save(self, *args, **kwargs):
        self.email = self.email.strip().lower()
        super().save(*args, **kwargs)


class AlertQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(confirmed_at__isnull=False)

    def due(self, now):
        """Confirmed alerts whose next e-mail is due and that may be sent."""
        return self.confirmed().filter(
            next_due__lte=now,
            paused=False,
            subscriber__blocked=False,
            subscriber__bounced_at__isnull=True,
        )

    def expired_requests(self, now):
        """Requests never confirmed within CONFIRM_WITHIN."""
        return self.filter(confirmed_at__isnull=True, created__lt=now - Alert.CONFIRM_WITHIN)


class Alert(models.Model):
    """New resources of one search (or, with a user, new for that member's organisation),
    e-mailed daily or weekly once the address confirmed it."""

    CONFIRM_WITHIN = timedelta(days=7)

    class Frequency(models.TextChoices):
        DAILY = "daily", _("Daily")
        WEEKLY = "weekly", _("Weekly")

    PERIODS = {Frequency.DAILY: timedelta(days=1), Frequency.WEEKLY: timedelta(weeks=1)}

    subscriber = models.ForeignKey(
        Subscriber, verbose_name=_("address"), on_delete=models.CASCADE, related_name="alerts"
    )
    # Set for a member's "New for my organisation" digest, which follows the organisation's
    # profile instead of a search.
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member user"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="organisation_digest",
    )
    query = models.CharField(
        _("search"),
        max_length=2000,
        blank=True,
        help_text=_("The search's parameters, as in the address of the results page."),
    )
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    frequency = models.CharField(
        _("frequency"), max_length=10, choices=Frequency.choices, default=Frequency.WEEKLY
    )
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    # The one-time link of the confirmation e-mail; cleared once used.
    confirm_token = models.CharField(
        max_length=64, unique=True, null=True, default=new_token, editable=False
    )
    created = models.DateTimeField(_("requested"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    paused = models.BooleanField(_("paused"), default=False)
    # The watermark: resources first published up to this moment have been considered (sent,
    # or found not to match). Moved in the same transaction as the delivery it creates.
    sent_up_to = models.DateTimeField(_("considered up to"), null=True, blank=True)
    next_due = models.DateTimeField(_("next e-mail due"), null=True, blank=True)

    objects = AlertQuerySet.as_manager()

    class Meta:
        ordering = ["-created"]
        verbose_name = _("alert")
        verbose_name_plural = _("alerts")
        constraints = [
            # One alert per address and search: asking again changes it.
            models.UniqueConstraint(
                fields=["subscriber", "query"],
                condition=Q(user__isnull=True),
                name="one_alert_per_address_and_search",
            ),
        ]
        indexes = [
            models.Index(fields=["next_due"], name="alert_next_due"),
            models.Index(fields=["query"], name="alert_query"),
        ]

    def __str__(self):
        return f"{self.subscriber}: {self.query or self.user or '-'}"

    @property
    def is_digest(self):
        return self.user_id is not None

    @property
    def period(self):
        return self.PERIODS[self.frequency]

    def confirm(self, now=None):
        """Start sending: resources published from now on are new for this alert."""
        now = now or timezone.now()
        self.confirmed_at = now
        self.confirm_token = None
        self.sent_up_to = now
        self.next_due = now + self.period

    def following_due(self, now):
        """The next e-mail's time: one period after the last one was due, kept on the same
        hour, unless sending fell behind by more than a period."""
        due = (self.next_due or now) + self.period
        return due if due > now else now + self.period


class Delivery(models.Model):
    """One alert e-mail: created with the resources it carries in the same transaction that
    moves its alert's watermark, then sent (and retried) until the server takes it."""

    alert = models.ForeignKey(Alert, on_delete=models.CASCADE, related_name="deliveries")
    created = models.DateTimeField(_("prepared"), auto_now_add=True)
    resources = ArrayField(models.BigIntegerField(), verbose_name=_("resources"))
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    # When to try (again); None while its address is paused or once sent.
    retry_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    last_error = models.CharField(_("last error"), max_length=500, blank=True)

    class Meta:
        ordering = ["-created"]
        verbose_name = _("alert e-mail")
        verbose_name_plural = _("alert e-mails")
        indexes = [
            models.Index(
                fields=["retry_at"], condition=Q(sent_at__isnull=True), name="delivery_pending"
            ),
        ]

    def __str__(self):
        return f"{self.alert.subscriber} {self.created:%Y-%m-%d %H:%M}"


class Throttle(models.Model):
    """A counter of requests in a fixed window, by a keyed hash of an address or a client."""

    key = models.CharField(max_length=80, primary_key=True)
    window_start = models.DateTimeField()
    count = models.PositiveIntegerField()

    class Meta:
        verbose_name = _("request counter")

    def __str__(self):
        return self.key
