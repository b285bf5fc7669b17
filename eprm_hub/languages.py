"""ISO 639-1 languages, with their names in English and French (from pycountry)."""

import gettext
import re
from functools import cache

import pycountry

from .i18n import in_language


@cache
def _names():
    french = gettext.translation("iso639-3", pycountry.LOCALES_DIR, languages=["fr"])
    names = {}
    for language in pycountry.languages:
        code = getattr(language, "alpha_2", None)
        if code:
            english = re.sub(r" \((macrolanguage|individual language)\)$", "", language.name)
            names[code] = (english, re.sub(r" \(macrolangue\)$", "", french.gettext(language.name)))
    return names


def is_valid(code):
    return code in _names()


def codes():
    return sorted(_names())


def names(code):
    """The language's name in English and in French (the code itself if unknown)."""
    english, french = _names().get(code, (code, code))
    return english, french[:1].upper() + french[1:]


def name(code):
    """The language's name in the current UI language."""
    return in_language(*names(code))
