import re

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

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


@admin.register(Concept)
class ConceptAdmin(admin.ModelAdmin):
    """The thesaurus: a search for any term of a concept finds its other terms too."""

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


admin.site.site_header = _("Due Diligence Hub administration")
admin.site.site_title = _("Due Diligence Hub")
admin.site.index_title = _("Curate the Hub")
# The wide lists (resources, members, projects) need the room more than a second menu.
admin.site.enable_nav_sidebar = False
