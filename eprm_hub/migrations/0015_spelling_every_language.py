"""The correctly spelled words of all six languages, each with its language, and their stems:
"did you mean" never corrects a word of any of them, nor a word its language's stemmer makes
one of theirs of ("consideran": "considerar"), and German and Dutch compounds are split into
words of their own language (docs/search.md, "Spelling" and "Compound words").

Plain tables, not models (see 0005): 1.5 million words that no editor changes, filled from
pyspellchecker's word lists and, for the inflected forms those lack ("auditiert",
"autoevaluación"), the words of wordfreq's lists used at least once in 3 million words (Zipf
2.5; rarer ones are as often typos of the web's: "jewelery"). The words are without accents, as
the search compares them; the stems are those PostgreSQL's own stemmers make of
pyspellchecker's words with their accents (which they read), without accents.
"""

import gzip
import io
import json
import os
import unicodedata

from django.contrib.postgres.operations import CreateExtension
from django.db import migrations

# Each language's own stemmer (a built-in configuration of PostgreSQL).
STEMMERS = {
    "en": "english",
    "fr": "french",
    "es": "spanish",
    "pt": "portuguese",
    "de": "german",
    "nl": "dutch",
}


# wordfreq's words used at least once in 3 million words (2.5 on its Zipf scale).
SHARE = 10 ** (2.5 - 9)


LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss"})


def normalise(word):
    """A lower-case word without accents (as eprm_hub.textquery.normalise, frozen here)."""
    if word.isascii():  # most words: nothing to take off
        return word
    word = word.translate(LIGATURES)
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def fill(apps, schema_editor):
    import spellchecker
    import wordfreq

    folder = os.path.join(os.path.dirname(spellchecker.__file__), "resources")
    typed, normalised = io.StringIO(), io.StringIO()
    for language in STEMMERS:
        with gzip.open(os.path.join(folder, f"{language}.json.gz"), "rt", encoding="utf-8") as f:
            words = {word.lower() for word in json.load(f) if word and "\\" not in word}
        frequencies = wordfreq.get_frequency_dict(language, "large")
        used = {word for word, share in frequencies.items() if share >= SHARE and word.isalpha()}
        typed.writelines(f"{word}\t{language}\n" for word in sorted(words))
        every = set(map(normalise, words | used))
        normalised.writelines(f"{word}\t{language}\n" for word in sorted(every))
    typed.seek(0)
    normalised.seek(0)
    stemmers = ", ".join(f"('{code}', '{name}')" for code, name in STEMMERS.items())
    with schema_editor.connection.cursor() as cursor:
        # Stemming 1.4 million words takes longer than a request may (DATABASE_STATEMENT_TIMEOUT).
        cursor.execute("SET LOCAL statement_timeout = 0")
        cursor.copy_expert("COPY eprm_hub_spellingword (word, language) FROM STDIN", normalised)
        cursor.execute("CREATE TEMPORARY TABLE typed_word (word text, language text)")
        cursor.copy_expert("COPY typed_word FROM STDIN", typed)
        cursor.execute(
            f"INSERT INTO eprm_hub_spellingstem (stem, language) "
            f"SELECT DISTINCT unaccent(lexeme), t.language "
            f"FROM typed_word AS t JOIN (VALUES {stemmers}) AS s(language, stemmer) USING (language), "
            f"unnest(tsvector_to_array(to_tsvector(s.stemmer::regconfig, t.word))) AS l(lexeme)"
        )
        cursor.execute("DROP TABLE typed_word")
        cursor.execute("ALTER TABLE eprm_hub_spellingword ADD PRIMARY KEY (word, language)")
        cursor.execute("ALTER TABLE eprm_hub_spellingstem ADD PRIMARY KEY (stem, language)")


class Migration(migrations.Migration):
    dependencies = [("eprm_hub", "0014_requestcounter")]

    operations = [
        # unaccent() and levenshtein(): stems without accents, and a correction at most a few
        # letters away from the word typed.
        CreateExtension("fuzzystrmatch"),
        migrations.RunSQL(
            "DROP TABLE eprm_hub_spellingword; "
            "CREATE TABLE eprm_hub_spellingword (word text NOT NULL, language text NOT NULL); "
            "CREATE TABLE eprm_hub_spellingstem (stem text NOT NULL, language text NOT NULL)",
            # Back to 0005's table, which 0005's reverse drops: its words come back with it.
            "DROP TABLE eprm_hub_spellingword; DROP TABLE eprm_hub_spellingstem; "
            "CREATE TABLE eprm_hub_spellingword (word text PRIMARY KEY)",
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
