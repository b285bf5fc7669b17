"""The search insights in the admin: the full tables (the desk shows their first rows,
resources/desk.py), and "Add these words to a thesaurus concept" (docs/editors.md).

Search records are read, never edited: the admin's list of them is the insights page.
"""

from typing import Any

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.text import slugify
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from . import insights, textquery
from .models import Concept, ConceptTerm, SearchRecord

PAGE_ROWS = 100  # rows of each table on the full page


class InsightsForm(forms.Form):
    days = forms.IntegerField(
        label=_("Days"), min_value=1, max_value=insights.MAX_DAYS, initial=insights.DESK_DAYS
    )
    language = forms.ChoiceField(
        label=_("Language"), choices=[("", _("All languages")), *settings.LANGUAGES]
    )

    def __init__(self, data: Any) -> None:
        super().__init__({"days": insights.DESK_DAYS, "language": ""} | data.dict())
        self.fields["language"].required = False


class AddWordsForm(forms.Form):
    """Words searched, as a term of a concept picked or created: the search uses it from the
    next request on (the thesaurus's triggers renew its version)."""

    text = forms.CharField(label=_("Words"), max_length=120)
    language = forms.ChoiceField(label=_("Language of the words"), choices=settings.LANGUAGES)
    kind = forms.ChoiceField(
        label=_("Kind"), choices=ConceptTerm.Kind.choices, initial=ConceptTerm.Kind.SYNONYM
    )
    concept = forms.ModelChoiceField(
        Concept.objects.all(),
        label=_("Concept"),
        required=False,
        # A plain list (some 500 concepts, by name): typing jumps to a name, and it needs no
        # script. The admin's autocomplete box has no accessible name (axe).
        help_text=_("An existing concept, by its preferred term."),
    )
    new_concept = forms.CharField(
        label=_("Or a new concept"),
        max_length=120,
        required=False,
        help_text=_("Its preferred term, in English: the concept is created with these words."),
    )

    def __init__(self, *args: Any, can_create: bool = True, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not can_create:
            del self.fields["new_concept"]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        concept, new = data.get("concept"), (data.get("new_concept") or "").strip()
        if bool(concept) == bool(new):
            raise forms.ValidationError(
                _("Pick a concept or name a new one.")
                if not concept
                else _("Pick a concept or name a new one, not both.")
            )
        text = data.get("text", "")
        if text and not textquery.words(text):
            self.add_error("text", _("Give at least one word."))
        if concept and concept.terms.filter(text__iexact=text).exists():
            self.add_error("text", _("This concept already has this term."))
        if new and (
            Concept.objects.filter(key=slugify(new)[:60]).exists()
            or Concept.objects.filter(name__iexact=new).exists()
        ):
            self.add_error("new_concept", _("There is already a concept by this name: pick it."))
        elif new and not slugify(new):
            self.add_error("new_concept", _("Give the concept a name with letters or digits."))
        return data

    @transaction.atomic
    def save(self) -> Concept:
        data = self.cleaned_data
        concept = data["concept"]
        if concept is None:
            name = data["new_concept"].strip()
            concept = Concept.objects.create(key=slugify(name)[:60], name=name)
        ConceptTerm.objects.create(
            concept=concept, text=data["text"].strip(), language=data["language"], kind=data["kind"]
        )
        return concept


@admin.register(SearchRecord)
class SearchInsightsAdmin(admin.ModelAdmin):
    """The insights page is this model's list; no record is added, changed or deleted here."""

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def get_urls(self) -> list:
        view = self.admin_site.admin_view
        return [
            path("", view(self.changelist_view), name="eprm_hub_searchrecord_changelist"),
            path("add-words/", view(self.add_words_view), name="eprm_hub_searchrecord_add_words"),
        ]

    def changelist_view(
        self, request: HttpRequest, extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        if not self.has_view_permission(request):
            raise PermissionDenied
        form = InsightsForm(request.GET)
        tables = None
        if form.is_valid():
            days, language = form.cleaned_data["days"], form.cleaned_data["language"] or None
            tables = insights.tables(days, language, limit=PAGE_ROWS)
        context = {
            **self.admin_site.each_context(request),
            "title": _("Search insights"),
            "opts": self.model._meta,
            "form": form,
            "tables": tables,
            "can_add_words": request.user.has_perm("eprm_hub.change_concept"),
            "page_rows": PAGE_ROWS,
        }
        status = 200 if tables else 400
        return TemplateResponse(
            request, "admin/eprm_hub/searchrecord/insights.html", context, status=status
        )

    def add_words_view(self, request: HttpRequest) -> HttpResponse:
        if not request.user.has_perm("eprm_hub.change_concept"):
            raise PermissionDenied
        back = _back(request)
        can_create = request.user.has_perm("eprm_hub.add_concept")
        if request.method == "POST":
            form = AddWordsForm(request.POST, can_create=can_create)
            if form.is_valid():
                concept = form.save()
                url = reverse("admin:eprm_hub_concept_change", args=[concept.pk])
                done = gettext(
                    '“{words}” is now a term of <a href="{url}">{concept}</a>: searches use it '
                    "from now on."
                )
                message = format_html(
                    done, words=form.cleaned_data["text"], url=url, concept=concept.name
                )
                self.message_user(request, message, messages.SUCCESS)
                return redirect(back)
        else:
            language = request.GET.get("language", "")
            initial = {"text": request.GET.get("words", "")[:120]}
            if language in dict(settings.LANGUAGES):
                initial["language"] = language
            form = AddWordsForm(initial=initial, can_create=can_create)
        context = {
            **self.admin_site.each_context(request),
            "title": _("Add these words to a thesaurus concept"),
            "opts": self.model._meta,
            "form": form,
            "media": self.media + form.media,
            "back": back,
        }
        status = 400 if form.errors else 200
        return TemplateResponse(
            request, "admin/eprm_hub/searchrecord/add_words.html", context, status=status
        )


def _back(request: HttpRequest) -> str:
    """Where the form returns: the page it was opened from (the desk, the insights page), if
    that is a page of this site."""
    back = request.POST.get("next") or request.GET.get("next") or ""
    safe = url_has_allowed_host_and_scheme(
        back, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return back if safe else reverse("admin:eprm_hub_searchrecord_changelist")
