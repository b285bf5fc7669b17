"""What a catalogue is made of: its facets, their values (terms) and its sort orders."""

from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import QuerySet
from django.utils import translation
from django.utils.functional import Promise
from django_countries import countries

from .. import i18n


@dataclass(frozen=True)
class Term:
    """A value a facet can take: its key in URLs and its names in the site's languages."""

    key: str
    name: str  # in English
    translations: tuple = ()  # ((language, name), …) in the site's other languages
    colour: str = ""
    parent: str = ""  # the key of the value that includes this one (regions)

    @classmethod
    def named(cls, key, names, **kwargs):
        """The Term of a value with these {language: name}."""
        english = names.get("en") or key
        others = tuple((code, name) for code, name in names.items() if code != "en" and name)
        return cls(key, english, others, **kwargs)

    @property
    def label(self):
        language = i18n.current()
        for code, name in self.translations:
            if code == language:
                return name
        return self.name

    @property
    def names(self):
        """Its names in every language."""
        return [self.name, *(name for _code, name in self.translations)]

    def __str__(self):
        return self.label


def terms_of(model):
    """The terms of a vocabulary model (an eprm_hub.models.Term), in its own order."""

    def load():
        return [
            Term.named(t.slug, t.names_of("name"), colour=getattr(t, "colour", ""))
            for t in model.objects.all()
        ]

    return load


def choice_terms(choices):
    """The terms of a model field's choices, with their labels in every language."""

    def load():
        return [Term.named(value, in_every_language(label)) for value, label in choices]

    return load


def in_every_language(text):
    """{language: text} of a lazy translation (or a function that returns one)."""
    names = {}
    for code in i18n.codes():
        with translation.override(code):
            names[code] = str(text() if callable(text) else text)
    return names


def country_term(code):
    """The Term of an ISO 3166-1 country code, any case; None for a code that is no country."""
    code = code.upper()
    if code not in countries:
        return None
    return Term.named(code, in_every_language(lambda: countries.name(code)))


def country_terms(codes):
    """The countries of these codes, by their English name."""
    return sorted(filter(None, map(country_term, set(codes))), key=lambda term: term.name)


@dataclass(frozen=True)
class Facet:
    """A facet: its query parameter, its heading and where its values come from.

    `path` is the ORM path of its value from the catalogue's model ("minerals__slug"): the
    index reads (pk, value) pairs through it, and the tables it crosses get the triggers that
    renew the catalogue's version (eprm_hub/triggers.py). A facet whose values need more than
    a path (an array to unnest, a computed status) gives `pairs(visible)` as well.

    terms() lists the possible values in display order. A long facet shows its first values,
    the rest on demand. When terms() lists only the values in use (languages, publishers),
    other(key) gives the Term of a valid value that no visible row has, so choosing it finds
    nothing instead of being ignored as unknown. Values whose Term names a parent roll up into
    it: the parent's rows include its children's. `vocabulary` names the kind of term its
    values are (eprm_hub_vocabularyname): a query's words that name one find its rows.
    """

    name: str
    label: Promise
    path: str
    terms: Callable[[], list[Term]]
    pairs: Callable[[QuerySet], QuerySet] | None = None
    long: bool = False
    other: Callable[[str], Term | None] | None = None
    vocabulary: str = ""

    def pairs_of(self, visible):
        """(pk, value) rows of the visible queryset."""
        if self.pairs:
            return self.pairs(visible)
        return visible.values_list("pk", self.path)


@dataclass(frozen=True)
class Sort:
    key: str
    label: Promise
    ordering: tuple = ()  # empty for relevance, which PostgreSQL ranks per query
