"""Translations in the admin: a field per language for each translated field, in a fieldset
per language, with whether a person reviewed it; which languages a row is missing or has
outdated or not yet reviewed, as a column and filters; and the translation agencies' XLIFF
files (docs/languages.md).

The fields are named `<field>_<language>` ("name_fr", "title_es"), as the CSV columns are.
"""

from functools import cache

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from . import i18n, xliff


def languages_of(model):
    """The languages an editor may translate a model into: all of them where its text may be
    written in any (it has a `text_language`), else all but English."""
    has_own = any(field.name == "text_language" for field in model._meta.get_fields())
    return [code for code in i18n.codes() if has_own or code != "en"]


def field_name(field, language):
    return f"{field}_{language}"


def reviewed_name(language):
    return f"reviewed_{language}"


@cache
def records_states(model):
    return any(field.name == "translation_states" for field in model._meta.fields)


@cache
def translation_form(model, base=forms.ModelForm):
    """base, with a field per translated field and language, read from and written to the
    instance's `translations`."""
    declared = {}
    for language in languages_of(model):
        for field in model.translated_fields:
            model_field = model._meta.get_field(field)
            form_field = model_field.formfield(required=False, help_text="")
            form_field.label = capfirst(model_field.verbose_name)
            if isinstance(form_field.widget, forms.TextInput):
                form_field.widget.attrs["class"] = "vLargeTextField"  # as wide as the original
            declared[field_name(field, language)] = form_field
        if records_states(model):
            declared[reviewed_name(language)] = forms.BooleanField(
                label=_("Reviewed by a person"),
                required=False,
                help_text=_(
                    "Tick it once a person has checked this translation against the original "
                    "as it is now. A translation the original has changed since is outdated "
                    "until it is reviewed again."
                ),
            )

    def __init__(self, *args, **kwargs):
        base.__init__(self, *args, **kwargs)
        for language in languages_of(model):
            texts = (self.instance.translations or {}).get(language) or {}
            for field in model.translated_fields:
                self.initial.setdefault(field_name(field, language), texts.get(field, ""))
            if records_states(model):
                state = self.instance.language_state(language)
                self.initial.setdefault(reviewed_name(language), state == i18n.REVIEWED)

    def clean(self):
        cleaned = base.clean(self)
        original = cleaned.get("text_language") or self.instance.original_language
        for language in languages_of(model):
            ticked = cleaned.get(reviewed_name(language))
            for field in model.translated_fields:
                name = field_name(field, language)
                text = (cleaned.get(name) or "").strip()
                # What the box says counts when the editor ticks or unticks it, or writes the
                # text here; otherwise the translation keeps its state (outdated stays so).
                said = reviewed_name(language) in self.changed_data or name in self.changed_data
                # The original language's text is the field itself, never a translation.
                self.instance.set_translation(
                    field,
                    language,
                    "" if language == original else text,
                    reviewed=bool(ticked) if said else None,
                    source=cleaned.get(field, getattr(self.instance, field)),
                )
        return cleaned

    return type(
        f"{model.__name__}TranslationForm",
        (base,),
        {**declared, "__init__": __init__, "clean": clean, "__module__": __name__},
    )


class TranslationStateFilter(admin.SimpleListFilter):
    """Records with a translation outdated, or not yet reviewed, in any language or one."""

    title = _("translation state")
    parameter_name = "translation"

    def lookups(self, request, model_admin):
        choices = [
            (i18n.OUTDATED, capfirst(_("outdated, in any language"))),
            (i18n.UNREVIEWED, capfirst(_("not yet reviewed, in any language"))),
        ]
        for code in languages_of(model_admin.model):
            for state in (i18n.OUTDATED, i18n.UNREVIEWED):
                label = f"{i18n.own_name(code)}: {i18n.STATE_NAMES[state]}"
                choices.append((f"{state}-{code}", label))
        return choices

    def queryset(self, request, queryset):
        state, _sep, language = (self.value() or "").partition("-")
        if state not in (i18n.OUTDATED, i18n.UNREVIEWED):
            return queryset
        if language and language not in languages_of(queryset.model):
            return queryset
        return queryset.filter(i18n.translations_in_state(queryset.model, state, language or None))


