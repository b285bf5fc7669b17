""" "Did you mean": a corrected query when some of a search's words match nothing
(docs/search.md, "Spelling")."""

import functools
import operator
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from django.contrib.postgres.search import SearchQuery
from django.db import connection
from django.db.models.expressions import RawSQL

from .. import textquery
from .vectors import sql_of, vectors_of

if TYPE_CHECKING:
    from .search import Search

# The correctly spelled words of the UI languages (eprm_hub/migrations/0005): never corrected.
SPELLING_WORDS = "eprm_hub_spellingword"


def suggestion(search: "Search") -> str | None:
    """A corrected query ("did you mean") when some of the text's words match nothing.

    Only words found nowhere are corrected: not in the library, the vocabulary or the
    thesaurus, not matching anything once stemmed, and not a correctly spelled word of
    English or French (so "étain" never becomes "obtain")."""
    text = search.text
    if not search.catalogue.words_view or not text or not search.has_unknown_words:
        return None
    typed = _typed_words(text)
    unknown = [word for word in typed if not word.isdigit()]
    corrections = _corrections(search, unknown, text.configs) if unknown else {}
    if not corrections:
        return None

    def replace(match: re.Match) -> str:
        return corrections.get(textquery.normalise(match[0]), match[0])

    corrected = re.sub(r"\w+", replace, search.query)
    return corrected if corrected.lower() != search.query.lower() else None


def _typed_words(text: textquery.TextQuery) -> dict[str, str]:
    """{normalised: as typed} of the words of the text's clauses; a thesaurus term is known
    by definition."""
    typed = {}
    for clause in text.clauses:
        if not clause.concepts:
            for word in re.findall(r"\w+", clause.typed):
                typed[textquery.normalise(word)] = word
    return typed


def _corrections(search: "Search", words: list[str], configs: Sequence[str]) -> dict[str, str]:
    """{word: its closest known word} for the words the library does not know. The words view
    may be a moment behind the library (it is refreshed after each change, off the request):
    a correction is shown only when it finds something."""
    view = search.catalogue.words_view
    visible, visible_params = vectors_of(search.catalogue.visible())
    # A word of the page's language is a word, whatever the other languages make of it.
    word = RawSQL("w", [])
    stemmed = functools.reduce(operator.or_, (SearchQuery(word, config=c) for c in configs))
    matches, match_params = sql_of(stemmed)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT w, EXISTS (SELECT 1 FROM {view} WHERE word = w) "
            f"OR EXISTS (SELECT 1 FROM {SPELLING_WORDS} WHERE word = w) "
            f"OR EXISTS (SELECT 1 FROM ({visible}) AS v(id, vector) "
            f"           WHERE vector @@ {matches}), "
            f"(SELECT word FROM {view} WHERE word %% w "
            f"ORDER BY similarity(word, w) DESC, ndoc DESC LIMIT 1) "
            f"FROM unnest(%s::text[]) AS q(w)",
            [*visible_params, *match_params, words],
        )
        return {w: best for w, known, best in cursor.fetchall() if not known and best}
