"""The site's languages, and the one place that picks a text in the page's language
(docs/languages.md).

A translatable model keeps its text in the language it was written in, in its own fields, and
every other language's text in one JSON column, `translations`:
{"fr": {"title": "…", "summary": "…"}, "es": {…}}. One column however many languages the
site speaks; read through `in_language`, written by the admin's forms and the CSV import.
"""

import hashlib
from typing import ClassVar

from django.conf import settings
from django.db import migrations, models
from django.db.models import Q
from django.db.models.fields.json import KT
from django.db.models.functions import MD5
from django.db.models.lookups import Exact, IsNull
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
    """A text, with the language it is written in, whether that is not the one asked for
    (a fallback: the page says so, and marks it with its `lang`) and, for a translation of a
    record's field, its state."""

    def __new__(cls, text, language, wanted, record=None, field=""):
        text = super().__new__(cls, text or "")
        text.language = language
        text.fallback = bool(text) and language != wanted
        text._of = (record, field)
        return text

    @property
    def state(self):
        """REVIEWED, UNREVIEWED or OUTDATED for a translation, "" for an original text. Read
        when asked, not for each of the hundreds of texts a listing writes."""
        record, field = self._of
        return "" if record is None else record.translation_state(field, self.language)

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


# A translation's state (docs/languages.md, "Review"): written by a person or a machine and not
# checked yet, checked by a person against the original, or older than the original's text.
UNREVIEWED, REVIEWED, OUTDATED = "unreviewed", "reviewed", "outdated"
STATE_NAMES = {
    UNREVIEWED: _("not yet reviewed"),
    REVIEWED: _("reviewed"),
    OUTDATED: _("outdated"),
}


def source_key(text):
    """What a translation's state records of the text it translates: its MD5, as PostgreSQL's
    md5() gives it, so that the admin's filters find outdated translations in SQL."""
    return hashlib.md5((text or "").encode(), usedforsecurity=False).hexdigest()


def with_state(states, field, language, text, source, reviewed=None, before=""):
    """A copy of {language: {field: {"source", "reviewed"}}} after the field's translation
    became `text` (before: the one it replaces) for the original text `source`. A new or
    changed text is recorded against the source as it is now, reviewed only when said; an
    unchanged one keeps its state (and so may stay outdated), or its lack of one, unless
    `reviewed` says."""
    states = dict(states or {})
    fields = {k: v for k, v in (states.get(language) or {}).items() if k != field}
    old = (states.get(language) or {}).get(field)
    if text:
        if text != before or reviewed is not None:
            fields[field] = {"source": source_key(source), "reviewed": bool(reviewed)}
        elif old is not None:
            fields[field] = old
        # else: a text written without a state (raw JSON) keeps none: not yet reviewed, and
        # writing it again unchanged changes nothing
    if fields:
        states[language] = fields
    else:
        states.pop(language, None)
    return states


def states_of_translations(table, fields):
    """A migration operation: every translation a table's rows have is recorded as not yet
    reviewed, translating the original text as it is now."""
    sources = " ".join(f"WHEN '{field}' THEN row.{field}" for field in fields)
    keys = ", ".join(f"'{field}'" for field in fields)
    return migrations.RunSQL(
        f"""
        SET LOCAL statement_timeout = 0;
        UPDATE {table} AS row SET translation_states = coalesce((
            SELECT jsonb_object_agg(language.key, (
                SELECT jsonb_object_agg(
                    text.key,
                    jsonb_build_object(
                        'source', md5(CASE text.key {sources} END), 'reviewed', false
                    )
                )
                FROM jsonb_each_text(language.value) AS text
                WHERE text.value <> '' AND text.key IN ({keys})
            ))
            FROM jsonb_each(row.translations) AS language
            WHERE jsonb_typeof(language.value) = 'object'
        ), '{{}}'::jsonb)
        WHERE row.translations <> '{{}}'::jsonb;
        """,
        migrations.RunSQL.noop,
    )


def has_translation(field, language):
    """A Q for the rows that give this field a text in this language."""
    texts = f"translations__{language}__{field}"
    return ~Q(**{f"{texts}__isnull": True}) & ~Q(**{texts: ""})


def _recorded_source(field, language):
    return KT(f"translation_states__{language}__{field}__source")


def translations_in_state(model, state, language=None):
    """A Q for the rows with a translation (into this language, or any) in this state, in SQL
    as translation_state() decides it in Python."""
    found = Q(pk__in=[])
    has_own = any(field.name == "text_language" for field in model._meta.fields)
    for code in [language] if language else codes():
        for field in model.translated_fields:
            given = has_translation(field, code)
            if has_own:  # a text in the record's own language is its original, not a translation
                given &= ~Q(text_language=code)
            source = _recorded_source(field, code)
            current = Exact(source, MD5(field))
            reviewed = Q(**{f"translation_states__{code}__{field}__reviewed": True})
            if state == OUTDATED:
                found |= given & Q(IsNull(source, False)) & ~Q(current)
            elif state == REVIEWED:
                found |= given & Q(current) & reviewed
            else:
                found |= given & (Q(IsNull(source, True)) | (Q(current) & ~reviewed))
    return found


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

    def set_translation(self, field, language, text, reviewed=None, source=None):
        """Give the field's text in a language; an empty text removes it. A model with
        `translation_states` (TranslatedContent) records the state: `reviewed` as said for a
        new text, and the original text it translates (source: the field's own text)."""
        if hasattr(self, "translation_states"):
            self.translation_states = with_state(
                self.translation_states,
                field,
                language,
                text,
                getattr(self, field) if source is None else source,
                reviewed,
                before=self.translation(field, language),
            )
        self.translations = with_translation(self.translations, field, language, text)

    def translation_state(self, field, language):
        """REVIEWED, UNREVIEWED or OUTDATED for a translation; "" for the original text, a
        missing translation or a model that records no states (the vocabulary's)."""
        states = getattr(self, "translation_states", None)
        if states is None or language == self.original_language:
            return ""
        if not self.translation(field, language):
            return ""
        state = (states.get(language) or {}).get(field)
        if not state:
            return UNREVIEWED
        if state.get("source") != source_key(getattr(self, field)):
            return OUTDATED
        return REVIEWED if state.get("reviewed") else UNREVIEWED

    def in_language(self, field, language=None):
        """The field's Text in the page's language (or this one), else in the original."""
        language = language or current()
        text = self.translation(field, language)
        if text:
            return Text(text, language, language, self, field)
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


class TranslatedContent(Translated):
    """Content (a resource, an organisation, a project): its translations carry a state, whether
    a person reviewed them and which original text they translate, in `translation_states`:
    {"fr": {"title": {"source": md5 of the original, "reviewed": false}}}."""

    translation_states = models.JSONField(
        _("translation states"), default=dict, blank=True, editable=False
    )

    class Meta:
        abstract = True

    def language_state(self, language):
        """The state of the record's translation into a language as a whole: its weakest
        field's (OUTDATED before UNREVIEWED before REVIEWED), "" when it has none."""
        found = {self.translation_state(field, language) for field in self.translated_fields}
        for state in (OUTDATED, UNREVIEWED, REVIEWED):
            if state in found:
                return state
        return ""

    @property
    def local_state(self):
        """The state of its translation into the page's language, for the page's note."""
        return self.language_state(current())

    @property
    def original_language_name(self):
        return name(self.original_language)


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
