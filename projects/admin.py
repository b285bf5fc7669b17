from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.admin import SimpleHistoryAdmin

from eprm_hub.admin_state import ListsThatFit, SaysWhetherPublic, badge
from eprm_hub.templatetags.hub import euros
from eprm_hub.translation_admin import TranslatedAdmin, TranslationFilesAdmin

from . import iati
from .models import Call, Document, Indicator, Location, Partnership, Project, Status

PDF_MAX_BYTES = 10 * 1024 * 1024


class DocumentForm(forms.ModelForm):
    class Meta:
        model = Document
        fields = ["title", "url", "file"]

    def clean_file(self):
        """A PDF, by its content, under 10 MB."""
        upload = self.cleaned_data.get("file")
        if not upload or not hasattr(upload, "content_type"):
            return upload
        if upload.size > PDF_MAX_BYTES:
            raise forms.ValidationError(
                _("The file is %(size).1f MB; the most a document can be is 10 MB.")
                % {"size": upload.size / 1024 / 1024}
            )
        upload.seek(0)
        head = upload.read(1024)
        upload.seek(max(0, upload.size - 2048))
        tail = upload.read()
        upload.seek(0)
        if not head.lstrip().startswith(b"%PDF-") or b"%%EOF" not in tail:
            raise forms.ValidationError(_("This file is not a PDF. Upload a PDF document."))
        return upload


class PartnershipInline(admin.TabularInline):
    model = Partnership
    autocomplete_fields = ["organisation"]
    fields = ["organisation", "role", "order"]
    extra = 1


class IndicatorInline(admin.TabularInline):
    model = Indicator
    fields = ["name", "unit", "baseline", "target", "actual", "as_of", "order"]
    extra = 1


class LocationInline(admin.TabularInline):
    model = Location
    fields = ["name", "latitude", "longitude"]
    extra = 1


class DocumentInline(admin.TabularInline):
    model = Document
    form = DocumentForm
    fields = ["title", "url", "file"]
    extra = 1


class StatusFilter(admin.SimpleListFilter):
    title = _("status")
    parameter_name = "status"

    def lookups(self, request, model_admin):
        return Status.choices

    def queryset(self, request, queryset):
        if self.value():
            return queryset.with_status().filter(current_status=self.value())
        return queryset


@admin.register(Project)
class ProjectAdmin(
    TranslationFilesAdmin, TranslatedAdmin, ListsThatFit, SaysWhetherPublic, SimpleHistoryAdmin
):
    publish_action = "publish"
    # Short columns, so that the title has the room at 1,366 pixels (admin-lists.css).
    list_display = [
        "title",
        "published",
        "status_display",
        "years",
        "call",
        "grant",
        "translation_summary",
    ]
    list_filter = ["is_published", StatusFilter, "call", "minerals", "sdgs", "gender_focus"]
    search_fields = [
        "title",
        "summary",
        "translations",
        "iati_identifier",
        "partnerships__organisation__name",
    ]
    autocomplete_fields = ["minerals", "sdgs", "call"]
    prepopulated_fields = {"slug": ["title"]}
    readonly_fields = ["published_at", "created", "updated"]
    inlines = [PartnershipInline, IndicatorInline, LocationInline, DocumentInline]
    actions = ["publish", "unpublish", "export_translations"]
    fieldsets = [
        (None, {"fields": [
            "title", "slug", "summary", "description", "text_language", "is_published",
        ]}),
        (_("Where and what"), {"fields": [
            "countries", "minerals", "call", "sdgs", "gender_focus",
        ]}),
        (_("When"), {"fields": [
            "start_date", "start_year", "end_date", "end_year", "status_override",
        ]}),
        (_("Money (EUR)"), {"fields": ["total_budget", "eprm_grant"]}),
        (_("Results"), {"fields": ["objectives", "lessons_learned"]}),
        (_("Links"), {"fields": ["website", "iati_identifier"]}),
        (_("Record"), {"fields": ["published_at", "created", "updated"]}),
    ]  # fmt: skip

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("call")

    @admin.display(description=_("status"))
    def status_display(self, project):
        return project.status_label

    @admin.display(description=_("on the site"), ordering="is_published")
    def published(self, project):
        if project.is_published:
            return badge(_("Published"), "published")
        return badge(_("Draft"), "draft")

    @admin.display(description=_("EPRM grant"), ordering="eprm_grant")
    def grant(self, project):
        return euros(project.eprm_grant) or "–"

    @admin.display(description=_("years"), ordering="start_year")
    def years(self, project):
        start = project.start_date.year if project.start_date else project.start_year
        end = project.end_date.year if project.end_date else project.end_year
        if start == end:
            return start or "–"
        return f"{start or '…'}–{end or '…'}"

    @admin.action(description=_("Publish the selected projects"), permissions=["change"])
    def publish(self, request, queryset):
        published = []
        for project in queryset.filter(is_published=False):
            project.is_published = True
            try:
                # What the change form would refuse, the action refuses too (a published
                # project needs a country, for one).
                project.full_clean()
            except ValidationError as error:
                message = _("“%(project)s” was not published: %(errors)s") % {
                    "project": project,
                    "errors": " ".join(error.messages),
                }
                self.message_user(request, message, messages.ERROR)
                continue
            project.save()  # one by one, so each change is in the history with its editor
            published.append(project)
        count = len(published)
        message = ngettext("%(count)d project published.", "%(count)d projects published.", count)
        self.message_user(request, message % {"count": count}, messages.SUCCESS)
        for project in published:
            self._warn_if_left_out_of_iati(request, project)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if obj.is_published:
            self._warn_if_left_out_of_iati(request, obj)

    def public(self, project):
        return project.is_published

    def _warn_if_left_out_of_iati(self, request, project):
        # What validation allows but IATI cannot take, such as a completed project whose start
        # is not known: the Hub shows it, the IATI file leaves it out.
        if reasons := iati.problems(project):
            message = _("“%(project)s” is published, but left out of the IATI file. %(why)s")
            self.message_user(
                request,
                message % {"project": project, "why": " ".join(reasons)},
                messages.WARNING,
            )

    @admin.action(description=_("Unpublish the selected projects"), permissions=["change"])
    def unpublish(self, request, queryset):
        count = 0
        for project in queryset.filter(is_published=True):
            project.is_published = False
            project.save()  # one by one, so each change is in the history with its editor
            count += 1
        message = ngettext(
            "%(count)d project unpublished.", "%(count)d projects unpublished.", count
        )
        self.message_user(request, message % {"count": count}, messages.SUCCESS)


@admin.register(Call)
class CallAdmin(admin.ModelAdmin):
    list_display = ["name", "year", "opens_on", "closes_on", "grant_ceiling", "max_cost_share"]
    search_fields = ["name"]
    autocomplete_fields = ["minerals"]
    prepopulated_fields = {"slug": ["name"]}
