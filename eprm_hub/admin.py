from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from .models import SDG, BusinessNeed, Mineral, OECDStep, Region, ResourceType, SupplyChainTier


class TermAdmin(admin.ModelAdmin):
    """Editors may add and rename terms, but a slug never changes once published."""

    search_fields = ["name", "name_fr", "slug"]
    list_display = ["name", "name_fr", "slug"]

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
    list_display = ["name", "name_fr", "slug", "is_3tg", "colour", "order"]
    list_editable = ["order"]
    list_filter = ["is_3tg"]


@admin.register(BusinessNeed)
class BusinessNeedAdmin(TermAdmin):
    list_display = ["name", "slug", "step", "order"]
    list_editable = ["order"]
    list_filter = ["step"]
    fields = ["name", "name_fr", "slug", "description", "description_fr", "step", "order"]


@admin.register(Region)
class RegionAdmin(TermAdmin):
    list_display = ["name", "name_fr", "slug", "order"]
    list_editable = ["order"]


@admin.register(SupplyChainTier)
class SupplyChainTierAdmin(FixedTermAdmin):
    list_display = ["name", "name_fr", "slug", "description"]


@admin.register(OECDStep)
class OECDStepAdmin(FixedTermAdmin):
    list_display = ["number", "name", "name_fr"]


@admin.register(ResourceType)
class ResourceTypeAdmin(FixedTermAdmin):
    pass


@admin.register(SDG)
class SDGAdmin(FixedTermAdmin):
    list_display = ["number", "name", "name_fr", "colour"]


admin.site.site_header = _("Due Diligence Hub administration")
admin.site.site_title = _("Due Diligence Hub")
admin.site.index_title = _("Curate the Hub")
# The wide lists (resources, members, projects) need the room more than a second menu.
admin.site.enable_nav_sidebar = False
