"""Following a search by e-mail without an account: ask, confirm, manage, unsubscribe; and a
member's "New for my organisation" digest."""

import logging
import smtplib

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import IntegrityError, transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from eprm_hub.client import client_address, mailbox
from resources.search import CATALOGUE

from . import digest, emails, searches, sending, throttle
from .forms import AlertForm, FrequencyForm
from .models import Alert, Subscriber, new_token

log = logging.getLogger(__name__)

# The pages a token in the address opens show one address's alerts: never kept by a shared
# cache or on a shared computer's disk (as config.middleware.PrivatePagesMiddleware does for a
# logged-in user's pages).
private = cache_control(private=True, no_store=True)


class NotSent(Exception):
    """The confirmation could not be handed to the mail server: nothing is kept."""


def new(request):
    """The search of the query string, and the form that follows it by e-mail."""
    search = CATALOGUE.search(request.GET)
    query = searches.canonical(search)
    form = AlertForm(request.POST or None, initial={"language": get_language()})
    context = {
        "form": form,
        "search_description": searches.describe(search),
        "total": search.total,
        "search_url": searches.page_url(query),
        "feed_url": reverse("resources:feed") + (f"?{query}" if query else ""),
    }
    if request.method != "POST" or not form.is_valid():
        return render(request, "alerts/new.html", context, status=400 if form.errors else 200)
    for limit, value in (
        (throttle.PER_CLIENT, client_address(request)),
        # Sub-addresses (name+1@…) reach one inbox: they count together.
        (throttle.PER_ADDRESS, mailbox(form.cleaned_data["email"])),
    ):
        if wait := throttle.hit(limit, value):
            response = render(request, "alerts/limit.html", {"limit": limit.name}, status=429)
            response["Retry-After"] = str(wait)
            return response
    try:
        _request_alert(query, **form.cleaned_data)
    except NotSent:
        return render(request, "alerts/not_sent.html", context, status=503)
    return render(
        request, "alerts/requested.html", {**context, "email": form.cleaned_data["email"]}
    )


def _request_alert(query, email, frequency, language):
    """Create (or renew) the request and e-mail its confirmation, in one transaction: if the
    e-mail cannot be sent, nothing is kept. Says the same whatever the address's state, so
    that the page tells nobody whether an address follows anything."""
    try:
        with transaction.atomic():
            subscriber, _ = Subscriber.objects.get_or_create(email=email)
            if subscriber.blocked:
                return
            alert = (
                Alert.objects.select_for_update()
                .filter(subscriber=subscriber, query=query, user=None)
                .first()
            )
            if alert and alert.confirmed_at:
                message = emails.already_following(alert)
            else:
                alert = alert or Alert(subscriber=subscriber, query=query)
                alert.frequency, alert.language = frequency, language
                alert.confirm_token = new_token()  # an earlier e-mail's link no longer works
                alert.save()
                message = emails.confirmation(alert)
            message.send()
    except (OSError, smtplib.SMTPException) as error:
        log.warning("alerts: a confirmation could not be sent: %r", error)
        raise NotSent from error
    except IntegrityError:  # the same request, twice at once: the other one sends
        pass


@private
def confirm(request, token):
    alert = Alert.objects.filter(confirm_token=token).select_related("subscriber").first()
    if alert is None:
        return render(request, "alerts/link_used.html", status=404)
    if request.method == "POST":
        with transaction.atomic():
            alert.confirm()
            alert.save()
            if alert.subscriber.bounced_at:  # the address answers again
                sending.resume(alert.subscriber)
        messages.success(
            request,
            _("Your alert is on: the first e-mail comes when new resources match the search."),
        )
        return redirect("alerts:manage", alert.subscriber.token)
    return render(
        request,
        "alerts/confirm.html",
        {"alert": alert, "search_description": searches.description(alert.query, get_language())},
    )


# Mail programs POST here without a CSRF token (RFC 8058 one-click); the token in the address
# is the authority, as it is for the page's own button.
@csrf_exempt
@private
def unsubscribe(request, token):
    alert = Alert.objects.filter(token=token).select_related("subscriber").first()
    if request.method != "POST":
        if alert is None:
            return render(request, "alerts/unsubscribed.html", {"already": True})
        return render(
            request,
            "alerts/unsubscribe.html",
            {"alert": alert, "description": _alert_description(alert)},
        )
    subscriber = alert.subscriber if alert else None
    if alert:
        _delete(alert)
    left = (
        subscriber if subscriber and Subscriber.objects.filter(pk=subscriber.pk).exists() else None
    )
    return render(
        request, "alerts/unsubscribed.html", {"already": alert is None, "subscriber": left}
    )


