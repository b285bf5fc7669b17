"""What people type in a search box, understood: parsed, expanded through the thesaurus and
compiled to PostgreSQL full-text queries (docs/search.md).

- A query is a list of groups that must all match ("all words"); a group is one or more
  clauses joined by OR; a clause is one thing asked for, satisfied by any of its forms: the
  words as typed and, when they name a thesaurus concept, its other terms.
- Filler words ("how", "do", "we", "comment"…) are left out: they never decide a result.
- `"a phrase"` keeps its words together and in order; `-word` excludes a word and every
  form of it; `OR` (in capitals) offers alternatives, as in PostgreSQL's websearch syntax.
- Documents are indexed in English and in French (hub_en, hub_fr: stemmed, accents removed),
  and their translations in their own language (hub_es, hub_pt, hub_de, hub_nl). Each form of
  a query is compiled in English, French and the page's language, so "fonderies" finds
  "fonderie", "étain" finds "etain" and, on Spanish pages, "fundiciones" finds "fundición".
  Each configuration leaves out its own language's stop words only, so "EU" stays a word
  (the French stop word "eu") and "or" is gold in French; a form that is a stop word in any
  of the query's languages is not searched alone.
"""

import functools
import operator
import re
import unicodedata
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.db.models import Case, Q, Value, When
from django.db.models.expressions import CombinedExpression
from django.db.models.fields.json import KeyTextTransform, KeyTransform

from .fillers import FILLERS_BY_LANGUAGE

# The text search configuration of each language (eprm_hub/migrations/0004 and 0009).
LANGUAGE_CONFIGS = {
    "en": "hub_en",
    "fr": "hub_fr",
    "es": "hub_es",
    "pt": "hub_pt",
    "de": "hub_de",
    "nl": "hub_nl",
}
# Every query is compiled in English and French, the library's own languages (and their order
# of use); on the other languages' pages in that language too (configs_for).
CONFIGS = ("hub_en", "hub_fr")

# ts_rank's weights for D, C, B and A (description; vocabulary names and publisher; summary
# and tags; title) and its normalisation (0: the document's length does not count).
RANK_WEIGHTS = "{0.1, 0.2, 0.4, 1.0}"  # PostgreSQL's own defaults
RANK_NORMALISATION = 0
# What having a group of words at all counts for, beside where it has it (eprm_hub.facets).
MATCH_WEIGHT = 0.2
# What a group of words counts for in a row where only a term's name has it (a mineral, a
# step…), beside MATCH_WEIGHT: about what ts_rank gives one word of weight C.
TERM_RANK = 0.02
# ts_rank's cost grows with the query: ranking reads the first forms of each clause only (as
# typed, the preferred term, its first variant). Every form still decides what matches.
RANK_FORMS = 3

MAX_FORMS_PER_CLAUSE = 12
MAX_FORMS = 48  # over the whole query: a query never becomes hundreds of OR terms
# At most this many clauses (meaningful words or thesaurus terms, excluded ones included) are
# searched; the others are left out and the page names them. The ranking gives each group two
# bits of a bigint (eprm_hub/facets/ranking.py), so this must stay at most 31 (docs/search.md).
MAX_CLAUSES = 16

# PostgreSQL's English and French stop words, and the words that frame a question: a query
# never requires them (one language's stop word is a word of the other: "or", "eu").
FILLERS = frozenset(
    """
    i me my myself we our ours ourselves you your yours yourself yourselves he him his himself
    she her hers herself it its itself they them their theirs themselves what which who whom this
    that these those am is are was were be been being have has had having do does did doing a an
    the and but if or because as until while of at by for with about against between into through
    during before after above below to from up down in out on off over under again further then
    once here there when where why how all any both each few more most other some such no nor not
    only own same so than too very s t can will just don should now
    must need needs want wants would could shall may might get gets getting start started begin
    us also please find know looking look anything something tell show give way ways whether
    many much well really actually able kind like make makes made take say ask asked asking
    keep consider considered apply applies applied work works working possible best good
    doesn isn aren ve ll re m d
    au aux avec ce ces dans de des du elle en et eux il je la le leur lui ma mais me meme mes moi
    mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un
    une vos votre vous c j l a n y ete etre suis es est sommes etes sont
    les comment quoi quel quelle quels quelles quand pourquoi faire fait faut doit doivent dois
    devons devez peut peux pouvons pouvez besoin veux voudrais cherche trouver cette cet tout tous
    toute toutes plus tres bien comme sans sous si dont chez ai avons avez ont
    beaucoup combien avant apres peuvent voulons veut savoir chose quelque
    """.split()  # noqa: SIM905 (a list of 300 words reads better as text)
)
# Gold is "or" in French: a word on French pages, a filler elsewhere.
FILLERS_FR = FILLERS - {"or"}
_FILLERS_OF = {
    "fr": FILLERS_FR,
    **{code: FILLERS | words for code, words in FILLERS_BY_LANGUAGE.items()},
}

