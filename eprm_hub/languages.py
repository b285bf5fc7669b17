"""ISO 639-1 languages, with their names in each of the site's languages (from pycountry)."""

import gettext
import re
from functools import cache

import pycountry

from . import i18n


@cache
def _names():
    """{code: {site language: name}}."""
    catalogues = {
        language: gettext.translation("iso639-3", pycountry.LOCALES_DIR, languages=[language])
        for language in i18n.codes()
        if language != "en"
    }
    names = {}
    for language in pycountry.languages:
        code = getattr(language, "alpha_2", None)
        if code:
            english = re.sub(r" \((macrolanguage|individual language)\)$", "", language.name)
            found = {"en": english}
            for site_language, catalogue in catalogues.items():
                translated = re.sub(r" \([^)]*\)$", "", catalogue.gettext(language.name))
                found[site_language] = translated[:1].upper() + translated[1:]
            names[code] = found
    return names


def is_valid(code):
    return code in _names()


def codes():
    return sorted(_names())


def names(code):
    """{site language: the language's name in it} (the code itself if unknown)."""
    return _names().get(code) or {"en": code}


def name(code):
    """The language's name in the current UI language."""
    return i18n.pick(names(code))
