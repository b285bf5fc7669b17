from types import SimpleNamespace

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import Count, Exists, OuterRef, Q
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from simple_history.admin import SimpleHistoryAdmin
from taggit.utils import edit_string_for_tags

from eprm_hub.admin_state import ListsThatFit, SaysWhetherPublic, badge
from eprm_hub.translation_admin import TranslatedAdmin, TranslationFilesAdmin
from eprm_hub.versions import VersionedAdmin, VersionedForm

from . import desk, duplicates, saving
from .import_views import ImportExportAdmin
from .models import DigestSubscription, LinkReport, Publisher, Resource

STATE_BADGES = {
    Resource.Status.DRAFT: "draft",
    Resource.Status.ARCHIVED: "archived",
    Resource.Status.PUBLISHED: "published",
}
LINK_BADGES = {
    Resource.LinkStatus.BROKEN: "broken",
    Resource.LinkStatus.OK: "ok",
    Resource.LinkStatus.UNCHECKED: "unchecked",
}


class NotReviewedFilter(admin.SimpleListFilter):
    title = _("review")
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return [("stale", _("Not reviewed for 12 months"))]

    def queryset(self, request, queryset):
        if self.value() == "stale":
            return desk.not_reviewed(queryset)
        return queryset


class OpenReportsFilter(admin.SimpleListFilter):
    title = _("broken-link reports")
    parameter_name = "reports"

    def lookups(self, request, model_admin):
        return [("open", _("Reported by visitors"))]

    def queryset(self, request, queryset):
        if self.value() == "open":
            return desk.reported(queryset)
        return queryset


class WaitingFilter(admin.SimpleListFilter):
    title = _("age of drafts")
    parameter_name = "waiting"

    def lookups(self, request, model_admin):
        return [("old-drafts", _("Drafts older than a month"))]

    def queryset(self, request, queryset):
        if self.value() == "old-drafts":
            return desk.old_drafts(queryset)
        return queryset


class DuplicatesFilter(admin.SimpleListFilter):
    title = _("duplicates")
    parameter_name = "duplicates"

    def lookups(self, request, model_admin):
        return [("open", _("Possible duplicates"))]

    def queryset(self, request, queryset):
        if self.value() == "open":
            return duplicates.flagged(queryset)
        return queryset


class LinkReportInline(admin.TabularInline):
    model = LinkReport
    fields = ["reported_at", "resolved"]
    readonly_fields = ["reported_at"]
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


class ResourceForm(VersionedForm, forms.ModelForm):
    """The change form: a save from a stale page is refused with a merge (eprm_hub/versions.py).
    Tags compare by name and go back to the form as the tag field writes them."""

    class Meta:
        model = Resource
        fields = []  # the admin adds its fieldsets' fields

    def posted(self, name, value):
        if name == "tags":
            return tuple(sorted(getattr(tag, "name", tag) for tag in value or ()))
        return super().posted(name, value)

    def as_data(self, name, value):
        if name == "tags":
            return [edit_string_for_tags([SimpleNamespace(name=tag) for tag in value])]
        return super().as_data(name, value)