_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss", "’": "'"})


def normalise(text):
    """Lower case without accents, as the search configurations see words."""
    if text.isascii():  # no ligature, accent or compatibility form: lower case is all
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.translate(_LIGATURES).lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text):
    """The normalised words of a text."""
    return re.findall(r"\w+", normalise(text))


def fold(word):
    """A word without its plural ending, to match thesaurus terms: refineries ~ refinery,
    fundiciones ~ fundición, fundições ~ fundição (accents are off by then)."""
    if len(word) > 6 and word.endswith("iones"):
        return word[:-2]
    if len(word) > 5 and word.endswith("coes"):
        return word[:-3] + "ao"
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word[-1] in "sx" and not word.endswith("ss"):
        return word[:-1]
    return word


def key(term_words):
    return tuple(fold(w) for w in term_words)


def fillers_for(language):
    """The words a query on this language's pages never requires."""
    return _FILLERS_OF.get(language, FILLERS)


def configs_for(language):
    """The configurations a query on this language's pages is compiled in: English and French
    always (a French query is understood on English pages), and the page's own language. Not
    all six: each more configuration costs every form of every query one more tsquery."""
    config = LANGUAGE_CONFIGS.get(language)
    return CONFIGS if config is None or config in CONFIGS else (*CONFIGS, config)


class FormQuery(NamedTuple):
    """One tsquery a clause asks for: a form's text compiled in one configuration, plainly (all
    its words: plainto_tsquery) or as a phrase (its words in order: phraseto_tsquery)."""

    text: str
    config: str
    phrase: bool = False


@dataclass(frozen=True)
class Clause:
    """One thing the query asks for: any of its forms satisfies it."""

    typed: str  # as the visitor typed it
    forms: tuple  # normalised texts; a form of several words is a phrase
    concepts: tuple = ()  # the thesaurus concepts it names
    loose: bool = False  # the first form's words may come in any order (typed without quotes)
    # Forms derived from a German or Dutch word (a compound's parts, in any order; a
    # participle's verb; the word with its umlauts): they match, but never rank, so a row with
    # only those ranks below one with the word itself (eprm_hub/facets/compounds.py).
    derived: tuple = ()

    def queries(self, forms=None, configs=CONFIGS, stopwords=FILLERS) -> list[FormQuery]:
        """The clause's tsqueries, any of which satisfies it: of each of its forms and derived
        forms (or, to rank, of its first `forms`), in each configuration."""
        chosen: list[tuple[int | None, str]] = list(enumerate(self.forms[:forms]))
        if forms is None:
            chosen += [(None, form) for form in self.derived]
        found = []
        for number, form in chosen:
            if form in FILLERS or form in stopwords:
                # A stop word of one language is a word of the other ("or" is gold in French):
                # searched alone, it would match every text of the other language.
                continue
            loose = number is None or (self.loose and number == 0)
            if len(words(form)) > 1 and not loose:
                # A hyphen counts as a word of its own in PostgreSQL's phrases: try it both ways.
                texts, phrase = list(dict.fromkeys([form, form.replace("-", " ")])), True
            else:
                texts, phrase = [form], False
            found += [FormQuery(text, config, phrase) for text in texts for config in configs]
        return found


@dataclass
class TextQuery:
    groups: list  # of lists of clauses: every group must match, any clause of a group
    excluded: list  # clauses that must not match
    fillers: list  # words left out, as typed
    language: str = "en"  # of the page it was typed on
    beyond: list = field(default_factory=list)  # words past MAX_CLAUSES, left out, as typed

    @property
    def configs(self):
        return configs_for(self.language)

    @property
    def clauses(self):
        return [clause for group in self.groups for clause in group]

    @property
    def is_empty(self):
        return not self.groups and not self.excluded

    def clause_queries(self, clause, forms=None) -> list[FormQuery]:
        """The tsqueries of a clause (of every form, or of its first `forms`)."""
        return clause.queries(forms, self.configs, fillers_for(self.language))

    def group_queries(self, group, forms=None) -> list[FormQuery]:
        """The tsqueries of a group, any of which matches, each once."""
        queries = (q for clause in group for q in self.clause_queries(clause, forms))
        return list(dict.fromkeys(queries))


