"""The site's languages, and the one place that picks a text in the page's language
(docs/languages.md).

A translatable model keeps its text in the language it was written in, in its own fields, and
every other language's text in one JSON column, `translations`:
{"fr": {"title": "…", "summary": "…"}, "es": {…}}. One column however many languages the
site speaks; read through `in_language`, written by the admin's forms and the CSV import.
"""

from typing import ClassVar

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext_lazy as _


def codes():
    """The site's language codes, the default first."""
    return [code for code, _name in settings.LANGUAGES]


def current():
    """The code of the page's language (the default outside a request). Called for every
    label of a page: a listing has hundreds."""
    language = get_language() or settings.LANGUAGE_CODE
    if language in _KNOWN:
        return language
    language = language.split("-")[0]
    return language if language in codes() else settings.LANGUAGE_CODE


_KNOWN = frozenset(code for code, _name in settings.LANGUAGES)


# The languages that write a language's name in lower case inside a sentence.
LOWER_CASE_NAMES = {"fr", "es", "pt"}


def name(code):
    """A language's name as a sentence of the page's language writes it: "inglés" on Spanish
    pages, "Englisch" on German ones."""
    translated = str(get_language_info(code)["name_translated"])
    return translated.lower() if current() in LOWER_CASE_NAMES else translated


def own_name(code):
    """A language's name as that language writes it in a menu or a list of choices (CLDR's
    "uiListOrMenu"): "Français", "Español", "Português", "Deutsch", "Nederlands", the first
    letter capitalised even where a sentence writes the name in lower case."""
    local = str(get_language_info(code)["name_local"])
    return local[:1].upper() + local[1:]


class Text(str):
    """A text, with the language it is written in and whether that is not the one asked for
    (a fallback: the page says so, and marks it with its `lang`)."""

    def __new__(cls, text, language, wanted):
        text = super().__new__(cls, text or "")
        text.language = language
        text.fallback = bool(text) and language != wanted
        return text

    @property
    def language_name(self):
        return name(self.language)


def pick(names, language=None, default=settings.LANGUAGE_CODE):
    """The name in the page's language from {language: name}, else the default language's."""
    return names.get(language or current()) or names.get(default) or ""


def with_translation(translations, field, language, text):
    """A copy of {language: {field: text}} with this text set (or, empty, removed)."""
    translations = dict(translations or {})
    texts = {k: v for k, v in (translations.get(language) or {}).items() if k != field}
    if text:
        texts[field] = text
    if texts:
        translations[language] = texts
    else:
        translations.pop(language, None)
    return translations


def has_translation(field, language):
    """A Q for the rows that give this field a text in this language."""
    texts = f"translations__{language}__{field}"
    return ~Q(**{f"{texts}__isnull": True}) & ~Q(**{texts: ""})


class Translated(models.Model):
    """A model whose `translated_fields` may be given in every language of the site."""

    translated_fields: ClassVar[tuple[str, ...]] = ()

    translations = models.JSONField(_("translations"), default=dict, blank=True, editable=False)

    class Meta:
        abstract = True

    @property
    def original_language(self):
        """The language of its own fields: `text_language` where the model has one."""
        return getattr(self, "text_language", "") or settings.LANGUAGE_CODE

    def translation(self, field, language):
        """The field's text in this language, "" when it has none."""
        if language == self.original_language:
            return getattr(self, field)
        return ((self.translations or {}).get(language) or {}).get(field, "")

    def set_translation(self, field, language, text):
        """Give the field's text in a language; an empty text removes it."""
        self.translations = with_translation(self.translations, field, language, text)

    def in_language(self, field, language=None):
        """The field's Text in the page's language (or this one), else in the original."""
        language = language or current()
        text = self.translation(field, language)
        if text:
            return Text(text, language, language)
        return Text(getattr(self, field), self.original_language, language)

    def names_of(self, field):
        """{language: text} of the field in every language it is given in."""
        found = {self.original_language: getattr(self, field)}
        for language, texts in (self.translations or {}).items():
            if texts.get(field):
                found[language] = texts[field]
        return {code: found[code] for code in codes() if found.get(code)}

    def missing_languages(self):
        """The site's languages its first translated field is not given in."""
        field = self.translated_fields[0]
        if not getattr(self, field):
            return []
        return [code for code in codes() if not self.translation(field, code)]

    @property
    def local(self):
        """The translated fields in the page's language, for templates: `obj.local.title`."""
        return _Local(self)


class _Local:
    def __init__(self, instance):
        self._instance = instance

    def __getitem__(self, field):
        if field not in self._instance.translated_fields:
            raise KeyError(field)
        return self._instance.in_language(field)


def text_language_field():
    """The language a content model's own fields are written in."""
    return models.CharField(
        _("language of the text"),
        max_length=2,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        blank=True,  # the default language, for a form that does not say (an older client)
        help_text=_("The language its texts are written in here; the others are translations."),
    )