class MissingTranslationFilter(admin.SimpleListFilter):
    title = _("missing a translation")
    parameter_name = "untranslated"

    def lookups(self, request, model_admin):
        names = dict(settings.LANGUAGES)
        return [(code, names[code]) for code in languages_of(model_admin.model)]

    def queryset(self, request, queryset):
        language = self.value()
        if language not in i18n.codes():
            return queryset
        return queryset.filter(missing_translation(queryset.model, language))


def missing_translation(model, language):
    """A Q for the rows whose first translated field has no text in this language."""
    missing = ~i18n.has_translation(model.translated_fields[0], language)
    if languages_of(model)[0] == "en":  # the model's texts may be written in any language
        return missing & ~Q(text_language=language)
    return missing


class TranslatedAdmin(admin.ModelAdmin):
    """A ModelAdmin with the translation fields, in a collapsed fieldset per language, a column
    of the languages each row is missing and a filter by missing language."""

    def get_form(self, request, obj=None, change=False, **kwargs):
        kwargs["form"] = translation_form(self.model, kwargs.get("form") or self.form)
        return super().get_form(request, obj, change, **kwargs)

    def get_fieldsets(self, request, obj=None):
        names = {
            field_name(field, language)
            for language in languages_of(self.model)
            for field in self.model.translated_fields
        } | {reviewed_name(language) for language in languages_of(self.model)}
        fieldsets = [
            (title, {**options, "fields": [f for f in options["fields"] if f not in names]})
            for title, options in super().get_fieldsets(request, obj)
        ]
        first = self.model.translated_fields[0]
        for language in languages_of(self.model):
            if obj is not None and language == obj.original_language:
                continue  # its text is the record's own fields
            title = _("In %(language)s") % {"language": i18n.name(language)}
            if obj is not None and not obj.translation(first, language):
                title = _("%(title)s: missing") % {"title": title}
            elif obj is not None and records_states(self.model):
                state = obj.language_state(language)
                title = f"{title}: {i18n.STATE_NAMES[state]}" if state else title
            fields = [field_name(f, language) for f in self.model.translated_fields]
            if records_states(self.model):
                fields.append(reviewed_name(language))
            # Collapsed: a record has five of them; the title says what is missing or to check.
            fieldsets.append((title, {"classes": ["collapse"], "fields": fields}))
        return fieldsets

    def get_list_filter(self, request):
        filters = [*super().get_list_filter(request), MissingTranslationFilter]
        if records_states(self.model):
            filters.append(TranslationStateFilter)
        return filters

    @admin.display(description=_("translations"))
    def translation_summary(self, obj):
        """The languages a record lacks, and those whose translation is outdated or not yet
        reviewed, by code: "Missing: PT, DE · Outdated: FR"."""
        parts = []
        missing = obj.missing_languages()
        if missing:
            parts.append((capfirst(_("missing")), missing))
        if records_states(self.model):
            states = {code: obj.language_state(code) for code in languages_of(self.model)}
            for state in (i18n.OUTDATED, i18n.UNREVIEWED):
                found = [code for code, its in states.items() if its == state]
                if found:
                    parts.append((capfirst(i18n.STATE_NAMES[state]), found))
        if not parts:
            return "—"
        return " · ".join(
            f"{label}: {', '.join(code.upper() for code in codes)}" for label, codes in parts
        )

    @admin.display(description=_("missing translations"))
    def missing_translations(self, obj):
        missing = [code.upper() for code in obj.missing_languages()]
        return ", ".join(missing) or "—"


class ExportTranslationsForm(forms.Form):
    language = forms.ChoiceField(
        label=_("Language"),
        choices=lambda: [(c, n) for c, n in settings.LANGUAGES if c != settings.LANGUAGE_CODE],
    )
    unreviewed = forms.BooleanField(
        label=_("Also the translations not yet reviewed"),
        required=False,
        help_text=_("For an agency that reviews them; they come with their text to check."),
    )


