"""Spelling: the corrected query of a search some of whose words match nothing
(docs/search.md, "Spelling")."""

import functools
import operator
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.contrib.postgres.search import SearchQuery
from django.db import connection
from django.db.models.expressions import RawSQL

from .. import textquery
from .vectors import sql_of

if TYPE_CHECKING:
    from .search import Search

# The correctly spelled words of the six languages, and the stems their languages' stemmers
# make of them (eprm_hub/migrations/0015): never corrected.
SPELLING_WORDS = "eprm_hub_spellingword"
SPELLING_STEMS = "eprm_hub_spellingstem"
# PostgreSQL's own stemmers of the six languages, which read accents (to them "auditées" is
# "audit", where the Hub's configurations, which take accents off first, make it "audite").
STEMMERS = {
    "en": "english",
    "fr": "french",
    "es": "spanish",
    "pt": "portuguese",
    "de": "german",
    "nl": "dutch",
}
# Whether a stemmer of the six languages makes of the word as typed (`typed`, with its
# accents) the stem of a correctly spelled word of its language.
STEM_OF_A_WORD = (
    f"SELECT 1 FROM unnest(%s::text[], %s::regconfig[]) AS s(language, stemmer) "
    f"CROSS JOIN unnest(tsvector_to_array(to_tsvector(s.stemmer, typed))) AS l(lexeme) "
    f"JOIN {SPELLING_STEMS} AS known "
    f"ON known.stem = unaccent(l.lexeme) AND known.language = s.language"
)
# A correction is at most this many letters away from the word typed: one for a word of up
# to seven letters ("blorf" is not "blog"), two up to ten, three beyond.
EDITS = "least(3, greatest(1, (length(w) - 2) / 3))"


@dataclass(frozen=True)
class Correction:
    """A corrected query, and which word it replaced by which (as the page names them)."""

    query: str
    replaced: tuple[tuple[str, str], ...]  # (the word as typed, the word searched instead)


def suggestion(search: "Search") -> Correction | None:
    """The corrected query when some of the text's words match nothing.

    Only words found nowhere are corrected: not in the library, the vocabulary or the
    thesaurus, not a correctly spelled word of any of the six languages nor one its language's
    stemmer takes for a form of one ("consideran", "auditées"), not a compound of known words,
    and matching nothing once stemmed (so "étain" never becomes "obtain"). Whether the
    correction finds anything is the catalogue's to check (Catalogue.search)."""
    text = search.text
    if not search.catalogue.words_view or not text or not search.has_unknown_words:
        return None
    typed = {word: raw for word, raw in _typed_words(text).items() if not word.isdigit()}
    corrections = _corrections(search, typed, text.configs) if typed else {}
    if not corrections:
        return None
    replaced = []

    def replace(match: re.Match) -> str:
        better = corrections.get(textquery.normalise(match[0]))
        if better is None:
            return match[0]
        replaced.append((match[0], better))
        return better

    corrected = re.sub(r"\w+", replace, search.query)
    if corrected.lower() == search.query.lower():
        return None
    return Correction(corrected, tuple(dict.fromkeys(replaced)))


def _typed_words(text: textquery.TextQuery) -> dict[str, str]:
    """{normalised: as typed} of the words of the text's clauses; a thesaurus term is known
    by definition, and so is a compound of known words."""
    typed = {}
    for clause in text.clauses:
        if not clause.concepts and not clause.derived:
            for word in re.findall(r"\w+", clause.typed):
                typed[textquery.normalise(word)] = word
    return typed


def _corrections(
    search: "Search", words: Mapping[str, str], configs: Sequence[str]
) -> dict[str, str]:
    """{word: its closest known word} for the words found nowhere; none when one of them has
    no close word. The words view may be a moment behind the library (it is refreshed after
    each change, off the request): the catalogue shows a correction only when it finds
    something."""
    view = search.catalogue.words_view
    visible, visible_params = search.catalogue.vectors
    # A word of the page's language is a word, whatever the other languages make of it.
    word = RawSQL("w", [])
    stemmed = functools.reduce(operator.or_, (SearchQuery(word, config=c) for c in configs))
    matches, match_params = sql_of(stemmed)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT w, EXISTS (SELECT 1 FROM {view} WHERE word = w) "
            f"OR EXISTS (SELECT 1 FROM {SPELLING_WORDS} WHERE word = w) "
            f"OR EXISTS ({STEM_OF_A_WORD}) "
            f"OR EXISTS (SELECT 1 FROM ({visible}) AS v(id, vector) WHERE vector @@ {matches}), "
            f"(SELECT word FROM {view} WHERE word %% w AND levenshtein(word, w) <= {EDITS} "
            f"ORDER BY similarity(word, w) DESC, ndoc DESC LIMIT 1) "
            f"FROM unnest(%s::text[], %s::text[]) AS q(w, typed)",
            [
                list(STEMMERS),
                list(STEMMERS.values()),
                *visible_params,
                *match_params,
                list(words),
                list(words.values()),
            ],
        )
        found = cursor.fetchall()
    # A word found nowhere that nothing corrects is gibberish: then nothing is corrected.
    if any(not known and not best for _, known, best in found):
        return {}
    return {w: best for w, known, best in found if not known}
