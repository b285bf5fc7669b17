"""Alerts in the admin: who follows what, how many follow each search, and a way to stop an
address that abuses the form. Alerts are made by their subscribers, not edited here."""

from django.contrib import admin, messages
from django.db.models import BooleanField, Count, ExpressionWrapper, F, Q, Window
from django.http import QueryDict
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext_lazy as _

from . import searches, sending
from .models import Alert, Delivery, Subscriber


class ReadOnly:
    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class StateFilter(admin.SimpleListFilter):
    title = _("state")
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return [
            ("on", _("On")),
            ("waiting", _("Waiting for confirmation")),
            ("paused", _("Paused")),
            ("stopped", _("Address bounced or disabled")),
        ]

    def queryset(self, request, queryset):
        stopped = Q(subscriber__blocked=True) | Q(subscriber__bounced_at__isnull=False)
        match self.value():
            case "on":
                return queryset.confirmed().filter(paused=False).exclude(stopped)
            case "waiting":
                return queryset.filter(confirmed_at__isnull=True)
            case "paused":
                return queryset.filter(paused=True)
            case "stopped":
                return queryset.filter(stopped)
        return queryset


class KindFilter(admin.SimpleListFilter):
    title = _("kind")
    parameter_name = "kind"

    def lookups(self, request, model_admin):
        return [("search", _("Followed search")), ("digest", _("New for my organisation"))]

    def queryset(self, request, queryset):
        if self.value() in ("search", "digest"):
            return queryset.filter(user__isnull=self.value() == "search")
        return queryset


def _alerts_of(query):
    """The alert list filtered to one search's alerts."""
    params = QueryDict(mutable=True)
    params["query"] = query
    return f"{reverse('admin:alerts_alert_changelist')}?{params.urlencode()}"


@admin.register(Alert)
class AlertAdmin(ReadOnly, admin.ModelAdmin):
    list_display = [
        "subscriber",
        "what",
        "same_search",
        "frequency",
        "language",
        "state",
        "next_due",
    ]
    list_filter = [StateFilter, KindFilter, "frequency", "language"]
    search_fields = ["subscriber__email", "query"]
    list_select_related = ["subscriber", "user"]
    fields = [
        "subscriber",
        "user",
        "query",
        "language",
        "frequency",
        "created",
        "confirmed_at",
        "paused",
        "sent_up_to",
        "next_due",
    ]
    readonly_fields = fields
    date_hierarchy = "created"

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                same=Window(
                    Count("id"),
                    partition_by=[F("query"), ExpressionWrapper(Q(user=None), BooleanField())],
                )
            )
        )

    def lookup_allowed(self, lookup, value, request=None):
        return lookup == "query" or super().lookup_allowed(lookup, value, request)

    @admin.display(description=_("alert"))
    def what(self, alert):
        if alert.is_digest:
            return _("New for my organisation (%(user)s)") % {
                "user": alert.user.get_full_name() or alert.user
            }
        return searches.description(alert.query, get_language())

    @admin.display(description=_("same search"), ordering="same")
    def same_search(self, alert):
        if alert.is_digest:
            return "–"
        return format_html('<a href="{}">{}</a>', _alerts_of(alert.query), alert.same)

    @admin.display(description=_("state"))
    def state(self, alert):
        if alert.subscriber.blocked:
            return _("Address disabled")
        if alert.subscriber.bounced_at:
            return _("Address bounced")
        if not alert.confirmed_at:
            return _("Waiting for confirmation")
        return _("Paused") if alert.paused else _("On")

    def get_urls(self):
        searches_view = self.admin_site.admin_view(self.searches_view)
        return [
            path("searches/", searches_view, name="alerts_alert_searches"),
            *super().get_urls(),
        ]

    def searches_view(self, request):
        """How many alerts follow each search, most followed first."""
        rows = (
            Alert.objects.filter(user__isnull=True)
            .values("query")
            .annotate(
                on=Count("id", filter=Q(confirmed_at__isnull=False, paused=False)),
                waiting=Count("id", filter=Q(confirmed_at__isnull=True)),
                total=Count("id"),
            )
            .order_by("-on", "-total", "query")[:500]
        )
        language = get_language()
        for row in rows:
            row["description"] = searches.description(row["query"], language)
            row["public_url"] = searches.page_url(row["query"])
            row["alerts_url"] = _alerts_of(row["query"])
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Followed searches"),
            "rows": rows,
            "digests": Alert.objects.filter(user__isnull=False).count(),
        }
        return TemplateResponse(request, "admin/alerts/alert/searches.html", context)


@admin.register(Subscriber)
class SubscriberAdmin(ReadOnly, admin.ModelAdmin):
    list_display = ["email", "alert_count", "created", "blocked", "bounced_at"]
    list_filter = ["blocked", ("bounced_at", admin.EmptyFieldListFilter)]
    search_fields = ["email"]
    fields = ["email", "created", "blocked", "bounced_at"]
    readonly_fields = fields
    actions = ["disable", "enable"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(alert_count=Count("alerts"))

    @admin.display(description=_("alerts"), ordering="alert_count")
    def alert_count(self, subscriber):
        return subscriber.alert_count

    def has_delete_permission(self, request, obj=None):
        return request.user.has_perm("alerts.delete_subscriber")

    @admin.action(description=_("Disable: send nothing more and refuse new alerts"))
    def disable(self, request, queryset):
        done = queryset.update(blocked=True)
        messages.success(
            request,
            ngettext("%(count)d address disabled.", "%(count)d addresses disabled.", done)
            % {"count": done},
        )

    @admin.action(description=_("Enable again (also after a bounce)"))
    def enable(self, request, queryset):
        for subscriber in queryset:
            subscriber.blocked = False
            subscriber.save(update_fields=["blocked"])
            if subscriber.bounced_at:
                sending.resume(subscriber)
        messages.success(request, _("Sending is back on for the selected addresses."))

    def has_change_permission(self, request, obj=None):
        # The actions change the flags; the form stays read-only (readonly_fields).
        return request.user.has_perm("alerts.change_subscriber")


@admin.register(Delivery)
class DeliveryAdmin(ReadOnly, admin.ModelAdmin):
    list_display = ["alert", "created", "sent_at", "attempts", "retry_at", "last_error"]
    list_filter = [("sent_at", admin.EmptyFieldListFilter)]
    search_fields = ["alert__subscriber__email"]
    list_select_related = ["alert__subscriber"]
    fields = ["alert", "created", "resources", "sent_at", "attempts", "retry_at", "last_error"]
    readonly_fields = fields
