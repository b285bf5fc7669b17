"""The alert e-mails, as text and HTML, in the alert's language, with absolute links
(settings.SITE_URL: they are sent outside any request)."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.http import QueryDict
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from eprm_hub.facets import in_order
from resources.models import Resource

from . import digest, searches

# An e-mail lists this many resources at most; the rest are a link away.
LISTED = 50


def absolute(path):
    return settings.SITE_URL + path


def _links(alert):
    return {
        "manage_url": absolute(reverse("alerts:manage", args=[alert.subscriber.token])),
        "unsubscribe_url": absolute(reverse("alerts:unsubscribe", args=[alert.token])),
    }


def _message(alert, subject, template, context, headers=None):
    context = {"alert": alert, "site_url": settings.SITE_URL, **context}
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string(f"alerts/email/{template}.txt", context),
        to=[alert.subscriber.email],
        headers=headers or {},
    )
    message.attach_alternative(
        render_to_string(f"alerts/email/{template}.html", context), "text/html"
    )
    return message


def confirmation(alert):
    """The first e-mail of a search alert: nothing is sent until its link is followed."""
    with translation.override(alert.language):
        what = searches.description(alert.query, alert.language)
        context = {
            "search": what,
            "confirm_url": absolute(reverse("alerts:confirm", args=[alert.confirm_token])),
            "days": alert.CONFIRM_WITHIN.days,
        }
        subject = _("Confirm your alert: %(search)s") % {"search": what}
        return _message(alert, subject, "confirm", context)


def already_following(alert):
    """Sent instead of a confirmation when the address already follows the search."""
    with translation.override(alert.language):
        what = searches.description(alert.query, alert.language)
        subject = _("You already follow this search: %(search)s") % {"search": what}
        return _message(alert, subject, "already", {"search": what, **_links(alert)})


def still_shown(delivery):
    """The keys of the delivery's resources that are still published, in its order: one an
    editor unpublished (or archived) after the e-mail was prepared is not shown, whatever
    the retries in between (docs/alerts.md). A digest whose user left the organisation has
    nothing to show."""
    if delivery.alert.is_digest and digest.organisation_of(delivery.alert.user) is None:
        return []
    visible = set(
        Resource.objects.published().filter(pk__in=delivery.resources).values_list("pk", flat=True)
    )
    return [pk for pk in delivery.resources if pk in visible]


def new_resources(delivery, described):
    """An alert's e-mail of the new resources its delivery carries. described: the run's
    searches' descriptions by (query, language), filled as they are first needed."""
    alert = delivery.alert
    with translation.override(alert.language):
        # Published ones only, whatever the delivery holds (sending.py checks them first).
        rows = Resource.objects.published().select_related("publisher", "resource_type")
        if alert.is_digest:  # grouped by step
            rows = rows.prefetch_related("oecd_steps")
        resources = list(in_order(rows, delivery.resources[:LISTED]))
        for resource in resources:
            resource.link = absolute(resource.get_absolute_url())
        count = len(delivery.resources)
        context = {"count": count, "more": count - len(resources), **_links(alert)}
        organisation = digest.organisation_of(alert.user) if alert.is_digest else None
        if organisation is not None:
            context |= {
                "organisation": organisation,
                "sections": digest.sections(organisation, resources),
                "search_url": absolute(
                    reverse("resources:list") + "?" + _profile_query(organisation)
                ),
            }
            subject = _("New for %(organisation)s on the Due Diligence Hub") % {
                "organisation": organisation
            }
        else:
            key = (alert.query, alert.language)
            if key not in described:
                described[key] = searches.description(alert.query, alert.language)
            what = described[key]
            params = QueryDict(alert.query, mutable=True)
            params["sort"] = "newest"
            context |= {
                "search": what,
                "sections": [digest.Section(None, None, resources)],
                "search_url": absolute(reverse("resources:list") + "?" + params.urlencode()),
            }
            subject = _("New on the Due Diligence Hub: %(search)s") % {"search": what}
        headers = {
            # RFC 2369 and RFC 8058: mail programs offer an unsubscribe button that POSTs here.
            "List-Unsubscribe": f"<{context['unsubscribe_url']}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "List-Id": f"{_('Due Diligence Hub alerts')} <alerts.{_host()}>",
            # The same for every attempt, so that a retry after a lost reply can be recognised.
            "Message-ID": f"<alert-{delivery.pk}.{delivery.created:%Y%m%d%H%M%S}@{_host()}>",
        }
        return _message(alert, subject, "new_resources", context, headers)


def _profile_query(organisation):
    params = QueryDict(mutable=True)
    params.setlist("tier", sorted(organisation.supply_chain_tiers.values_list("slug", flat=True)))
    params.setlist("mineral", sorted(organisation.minerals.values_list("slug", flat=True)))
    params["sort"] = "newest"
    return params.urlencode()


def _host():
    return urlsplit(settings.SITE_URL).hostname or "localhost"
