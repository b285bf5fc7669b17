"""Translations in the admin: a field per language for each translated field, in a fieldset
per language; which languages a row is missing, as a column and a filter (docs/languages.md).

The fields are named `<field>_<language>` ("name_fr", "title_es"), as the CSV columns are.
"""

from functools import cache

from django import forms
from django.conf import settings
from django.contrib import admin
from django.db.models import Q
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from . import i18n


def languages_of(model):
    """The languages an editor may translate a model into: all of them where its text may be
    written in any (it has a `text_language`), else all but English."""
    has_own = any(field.name == "text_language" for field in model._meta.get_fields())
    return [code for code in i18n.codes() if has_own or code != "en"]


def field_name(field, language):
    return f"{field}_{language}"


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
            declared[field_name(field, language)] = form_field

    def __init__(self, *args, **kwargs):
        base.__init__(self, *args, **kwargs)
        for language in languages_of(model):
            texts = (self.instance.translations or {}).get(language) or {}
            for field in model.translated_fields:
                self.initial.setdefault(field_name(field, language), texts.get(field, ""))

    def clean(self):
        cleaned = base.clean(self)
        original = cleaned.get("text_language") or self.instance.original_language
        for language in languages_of(model):
            for field in model.translated_fields:
                text = (cleaned.get(field_name(field, language)) or "").strip()
                # The original language's text is the field itself, never a translation.
                self.instance.set_translation(field, language, "" if language == original else text)
        return cleaned

    return type(
        f"{model.__name__}TranslationForm",
        (base,),
        {**declared, "__init__": __init__, "clean": clean, "__module__": __name__},
    )


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
        }
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
            fieldsets.append(
                (
                    title,
                    {
                        # Collapsed: a record has five of them; the title says what is missing.
                        "classes": ["collapse"],
                        "fields": [field_name(f, language) for f in self.model.translated_fields],
                    },
                )
            )
        return fieldsets

    def get_list_filter(self, request):
        return [*super().get_list_filter(request), MissingTranslationFilter]

    @admin.display(description=_("missing translations"))
    def missing_translations(self, obj):
        missing = [code.upper() for code in obj.missing_languages()]
        return ", ".join(missing) or "—"