# Parsing -------------------------------------------------------------------------------------

_TOKEN = re.compile(r'(?P<neg>-?)"(?P<phrase>[^"]*)"?|(?P<or>\bOR\b)|(?P<word>-?[^\s"]+)')


def parse(text, thesaurus, language="en", compounds=None):
    """The TextQuery of what was typed; compounds ({word: forms derived from it}) are the
    German and Dutch words also searched in other forms (a compound as its parts)."""
    fillers = fillers_for(language)
    items: list[Clause | str] = []  # clauses and "OR"
    excluded: list[Clause] = []
    left_out: list[str] = []
    beyond: list[str] = []
    run: list[tuple[str, str]] = []  # consecutive plain words, matched with the thesaurus together

    def admitted(clauses, sign=""):
        """The clauses within MAX_CLAUSES of the query so far; the others go to beyond."""
        room = max(0, MAX_CLAUSES - sum(1 for i in items if i != "OR") - len(excluded))
        beyond.extend(sign + clause.typed for clause in clauses[room:])
        return clauses[:room]

    def flush():
        if run:
            clauses = _clauses(run, thesaurus, fillers, left_out, language, compounds or {})
            items.extend(admitted(clauses))
            run.clear()

    for match in _TOKEN.finditer(text):
        if match["or"]:
            flush()
            items.append("OR")
        elif match["phrase"] is not None:
            flush()
            phrase = words(match["phrase"])
            if not phrase:
                continue
            clause = _phrase_clause(match["phrase"].strip(), phrase, thesaurus, language)
            (excluded if match["neg"] else items).extend(admitted([clause], match["neg"]))
        else:
            token = match["word"]
            negated = token.startswith("-") and len(token) > 1
            tokens = [(w, raw) for w, raw in zip(words(token), _raw_words(token), strict=False)]
            if negated:
                flush()
                if not tokens:
                    continue
                clauses = _clauses(tokens, thesaurus, fillers, [], language, {})
                excluded.extend(admitted(clauses, "-"))
            else:
                run.extend(tokens)
    flush()
    groups, excluded = _bounded(_group(items), excluded)
    return TextQuery(groups, excluded, left_out, language, beyond)


def _raw_words(text):
    return re.findall(r"\w+", text)


def _group(items):
    """Clauses joined by OR into groups; a dangling OR is ignored."""
    groups: list[list[Clause]] = []
    join_next = False
    for item in items:
        if item == "OR":
            join_next = bool(groups)
            continue
        if join_next:
            groups[-1].append(item)
        else:
            groups.append([item])
        join_next = False
    return groups


def _phrase_clause(typed, phrase, thesaurus, language):
    concepts = thesaurus.lookup(key(phrase)) if thesaurus else ()
    form = " ".join(normalise(typed).split())
    if concepts:
        return Clause(typed, _pruned(thesaurus.forms(form, concepts, language)), concepts)
    return Clause(typed, (form,))


def _pruned(forms, loose=False):
    """The forms without those a looser form of the same clause matches already ("smelters
    and refiners" where "smelter" is a form): a phrase costs PostgreSQL a check of every row
    the index finds for it, and finds nothing more."""
    looser = [{w} for f in forms if len(key(words(f))) == 1 for w in key(words(f))]
    if loose:
        looser.append(set(key([w for w in words(forms[0]) if w not in FILLERS])))
    kept = [forms[0]]
    for form in forms[1:]:
        folded = set(key(words(form)))
        if len(folded) > 1 and any(other and other <= folded for other in looser):
            continue
        kept.append(form)
    return tuple(kept)


def longest_term(words, start, longest, lookup, fillers):
    """(how many words, what lookup gives) for the longest run of words from start, at most
    longest, that lookup knows by its folded key; None when there is none. A lone filler
    never names a term ("or" is not gold in English)."""
    folded = key(words[start : start + longest])  # each word folded once, not once a span
    for size in range(len(folded), 0, -1):
        if size == 1 and words[start] in fillers:
            return None
        found = lookup(folded[:size])
        if found:
            return size, found
    return None