def _delete(alert):
    """Delete an alert with what it sent; its address too when nothing else needs it."""
    with transaction.atomic():
        subscriber = alert.subscriber
        alert.delete()
        if not subscriber.blocked and not subscriber.alerts.exists():
            subscriber.delete()


def _alert_description(alert):
    if alert.is_digest:
        return _("New for my organisation")
    return searches.description(alert.query, get_language())


@private
def manage(request, token):
    subscriber = get_object_or_404(Subscriber, token=token)
    if request.method == "POST":
        return _change(request, subscriber)
    alerts = list(subscriber.alerts.order_by("created"))
    for alert in alerts:
        alert.description = _alert_description(alert)
        alert.form = FrequencyForm(initial={"frequency": alert.frequency}, prefix=f"a{alert.pk}")
        if not alert.is_digest:
            alert.search_url = searches.page_url(alert.query)
    return render(request, "alerts/manage.html", {"subscriber": subscriber, "alerts": alerts})


def _change(request, subscriber):
    action = request.POST.get("action", "")
    here = redirect("alerts:manage", subscriber.token)
    if action == "delete_all":
        with transaction.atomic():
            subscriber.alerts.all().delete()
            if not subscriber.blocked:
                subscriber.delete()
        messages.success(request, _("All your alerts and your address are deleted."))
        return redirect("resources:list")
    if action == "resume_address":
        sending.resume(subscriber)
        messages.success(request, _("Sending is back on for this address."))
        return here
    try:
        alert = subscriber.alerts.get(pk=int(request.POST.get("alert", "")))
    except (ValueError, Alert.DoesNotExist):
        return render(request, "400.html", status=400)
    if action == "delete":
        _delete(alert)
        messages.success(request, _("The alert is deleted."))
        if not Subscriber.objects.filter(pk=subscriber.pk).exists():
            return redirect("resources:list")
    elif action in ("pause", "resume"):
        alert.paused = action == "pause"
        alert.save(update_fields=["paused"])
        messages.success(
            request, _("The alert is paused.") if alert.paused else _("The alert is on again.")
        )
    elif action == "frequency":
        form = FrequencyForm(request.POST, prefix=f"a{alert.pk}")
        if not form.is_valid():
            return render(request, "400.html", status=400)
        before = alert.period
        alert.frequency = form.cleaned_data["frequency"]
        if alert.next_due:
            # The next e-mail comes one new period after the last one was due.
            alert.next_due = max(alert.next_due - before + alert.period, timezone.now())
        alert.save(update_fields=["frequency", "next_due"])
        messages.success(request, _("The alert's frequency is changed."))
    else:
        return render(request, "400.html", status=400)
    return here


@login_required
@require_POST
def organisation_digest(request):
    """Turn a member's "New for my organisation" weekly digest on or off."""
    organisation = digest.organisation_of(request.user)
    if organisation is None:
        return render(request, "400.html", status=400)
    wanted = request.POST.get("on") == "1"
    current = Alert.objects.filter(user=request.user).first()
    if not wanted:
        if current:
            _delete(current)
        messages.success(request, _("You will no longer receive the weekly digest."))
        return redirect("members:mine")
    email = (request.user.email or "").strip().lower()
    if not email:
        messages.error(
            request,
            _("Your account has no e-mail address: ask the secretariat to add it first."),
        )
        return redirect("members:mine")
    with transaction.atomic():
        subscriber, _created = Subscriber.objects.get_or_create(email=email)
        if current and current.subscriber_id != subscriber.pk:
            current.delete()  # the account's address changed
            current = None
        if current is None:
            current = Alert(
                subscriber=subscriber, user=request.user, frequency=Alert.Frequency.WEEKLY
            )
            current.confirm()  # logged in with this address: nothing to confirm
        current.language = get_language()
        current.save()
    messages.success(
        request,
        _("Every week you will receive the new resources that fit %(organisation)s, at %(email)s.")
        % {"organisation": organisation, "email": email},
    )
    return redirect("members:mine")