class ImportTranslationsForm(forms.Form):
    file = forms.FileField(
        label=_("XLIFF file"),
        help_text=_(
            "A file exported here, translated by the agency. Nothing is saved if any of it is "
            "wrong; a text whose original changed since the export is left out, and listed."
        ),
    )
    reviewed = forms.BooleanField(
        label=_("Reviewed by a person"),
        required=False,
        help_text=_(
            "Tick it if the agency's translators reviewed the texts; leave it if a "
            "machine translated them and no one has checked them yet."
        ),  # fmt: skip
    )


class TranslationFilesAdmin:
    """The translation agencies' files for a content model (eprm_hub/xliff.py): an action that
    exports the selected records' missing and outdated translations into one language as
    XLIFF, and a page that imports such a file back."""

    actions = ["export_translations"]

    def get_urls(self):
        opts = self.model._meta
        return [
            path(
                "translations/import/",
                self.admin_site.admin_view(self.import_translations_view),
                name=f"{opts.app_label}_{opts.model_name}_translations_import",
            ),
            *super().get_urls(),
        ]

    def changelist_view(self, request, extra_context=None):
        opts = self.model._meta
        if self.has_change_permission(request):
            name = f"admin:{opts.app_label}_{opts.model_name}_translations_import"
            extra_context = {"translations_import_url": reverse(name), **(extra_context or {})}
        return super().changelist_view(request, extra_context)

    @admin.action(description=_("Export translations for an agency (XLIFF)"))
    def export_translations(self, request, queryset):
        """First a page that asks which language; then the file of the selected records."""
        form = ExportTranslationsForm(request.POST if "language" in request.POST else None)
        if form.is_valid():
            language = form.cleaned_data["language"]
            wanted = xliff.DEFAULT_WANTED
            if form.cleaned_data["unreviewed"]:
                wanted = (*wanted, xliff.UNREVIEWED)
            data, _count = xliff.export([queryset], language, wanted)
            response = HttpResponse(data, content_type="application/xliff+xml; charset=utf-8")
            name = f"{self.model._meta.model_name}-translations-{language}.xlf"
            response["Content-Disposition"] = f'attachment; filename="{name}"'
            return response
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Export translations for an agency"),
            "form": form,
            "queryset": queryset,
            "count": queryset.count(),
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
            "selected": request.POST.getlist(admin.helpers.ACTION_CHECKBOX_NAME),
            "select_across": request.POST.get("select_across", "0"),
        }
        return TemplateResponse(request, "admin/translations_export.html", context)

    def import_translations_view(self, request):
        if not self.has_change_permission(request):
            raise PermissionDenied
        opts = self.model._meta
        form = ImportTranslationsForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            upload = form.cleaned_data["file"]
            try:
                result = xliff.import_file(
                    upload.read(),
                    reviewed=form.cleaned_data["reviewed"],
                    user=request.user,
                    reason=_("Translations imported from %(file)s") % {"file": upload.name},
                )
            except xliff.XliffError as error:
                form.add_error("file", error.messages)
            else:
                self.message_user(request, imported_message(result), messages.SUCCESS)
                for line in result.stale:
                    self.message_user(request, line, messages.WARNING)
                return redirect(f"admin:{opts.app_label}_{opts.model_name}_changelist")
        context = {
            **self.admin_site.each_context(request),
            "opts": opts,
            "title": _("Import translations from an agency"),
            "form": form,
        }
        return TemplateResponse(request, "admin/translations_import.html", context)


def imported_message(result):
    return _(
        "Translations into %(language)s: %(applied)s applied, %(unchanged)s unchanged, "
        "%(skipped)s still to translate, %(stale)s left out because their original changed."
    ) % {
        "language": i18n.name(result.language),
        "applied": len(result.applied),
        "unchanged": result.unchanged,
        "skipped": result.skipped,
        "stale": len(result.stale),
    }