def _clauses(tokens, thesaurus, fillers, left_out, language, compounds):
    """Clauses from a run of words: the longest thesaurus terms first, then word by word, a
    compound also as its parts."""
    clauses, i = [], 0
    plain = [w for w, _ in tokens]
    while i < len(tokens):
        matched = None
        if thesaurus:
            matched = longest_term(plain, i, thesaurus.longest, thesaurus.lookup, fillers)
        if matched:
            size, concepts = matched
            span = plain[i : i + size]
            typed = " ".join(raw for _, raw in tokens[i : i + size])
            meaningful = [w for w in span if w not in fillers] or span
            forms = thesaurus.forms(" ".join(meaningful), concepts, language)
            forms = _pruned(forms, loose=True)
            derived = _derived(compounds.get(span[0], ()), thesaurus) if size == 1 else ()
            clauses.append(Clause(typed, forms, concepts, loose=True, derived=derived))
            i += size
            continue
        word, raw = tokens[i]
        if word in fillers:
            left_out.append(raw)
        else:
            clauses.append(
                Clause(raw, (word,), derived=_derived(compounds.get(word, ()), thesaurus))
            )
        i += 1
    return clauses


def _derived(forms, thesaurus):
    """A word's derived forms and, for a compound's parts that name thesaurus concepts, the
    parts by the concepts' preferred terms: "batterij verordening", "battery regulation"."""
    found = list(forms)
    for form in forms:
        parts = form.split()
        if len(parts) > 1 and thesaurus:
            named = [thesaurus.preferred(key([part])) or part for part in parts]
            found.append(" ".join(named))
    return tuple(dict.fromkeys(found))


def _bounded(groups, excluded):
    """At most MAX_FORMS forms in all: the clauses with most forms give up their last ones."""
    clauses = [c for group in groups for c in group] + excluded
    limit = MAX_FORMS_PER_CLAUSE
    while limit > 1 and sum(min(len(c.forms), limit) for c in clauses) > MAX_FORMS:
        limit -= 1

    def cut(clause):
        if len(clause.forms) <= limit:
            return clause
        return replace(clause, forms=clause.forms[:limit])

    return [[cut(c) for c in group] for group in groups], [cut(c) for c in excluded]


def document(*parts, french_when=None, translated=()):
    """A search vector of (fields, weight) parts for a model's GeneratedField: indexed in
    English, and also in French (stemmed as French) for every row, or only for the rows that
    french_when (a Q) selects, the French texts (so that English ones stay small).

    A row whose own text is in another language (its `text_language`) has it indexed in that
    language as well; the translations of the `translated` (field, weight) pairs (the
    `translations` column, eprm_hub.i18n) are indexed each in its own language."""
    own = _own(parts, french_when)
    if not translated:
        return _joined(own)
    return _joined([*own, _original(parts), *_translations(translated)])


def _own(parts, french_when):
    """The vectors of the row's own text in English and French."""
    if french_when is None:  # each part in both languages, one after the other
        return [
            _vector([(fields, weight, config) for fields, weight in parts for config in CONFIGS])
        ]
    english, french = ([(fields, weight, config) for fields, weight in parts] for config in CONFIGS)
    return [_vector(english), _only_when(french_when, _vector(french))]


def _original(parts):
    """The vector of a row's own text in the other languages, in the one it is written in."""
    others = [code for code, config in LANGUAGE_CONFIGS.items() if config not in CONFIGS]
    return Case(
        *(
            When(
                Q(text_language=code),
                then=_vector([(f, w, LANGUAGE_CONFIGS[code]) for f, w in parts]),
            )
            for code in others
        ),
        default=Value("", output_field=SearchVectorField()),
        output_field=SearchVectorField(),
    )


def _translations(translated):
    """The vectors of the translations, English's first, each in its own language."""
    english = [_translation(field, weight, "en", CONFIGS[0]) for field, weight in translated]
    return english + [
        _translation(field, weight, code, LANGUAGE_CONFIGS[code])
        for code in LANGUAGE_CONFIGS
        if code != "en"
        for field, weight in translated
    ]


def _vector(parts):
    """The search vector of (fields, weight, configuration) parts, one after the other."""
    vectors = (
        SearchVector(*fields, weight=weight, config=config) for fields, weight, config in parts
    )
    return functools.reduce(operator.add, vectors)


def _joined(vectors):
    def join(combined, part):
        return CombinedExpression(combined, "||", part, output_field=SearchVectorField())

    return functools.reduce(join, vectors)


def _only_when(condition, then):
    return Case(
        When(condition, then=then),
        default=Value("", output_field=SearchVectorField()),
        output_field=SearchVectorField(),
    )


def _translation(field, weight, code, config):
    """The vector of a field's translation into a language (eprm_hub.i18n)."""
    text = KeyTextTransform(field, KeyTransform(code, "translations"))
    return SearchVector(text, weight=weight, config=config)
