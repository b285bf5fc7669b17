from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.urls import path
from django.utils.translation import gettext_lazy as _

from eprm_hub.translation_admin import TranslatedAdmin

from .models import Question
from .statistics import step_distribution


@admin.register(Question)
class QuestionAdmin(TranslatedAdmin):
    list_display = ["text", "step", "order", "weight", "active", "missing_translations"]
    list_editable = ["order", "weight", "active"]
    list_filter = ["step", "active", "business_needs"]
    search_fields = ["text", "translations"]
    autocomplete_fields = ["business_needs", "resources"]

    def get_urls(self):
        return [
            path(
                "results/",
                self.admin_site.admin_view(self.results),
                name="checks_question_results",
            ),
            *super().get_urls(),
        ]

    def results(self, request):
        """Editors' view of the latest scores across members: per step, the bands, the median
        and the organisations' names, only when at least five organisations have a score."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            "title": _("Due Diligence Check: results across members"),
            "opts": self.model._meta,
            **step_distribution(),
        }
        return render(request, "admin/checks/results.html", context)