@admin.register(Resource)
class ResourceAdmin(
    VersionedAdmin,
    TranslationFilesAdmin,
    TranslatedAdmin,
    ListsThatFit,
    SaysWhetherPublic,
    ImportExportAdmin,
    SimpleHistoryAdmin,
):
    form = ResourceForm
    publish_action = "publish"
    # Short columns, so that the title has the room at 1,280 pixels (admin-lists.css).
    list_display = [
        "title_cell",
        "state",
        "link",
        "resource_type",
        "publisher_name",
        "year",
        "last_reviewed_on",
        "open_reports",
    ]
    # The filters of the editors' desk first, then the vocabulary.
    list_filter = [
        "status",
        "link_status",
        OpenReportsFilter,
        NotReviewedFilter,
        WaitingFilter,
        DuplicatesFilter,
        "resource_type",
        "business_needs",
        "minerals",
        "oecd_steps",
        "supply_chain_tiers",
        "featured",
    ]
    search_fields = ["title", "summary", "translations", "url", "publisher__name"]
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
    actions = ["publish", "archive", "mark_reviewed", "export_translations"]
    inlines = [LinkReportInline]
    fieldsets = [
        (None, {"fields": [
            "title", "slug", "url", "publisher", "year", "resource_type", "text_language",
            "version", "conflicts",  # hidden: the version the page was loaded from, the merge
        ]}),
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
        pairs = duplicates.open_pairs()
        return (
            super()
            .get_queryset(request)
            .select_related("publisher", "resource_type")
            .annotate(
                _open_reports=Count("link_reports", filter=Q(link_reports__resolved=False)),
                _duplicate=Exists(pairs.filter(first=OuterRef("pk")))
                | Exists(pairs.filter(second=OuterRef("pk"))),
            )
        )

    @admin.display(description=_("title"), ordering="title")
    def title_cell(self, resource):
        title = resource.title
        if resource._duplicate:
            title = format_html("{} {}", title, badge(_("possible duplicate"), "duplicate"))
        translations = self.translation_summary(resource)
        if translations == "—":
            return title
        # Under the title, not a column of its own: the list's columns fit 1,366 pixels.
        return format_html(
            '{}<br><span class="missing-translations">{}</span>', title, translations
        )

    @admin.display(description=_("status"), ordering="status")
    def state(self, resource):
        return badge(resource.get_status_display(), STATE_BADGES[resource.status])

    @admin.display(description=_("link"), ordering="link_status")
    def link(self, resource):
        return badge(resource.get_link_status_display(), LINK_BADGES[resource.link_status])

    @admin.display(description=_("publisher"), ordering="publisher__name")
    def publisher_name(self, resource):
        return resource.publisher.name if resource.publisher else ""

    @admin.display(description=_("reports"), ordering="_open_reports")
    def open_reports(self, resource):
        return resource._open_reports or ""

    def save_model(self, request, obj, form, change):
        # With its many-to-many values and tags, as one change (resources/saving.py). A revert
        # (SimpleHistoryAdmin.history_form_view) saves them again after: no change then.
        saving.save_resource(obj, user=request.user, related=form.save_m2m)

    def save_related(self, request, form, formsets, change):
        # The form's many-to-many values were saved with the resource (save_model).
        for formset in formsets:
            self.save_formset(request, form, formset, change=change)

    def response_add(self, request, obj, post_url_continue=None):
        self._say_if_duplicate(request, obj)
        return super().response_add(request, obj, post_url_continue)

    def response_change(self, request, obj):
        self._say_if_duplicate(request, obj)
        return super().response_change(request, obj)

    def _say_if_duplicate(self, request, resource):
        found = duplicates.of(resource)
        if not found:
            return
        links = format_html_join(
            ", ",
            '<a href="{}">{}</a> ({})',
            (
                (reverse("admin:resources_resource_change", args=[other.pk]), other.title,
                 pair.get_reason_display())
                for pair, other in found
            ),
        )  # fmt: skip
        message = format_html(
            _("“{title}” may be the same resource as {links}. Compare them; if they are "
              "different, say so at the top of <a href=\"{url}\">its page</a>."),
            title=resource.title,
            links=links,
            url=reverse("admin:resources_resource_change", args=[resource.pk]),
        )  # fmt: skip
        self.message_user(request, message, messages.WARNING)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        resource = self.get_object(request, object_id)
        found = duplicates.of(resource) if resource else []
        extra_context = {"duplicates": found, **(extra_context or {})}
        return super().change_view(request, object_id, form_url, extra_context)

    def get_urls(self):
        page = self.resource_page
        return [
            page("desk/", self.desk_view, "desk"),
            page("<int:pk>/not-duplicate/", self.not_duplicate_view, "not_duplicate"),
            *super().get_urls(),
        ]

    def not_duplicate_view(self, request, pk):
        return require_POST(self._not_duplicate)(request, pk)

    def _not_duplicate(self, request, pk):
        resource = get_object_or_404(Resource, pk=pk)
        if not self.has_change_permission(request, resource):
            raise PermissionDenied
        try:
            other_pk = int(request.POST.get("other", ""))
        except ValueError:
            other_pk = 0
        other = Resource.objects.filter(pk=other_pk).first() if 0 < other_pk < 2**63 else None
        if other is None or not duplicates.confirm_not_duplicate(resource, other, request.user):
            return HttpResponseBadRequest(_("These two resources are not flagged as duplicates."))
        self.message_user(
            request,
            _("Noted: “%(title)s” and “%(other)s” are different resources.")
            % {"title": resource.title, "other": other.title},
            messages.SUCCESS,
        )
        return redirect("admin:resources_resource_change", pk)

    def desk_view(self, request):
        """The editors' desk (resources/desk.py), and each editor's choice of its digest."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        subscription = DigestSubscription.objects.filter(user=request.user).first()
        subscription = subscription or DigestSubscription(user=request.user)
        data = request.POST if request.method == "POST" else None  # unticked: an empty POST
        form = DigestForm(data, instance=subscription)
        if request.method == "POST":
            if not form.is_valid():
                return HttpResponseBadRequest(_("This choice is not one the form offers."))
            form.save()
            if subscription.weekly and not request.user.email:
                done = _("Noted. Add an e-mail address to your account to receive the digest.")
            elif subscription.weekly:
                done = _("You will receive the weekly digest at %(email)s.")
            else:
                done = _("You will not receive the weekly digest.")
            self.message_user(request, done % {"email": request.user.email}, messages.SUCCESS)
            return redirect("admin:resources_resource_desk")
        context = {
            **self.admin_site.each_context(request),
            "title": _("Editors' desk"),
            "opts": self.model._meta,
            "items": desk.items(),
            "insights": desk.search_insights(request.user),
            "can_add_words": request.user.has_perm("eprm_hub.change_concept"),
            "form": form,
            "media": self.media,
        }
        return TemplateResponse(request, "admin/resources/desk.html", context)

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
            saving.save_resource(resource, user=request.user, reason=message)
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


class DigestForm(forms.ModelForm):
    class Meta:
        model = DigestSubscription
        fields = ["weekly"]
        labels = {"weekly": _("E-mail me this list every week")}


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
