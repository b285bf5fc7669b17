"""German and Dutch words searched in the forms the stemmers do not make of them
(docs/search.md, "Compound words"):

- a compound as its parts: "Lieferkettengesetz" also finds a text about the "Gesetz" of the
  "Lieferkette". A part is a word of the page's language's dictionary (eprm_hub/migrations/
  0015) or of the library (its words view), at least SHORTEST_PART letters long, and may end
  in a linking element ("Lieferkette-n-gesetz", "toelevering-s-keten"). Of the ways to cut a
  word, the one with fewest parts wins, then the one whose parts the library has, then the most
  even cut;
- a participle or German verb form of a borrowed verb as the verb ("geaudit", "auditiert":
  "audit"), when the library has it;
- a German word typed without its umlauts ("Rueckverfolgbarkeit") as the word with them,
  when the dictionary or the library has it.
"""

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from django.db import connection

from .spelling import SPELLING_WORDS

if TYPE_CHECKING:
    from .catalogue import Catalogue

# The linking elements ("Fugen") that join the parts of a compound, by language.
LINKS = {
    "de": ("", "s", "es", "n", "en", "e", "er", "ens"),
    "nl": ("", "s", "e", "en"),
}
SHORTEST_PART = 4
SHORTEST_COMPOUND = 2 * SHORTEST_PART
MOST_PARTS = 3
MOST_WORDS = 4  # at most this many words of a query: one query looks all their pieces up
PARTICIPLE = "ge"  # the prefix of German and Dutch past participles
# The endings of German verbs borrowed in -ieren ("auditiert", "zertifizieren"), longest first.
BORROWED = ("ierten", "ierte", "ieren", "iert")
UMLAUTS = {"ue": "u", "oe": "o", "ae": "a"}  # as typed without them; u, o, a once normalised


def split(
    catalogue: "Catalogue", words: Iterable[str], language: str
) -> dict[str, tuple[str, ...]]:
    """{word: the forms to search it in besides itself} for the words of a query typed on a
    German or Dutch page that are compounds, participles or umlauts typed out. One query,
    whatever the words."""
    links = LINKS.get(language)
    candidates = [w for w in dict.fromkeys(words) if w.isalpha() and _may_split(w)]
    if not links or not candidates:
        return {}
    candidates = candidates[:MOST_WORDS]
    known = _known(catalogue, _pieces(candidates, links), language)
    found: dict[str, tuple[str, ...]] = {}
    for word in candidates:
        umlauts = _with_umlauts(word) if language == "de" else word
        if umlauts != word and umlauts in known:
            found[word] = (umlauts,)
        elif parts := _best_cut(word, known, links):
            found[word] = (" ".join(parts),)
        elif verb := _verb(word, known, language):
            found[word] = (verb,)
    return found


def _verb(word: str, known: dict[str, bool], language: str) -> str:
    """The borrowed verb a participle or German verb form is made of ("geaudit",
    "auditiert": "audit"), when the library has it; else ""."""
    stems = [word.removeprefix(PARTICIPLE)]
    if language == "de":
        stems += [word.removesuffix(ending) for ending in BORROWED if word.endswith(ending)]
    return next((stem for stem in stems if stem != word and known.get(stem)), "")


def _may_split(word: str) -> bool:
    if word.startswith(PARTICIPLE):
        return len(word) >= len(PARTICIPLE) + SHORTEST_PART
    return len(word) >= SHORTEST_PART + 2


def _with_umlauts(word: str) -> str:
    for typed, umlaut in UMLAUTS.items():
        word = word.replace(typed, umlaut)
    return word


def _pieces(words: list[str], links: tuple[str, ...]) -> set[str]:
    """Every word a part of these words could be (each piece, and each piece without a
    linking element at its end), the words with their umlauts, and their verbs."""
    pieces = {_with_umlauts(word) for word in words}
    pieces |= {word.removesuffix(ending) for word in words for ending in BORROWED}
    for word in words:
        for start in range(len(word)):
            for end in range(start + SHORTEST_PART, len(word) + 1):
                piece = word[start:end]
                pieces |= {
                    piece[: len(piece) - len(link)] for link in links if piece.endswith(link)
                }
    return {piece for piece in pieces if len(piece) >= SHORTEST_PART}


def _known(catalogue: "Catalogue", pieces: set[str], language: str) -> dict[str, bool]:
    """{piece: whether the library has it} of the pieces that are words. Joined with the
    pieces, not `= ANY(pieces)`, which PostgreSQL answers through the words view's trigram
    index: 1.5 s for the thousand pieces of four long words."""
    library = (
        f"SELECT word, true FROM pieces JOIN {catalogue.words_view} USING (word) UNION ALL "
        if catalogue.words_view
        else ""
    )
    with connection.cursor() as cursor:
        cursor.execute(
            f"WITH pieces AS (SELECT unnest(%(pieces)s::text[]) AS word) "
            f"SELECT word, bool_or(in_library) FROM ({library}"
            f"SELECT word, false FROM pieces JOIN {SPELLING_WORDS} USING (word) "
            f"WHERE language = %(language)s) AS k(word, in_library) "
            f"GROUP BY word",
            {"pieces": sorted(pieces), "language": language},
        )
        return dict(cursor.fetchall())


def _best_cut(word: str, known: dict[str, bool], links: tuple[str, ...]) -> tuple[str, ...]:
    """The parts of the best cut of word into 2 to MOST_PARTS known words; () if none."""
    best: tuple[tuple[int, int, int], tuple[str, ...]] | None = None
    for parts in _cuts(word, known, links, MOST_PARTS):
        if len(parts) < 2:
            continue
        score = (-len(parts), sum(known[p] for p in parts), min(len(p) for p in parts))
        if best is None or score > best[0]:
            best = score, parts
    return best[1] if best else ()


def _cuts(
    word: str, known: dict[str, bool], links: tuple[str, ...], most: int
) -> Iterator[tuple[str, ...]]:
    """Each way to cut word into at most `most` known words, the last without a link."""
    if word in known:
        yield (word,)
    if most == 1:
        return
    for end in range(SHORTEST_PART, len(word) - SHORTEST_PART + 1):
        head, rest = word[:end], word[end:]
        for link in links:
            part = head[: len(head) - len(link)]
            if head.endswith(link) and part in known:
                for tail in _cuts(rest, known, links, most - 1):
                    yield (part, *tail)
