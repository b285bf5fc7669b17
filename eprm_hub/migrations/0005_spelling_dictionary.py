"""The correctly spelled words of English and French, which "did you mean" never corrects.

A plain table, not a model: 280,000 words that no editor changes, that tests need not flush
and that no process holds in memory. Filled from pyspellchecker's word lists (OpenSubtitles
and Wiktionary frequencies), without accents, as the search compares words.
"""

import gzip
import io
import json
import os
import unicodedata

from django.db import migrations

LANGUAGES = ["en", "fr"]


def normalise(word):
    """Lower case without accents (as eprm_hub.textquery.normalise, frozen here)."""
    word = word.translate(str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss"})).lower()
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def fill(apps, schema_editor):
    import spellchecker

    folder = os.path.join(os.path.dirname(spellchecker.__file__), "resources")
    words = set()
    for language in LANGUAGES:
        with gzip.open(os.path.join(folder, f"{language}.json.gz"), "rt", encoding="utf-8") as f:
            words |= {normalise(word) for word in json.load(f)}
    rows = io.StringIO("".join(f"{w}\n" for w in sorted(words) if w and "\\" not in w))
    with schema_editor.connection.cursor() as cursor:
        cursor.copy_expert("COPY eprm_hub_spellingword (word) FROM STDIN", rows)


class Migration(migrations.Migration):
    dependencies = [("eprm_hub", "0004_thesaurus_and_region_tree")]

    operations = [
        migrations.RunSQL(
            "CREATE TABLE eprm_hub_spellingword (word text PRIMARY KEY)",
            "DROP TABLE eprm_hub_spellingword",
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
