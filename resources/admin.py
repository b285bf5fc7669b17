from datetime import timedelta

from django.contrib import admin, messages
from django.db import models
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.admin import SimpleHistoryAdmin

from eprm_hub.admin_state import SaysWhetherPublic

from .import_views import ImportExportAdmin
from .models import LinkReport, Publisher, Resource


class NotReviewedFilter(admin.SimpleListFilter):
    title = _("review")
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return [("stale", _("Not reviewed for 12 months"))]

    def queryset(self, request, queryset):
        if self.value() == "stale":
            cutoff = timezone.localdate() - timedelta(days=365)
            return queryset.filter(Q(last_reviewed_on__lt=cutoff) | Q(last_reviewed_on=None))
        return queryset


class OpenReportsFilter(admin.SimpleListFilter):
    title = _("broken-link reports")
    parameter_name = "reports"

    def lookups(self, request, model_admin):
        return [("open", _("Reported by visitors"))]

    def queryset(self, request, queryset):
        if self.value() == "open":
            return queryset.filter(link_reports__resolved=False).distinct()
        return queryset


class LinkReportInline(admin.TabularInline):
    model = LinkReport
    fields = ["reported_at", "resolved"]
    readonly_fields = ["reported_at"]
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Resource)
class ResourceAdmin(SaysWhetherPublic, ImportExportAdmin, SimpleHistoryAdmin):
    publish_action = "publish"
    list_display = [
        "title",
        "resource_type",
        "publisher",
        "year",
        "status",
        "featured",
        "link_status",
        "last_reviewed_on",
        "open_reports",
    ]
    list_filter = [
        "status",
        "resource_type",
        "minerals",
        "business_needs",
        "oecd_steps",
        "supply_chain_tiers",
        "link_status",
        NotReviewedFilter,
        OpenReportsFilter,
        "featured",
    ]
    search_fields = ["title", "summary", "url", "publisher__name"]
    autocomplete_fields = [
        "publisher",
        "minerals",
        "supply_chain_tiers",
        "oecd_steps",
        "business_needs",
        "regions",
    ]
    prepopulated_fields = {"slug": ["title"]}
    readonly_fields = ["published_at", "created", "updated", "link_http_status", "link_checked_at"]
    date_hierarchy = "published_at"
    list_per_page = 50
    actions = ["publish", "archive", "mark_reviewed"]
    inlines = [LinkReportInline]
    fieldsets = [
        (None, {"fields": ["title", "slug", "url", "publisher", "year", "resource_type"]}),
        (_("What it is about"), {
            "fields": [
                "summary", "description", "business_needs", "minerals",
                "supply_chain_tiers", "oecd_steps", "regions", "languages", "tags",
            ]
        }),
        (_("Case studies"), {"fields": ["company_name", "company_size"]}),
        (_("Editorial"), {
            "fields": [
                "status", "featured", "last_reviewed_on", "published_at", "created", "updated",
            ]
        }),
        (_("Link check"), {"fields": ["link_status", "link_http_status", "link_checked_at"]}),
    ]  # fmt: skip

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if isinstance(db_field, models.URLField):
            kwargs["assume_scheme"] = "https"  # a link typed without one (Django 6's default)
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if db_field.name in ("title", "url", "slug"):
            field.widget.attrs["class"] = "vLargeTextField"  # the admin's wide input
        return field

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("publisher", "resource_type")
            .annotate(_open_reports=Count("link_reports", filter=Q(link_reports__resolved=False)))
        )

    @admin.display(description=_("reports"), ordering="_open_reports")
    def open_reports(self, resource):
        return resource._open_reports or ""

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        Resource.objects.filter(pk=form.instance.pk).refresh_search_text()

    def public(self, resource):
        return resource.status == Resource.Status.PUBLISHED

    def hidden(self, resource):
        if resource.status == Resource.Status.ARCHIVED:
            return _("“{title}” is archived: visitors do not see it."), False
        return super().hidden(resource)

    def _bulk_update(self, request, queryset, message, **values):
        # Saved one by one, so each change is in the history with its editor.
        for resource in queryset:
            for name, value in values.items():
                setattr(resource, name, value)
            resource._change_reason = message
            resource.save()
        count = len(queryset)
        self.message_user(
            request,
            ngettext("%(count)d resource: %(what)s.", "%(count)d resources: %(what)s.", count)
            % {"count": count, "what": message},
            messages.SUCCESS,
        )

    @admin.action(description=_("Publish the selected resources"), permissions=["change"])
    def publish(self, request, queryset):
        self._bulk_update(request, queryset, _("published"), status=Resource.Status.PUBLISHED)

    @admin.action(description=_("Archive the selected resources"), permissions=["change"])
    def archive(self, request, queryset):
        self._bulk_update(request, queryset, _("archived"), status=Resource.Status.ARCHIVED)

    @admin.action(
        description=_("Mark the selected resources as reviewed today"), permissions=["change"]
    )
    def mark_reviewed(self, request, queryset):
        self._bulk_update(
            request, queryset, _("marked reviewed today"), last_reviewed_on=timezone.localdate()
        )


@admin.register(Publisher)
class PublisherAdmin(admin.ModelAdmin):
    list_display = ["name", "website", "resource_count"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(_resources=Count("resources"))

    @admin.display(description=_("resources"), ordering="_resources")
    def resource_count(self, publisher):
        return publisher._resources

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        obj.resources.all().refresh_search_text()


@admin.register(LinkReport)
class LinkReportAdmin(admin.ModelAdmin):
    list_display = ["resource", "reported_at", "resolved"]
    list_filter = ["resolved"]
    list_select_related = ["resource"]
    search_fields = ["resource__title"]
    readonly_fields = ["resource", "reported_at"]
    fields = ["resource", "reported_at", "resolved"]
    actions = ["mark_resolved"]

    def has_add_permission(self, request):
        return False

    @admin.action(description=_("Mark as dealt with"), permissions=["change"])
    def mark_resolved(self, request, queryset):
        count = queryset.update(resolved=True)
        self.message_user(
            request,
            ngettext(
                "%(count)d report marked as dealt with.",
                "%(count)d reports marked as dealt with.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )
