import re

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import (
    insights_admin,  # noqa: F401  (the search insights' pages register themselves)
    skos,
)
from .models import (
    SDG,
    BusinessNeed,
    Concept,
    ConceptTerm,
    Mineral,
    OECDStep,
    Region,
    ResourceType,
    SupplyChainTier,
)
from .translation_admin import TranslatedAdmin

# "Step 4", "step 4:", "Étape 4 :" at the start of a search: the step's number.
STEP_LABEL = re.compile(r"^\s*(?:step|[ée]tape)\s*(\d+)\s*:?", re.IGNORECASE)


class TermAdmin(TranslatedAdmin):
    """Editors may add and rename terms, in every language, but a slug never changes once
    published."""

    search_fields = ["name", "translations", "slug"]
    list_display = ["name", "missing_translations", "slug"]

    def get_readonly_fields(self, request, obj=None):
        return ["slug"] if obj else []

    def get_prepopulated_fields(self, request, obj=None):
        return {} if obj else {"slug": ["name"]}


class FixedTermAdmin(TermAdmin):
    """A set fixed by the OECD, the UN or the Hub's design: names can change, the set cannot."""

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_readonly_fields(self, request, obj=None):
        return ["slug", "number"] if hasattr(self.model, "number") else ["slug"]


@admin.register(Mineral)
class MineralAdmin(TermAdmin):
    list_display = ["name", "missing_translations", "slug", "is_3tg", "colour", "order"]
    list_editable = ["order"]
    list_filter = ["is_3tg"]


@admin.register(BusinessNeed)
class BusinessNeedAdmin(TermAdmin):
    list_display = ["name", "missing_translations", "slug", "step", "order"]
    list_editable = ["order"]
    list_filter = ["step"]
    fields = ["name", "slug", "description", "step", "order"]


@admin.register(Region)
class RegionAdmin(TermAdmin):
    list_display = ["name", "missing_translations", "slug", "parent", "order"]
    list_editable = ["order"]
    list_filter = ["parent"]


@admin.register(SupplyChainTier)
class SupplyChainTierAdmin(FixedTermAdmin):
    list_display = ["name", "missing_translations", "slug", "description"]


@admin.register(OECDStep)
class OECDStepAdmin(FixedTermAdmin):
    list_display = ["number", "name", "missing_translations"]

    def get_search_results(self, request, queryset, search_term):
        # Autocompletes show a step as "Step 4: Carry out…": typing that (or "Étape 4") finds
        # it, where "Step" matched no field and found nothing.
        search_term = STEP_LABEL.sub(r"\1", search_term)
        return super().get_search_results(request, queryset, search_term)


@admin.register(ResourceType)
class ResourceTypeAdmin(FixedTermAdmin):
    pass


@admin.register(SDG)
class SDGAdmin(FixedTermAdmin):
    list_display = ["number", "name", "missing_translations", "colour"]


class ConceptTermInline(admin.TabularInline):
    model = ConceptTerm
    extra = 3
    fields = ["text", "kind", "language"]


class ThesaurusFileForm(forms.Form):
    file = forms.FileField(
        label=_("SKOS file"),
        help_text=_(
            "Turtle (.ttl) or RDF/XML (.rdf), as the export writes it. The file becomes the "
            "whole thesaurus: a concept it lacks is deleted. Nothing is saved unless all of the "
            "file is right."
        ),
    )


@admin.register(Concept)
class ConceptAdmin(admin.ModelAdmin):
    """The thesaurus: a search for any term of a concept finds its other terms too. Its list
    exports it as SKOS and imports a SKOS file (eprm_hub/skos.py)."""

    change_list_template = "admin/eprm_hub/concept/change_list.html"

    list_display = ["name", "term_list", "filter_facet", "filter_value"]
    list_filter = ["filter_facet", "terms__language", "terms__kind"]
    search_fields = ["name", "key", "terms__text", "note"]
    autocomplete_fields = ["narrower"]
    inlines = [ConceptTermInline]
    fieldsets = [
        (None, {"fields": ["name", "key", "note"]}),
        (_("Related concepts"), {"fields": ["narrower"]}),
        (
            _("Filter"),
            {
                "fields": ["filter_facet", "filter_value"],
                "description": _(
                    "When a query names this concept, the search offers this value as a filter."
                ),
            },
        ),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("terms")

    def get_prepopulated_fields(self, request, obj=None):
        return {} if obj else {"key": ["name"]}

    @admin.display(description=_("terms"))
    def term_list(self, concept):
        return ", ".join(term.text for term in concept.terms.all())

    def get_urls(self):
        return [
            path(
                "skos/",
                self.admin_site.admin_view(self.export_view),
                name="eprm_hub_concept_export",
            ),
            path(
                "skos/import/",
                self.admin_site.admin_view(self.import_view),
                name="eprm_hub_concept_import",
            ),
            *super().get_urls(),
        ]

    def has_import_permission(self, request: HttpRequest) -> bool:
        """An import adds, changes and deletes concepts: it takes the three permissions."""
        return all(
            check(request)
            for check in (
                self.has_add_permission,
                self.has_change_permission,
                self.has_delete_permission,
            )
        )

    def changelist_view(self, request, extra_context=None):
        extra_context = {
            "can_export": self.has_change_permission(request),
            "can_import": self.has_import_permission(request),
            **(extra_context or {}),
        }
        return super().changelist_view(request, extra_context)

    def export_view(self, request: HttpRequest) -> HttpResponse:
        if not self.has_change_permission(request):
            raise PermissionDenied
        response = HttpResponse(skos.export(), content_type="text/turtle; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="thesaurus.ttl"'
        return response

    def import_view(self, request: HttpRequest) -> HttpResponse:
        if not self.has_import_permission(request):
            raise PermissionDenied
        form = ThesaurusFileForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            try:
                changes = skos.import_file(form.cleaned_data["file"].read())
            except skos.ThesaurusFileError as error:
                form.add_error("file", [str(problem) for problem in error.problems])
            else:
                self.message_user(request, str(changes), messages.SUCCESS)
                return redirect("admin:eprm_hub_concept_changelist")
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Import the thesaurus"),
            "form": form,
        }
        return TemplateResponse(request, "admin/eprm_hub/concept/import.html", context)


admin.site.site_header = _("Due Diligence Hub administration")
admin.site.site_title = _("Due Diligence Hub")
admin.site.index_title = _("Curate the Hub")
# The wide lists (resources, members, projects) need the room more than a second menu.
admin.site.enable_nav_sidebar = False
