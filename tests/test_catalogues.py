"""Every message catalogue is complete: no entry untranslated, fuzzy or empty, and every
placeholder of the English in the translation (docs/languages.md)."""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings

LOCALE = Path(settings.BASE_DIR) / "locale"
OTHER_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
# Python's %(name)s and %s, str.format's {name}, and a literal %%.
PLACEHOLDER = re.compile(r"%\([^)]+\)[-#0 +]*\d*(?:\.\d+)?[sdifr]|%[sdif%]|\{\w*\}")


def placeholders(text):
    return sorted(PLACEHOLDER.findall(text))


def catalogue(code):
    return polib.pofile(str(LOCALE / code / "LC_MESSAGES" / "django.po"))


@pytest.mark.parametrize("code", OTHER_LANGUAGES)
def test_every_entry_is_translated(code):
    po = catalogue(code)
    assert po.metadata["Language"] == code
    untranslated = [entry.msgid for entry in po.untranslated_entries()]
    fuzzy = [entry.msgid for entry in po.fuzzy_entries()]
    empty = [
        entry.msgid
        for entry in po
        if entry.msgid_plural and not all(text.strip() for text in entry.msgstr_plural.values())
    ]
    assert (untranslated, fuzzy, empty) == ([], [], [])
    assert len(po) > 1000  # the whole interface, not a stub


@pytest.mark.parametrize("code", OTHER_LANGUAGES)
def test_every_placeholder_is_the_englishs(code):
    wrong = []
    for entry in catalogue(code).translated_entries():
        if entry.msgid_plural:
            # A plural form may leave out the number ("One new resource"), never a name.
            english = set(placeholders(entry.msgid) + placeholders(entry.msgid_plural))
            for text in entry.msgstr_plural.values():
                if not set(placeholders(text)) <= english:
                    wrong.append((entry.msgid, text))
            named = {p for p in english if p.startswith("%(") and "counter" not in p}
            if not all(named <= set(placeholders(t)) for t in entry.msgstr_plural.values()):
                wrong.append((entry.msgid, entry.msgstr_plural))
        elif placeholders(entry.msgstr) != placeholders(entry.msgid):
            wrong.append((entry.msgid, entry.msgstr))
    assert wrong == []


@pytest.mark.parametrize("code", OTHER_LANGUAGES)
def test_the_compiled_catalogue_is_the_current_one(code):
    # A .mo older than its .po would show yesterday's translations.
    po, mo = (LOCALE / code / "LC_MESSAGES" / f"django.{ext}" for ext in ("po", "mo"))
    assert mo.exists()
    compiled = polib.mofile(str(mo))
    assert {(e.msgctxt, e.msgid): e.msgstr for e in compiled if not e.msgid_plural} == {
        (e.msgctxt, e.msgid): e.msgstr
        for e in catalogue(code).translated_entries()
        if not e.msgid_plural
    }


def test_a_broken_placeholder_is_caught():
    assert placeholders("%(count)d rows of %(total)s") != placeholders("%(count)d lignes de %s")
    assert placeholders("Hello {name}") != placeholders("Bonjour {nom}")
