"""The rules in the admin: editors keep each rule's scopes, criteria, thresholds, dates,
sources and "last checked", and Annex I of Regulation (EU) 2017/821 line by line."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from eprm_hub.translation_admin import TranslatedAdmin

from .models import AnnexLine, Criterion, Rule, RuleScope, RuleSource


class SourceInline(admin.TabularInline):
    model = RuleSource
    extra = 0
    fields = ["kind", "title", "article", "date", "url", "order"]


class ScopeInline(admin.TabularInline):
    model = RuleScope
    extra = 0
    fields = ["label", "applies_from", "order"]
    show_change_link = True  # its criteria are on the scope's own page


@admin.register(Rule)
class RuleAdmin(TranslatedAdmin, SimpleHistoryAdmin):
    list_display = ["name", "slug", "checked", "missing_translations"]
    list_filter = ["checked"]
    search_fields = ["name", "slug", "summary"]
    autocomplete_fields = ["resources"]
    inlines = [ScopeInline, SourceInline]

    def get_readonly_fields(self, request, obj=None):
        return ["slug"] if obj else []  # other tools call a rule by it


class CriterionInline(admin.StackedInline):
    model = Criterion
    extra = 0
    fields = ["kind", "comparison", "threshold", "countries", "minerals", "article"]
    filter_horizontal = ["minerals"]


@admin.register(RuleScope)
class RuleScopeAdmin(admin.ModelAdmin):
    list_display = ["label", "rule", "applies_from"]
    list_filter = ["rule"]
    inlines = [CriterionInline]


@admin.register(AnnexLine)
class AnnexLineAdmin(TranslatedAdmin):
    list_display = ["printed_code", "description", "part", "threshold", "missing_translations"]
    list_filter = ["part", ("threshold_kg", admin.EmptyFieldListFilter)]
    search_fields = ["cn_code", "description"]
    ordering = ["order"]

    @admin.display(description=_("threshold (kg a year)"), ordering="threshold_kg")
    def threshold(self, line):
        if line.threshold_kg is None:
            return _("not confirmed: the check says it cannot tell")
        return f"{line.threshold_kg:,}"
