"""Related resources, ranked by what resources share (docs/related.md).

A resource's neighbours are scored on the thesaurus concepts named in their text, their
business needs, OECD steps, minerals and tiers, the likeness of their titles (trigrams), the
publisher and how their types complement each other (the template next to its guidance).
Values and concepts that many resources have count for less than rare ones. The reader's
language comes first among the best; recency only breaks ties.

The same scoring ranks the Check's advice (checks/advice.py): a question is a Subject too,
with its needs, its step, the concepts of its text and the organisation's tiers and minerals.

Bounded whatever the library's size: the candidates are at most CANDIDATES_BY_TERMS rows from
the facet index (sharing needs, minerals, tiers), CANDIDATES_PER_CONCEPT rows for each of the
resource's first SEARCHED_CONCEPTS concepts (through the GIN index); then one query reads
them with their titles' trigram similarity, the facet index gives their terms, and Python
scores them. (A pool of the most similar titles, through the trigram index, cost 100 to 400
ms at 100,000 resources for no gain on the relatedness suite: titles that share words share
concepts.)
"""

import functools
import math
import re
from dataclasses import dataclass, field
from types import SimpleNamespace

from django.db import connection
from django.utils.translation import gettext as _

from eprm_hub import i18n
from eprm_hub.textquery import FILLERS, LANGUAGE_CONFIGS, fold, key, words

from .models import Resource
from .search import CATALOGUE

# What each kind of thing shared counts for (each a similarity from 0 to 1 first).
WEIGHTS = {
    "concept": 3.0,  # thesaurus concepts named in both texts
    "need": 2.0,
    "step": 1.0,
    "mineral": 1.5,
    "tier": 1.0,
    "title": 2.0,  # trigram similarity of the titles, above TITLE_NOISE
    "publisher": 0.5,
    "type": 0.5,
}
TITLE_NOISE = 0.2  # what any two titles share in trigrams
# Types that go together: the template and the guidance on filling it in, the tool and the
# standard it checks against… Same type: SAME_TYPE.
COMPLEMENTS = {
    frozenset({"template", "guidance"}): 1.0,
    frozenset({"template", "standard"}): 1.0,
    frozenset({"tool", "standard"}): 1.0,
    frozenset({"tool", "guidance"}): 0.5,
    frozenset({"regulation", "guidance"}): 1.0,
    frozenset({"training", "standard"}): 1.0,
    frozenset({"training", "guidance"}): 0.5,
    frozenset({"database", "report"}): 0.5,
    frozenset({"case-study", "report"}): 0.5,
}
SAME_TYPE = 0.5

# The columns of a candidate the scoring and the related list read (related()).
CANDIDATE_FIELDS = (
    "id",
    "title",
    "summary",
    "tag_text",
    "translations",
    "slug",
    "year",
    "languages",
    "text_language",
    "published_at",
    "publisher_id",
)
# The same, in the order of the model's fields, which Model.from_db() takes its values in.
_IN_FIELD_ORDER = [
    field.attname for field in Resource._meta.concrete_fields if field.attname in CANDIDATE_FIELDS
]

CANDIDATES_BY_TERMS = 150
CANDIDATES_PER_CONCEPT = 10
SEARCHED_CONCEPTS = 12
FORMS_PER_CONCEPT = 6
# The reader's language reorders the best COUNT × LANGUAGE_WINDOW: a resource in the page's
# language comes first, but a barely related one never jumps above a close one.
LANGUAGE_WINDOW = 3
REASON_ITEMS = 3
# A concept is named in the reason when at most this share of the candidates name it too:
# "smelter audits" says why, "process" does not.
REASON_SHARE = 0.2


@dataclass
class Subject:
    """What a resource (or a Check question) is about, as the scoring compares it."""

    needs: frozenset = frozenset()
    steps: frozenset = frozenset()
    minerals: frozenset = frozenset()
    tiers: frozenset = frozenset()
    concepts: frozenset = frozenset()
    type: str = ""
    publisher: int | None = None
    title: frozenset = frozenset()  # its title's trigrams (a Check question has none)

    @classmethod
    def of_resource(cls, resource, thesaurus):
        """From a resource with its terms prefetched, or given by with_terms()."""
        keys = term_keys(resource)
        texts = [resource.title, resource.summary, resource.tag_text]
        for translated in (resource.translations or {}).values():
            texts += [translated.get("title", ""), translated.get("summary", "")]
        return cls(
            needs=frozenset(keys["need"]),
            steps=frozenset(keys["step"]),
            minerals=frozenset(keys["mineral"]),
            tiers=frozenset(keys["tier"]),
            concepts=concepts_in(thesaurus, *texts),
            type=_type_slug(resource),
            publisher=resource.publisher_id,
            title=trigrams(resource.title),
        )


def _type_slug(resource):
    """The resource's type: annotated on a candidate (related()), else its own."""
    if hasattr(resource, "type_slug"):
        return resource.type_slug or ""
    return resource.resource_type.slug if resource.resource_type_id else ""


def concepts_in(thesaurus, *texts):
    """The thesaurus concepts one of whose terms the texts use (the longest term wins, as in
    a query: docs/search.md)."""
    return frozenset().union(*(_concepts_of(thesaurus, text or "") for text in texts))


@functools.lru_cache(maxsize=50_000)
def _concepts_of(thesaurus, text):
    """One text's concepts. A pure function of the text and the thesaurus (a new thesaurus is
    a new object), remembered: a page compares hundreds of candidates, mostly the same ones
    from one request to the next, and reading their texts is most of its time."""
    terms = _terms(thesaurus)
    found = set()
    found_words = words(text)
    folded = [_folded(word) for word in found_words]
    start = 0  # the first word not taken by a term found
    # As textquery.longest_term() finds them, from each word on that begins a term (most do
    # not), with each word folded once and the terms' words walked one by one: a query's
    # few words can afford that function's spans, hundreds of texts cannot.
    for first in [n for n, word in enumerate(folded) if word in terms]:
        if first < start:
            continue
        hit, node = None, terms
        for end in range(first, len(folded)):
            node = node.get(folded[end])
            if node is None:
                break
            if _TERM in node:
                hit = (end + 1 - first, node[_TERM])
        if hit and hit[0] == 1 and found_words[first] in FILLERS:
            hit = None  # a lone filler never names a term ("or" is not gold in English)
        if hit:
            size, concepts = hit
            found.update(concepts)
            start = first + size
    return frozenset(found)


_TERM = None  # the key, in _terms()'s tree, of what a term's words name


@functools.lru_cache(maxsize=4)
def _terms(thesaurus):
    """The thesaurus's terms as a tree of their folded words, {word: {next word: …}}, where
    {_TERM: concepts} ends a term: the concepts its lookup gives but the everyday bridges,
    which say nothing of what a text is about (a new thesaurus is a new object)."""
    tree = {}
    for entry in thesaurus.entries.values():
        for form in entry.forms:
            folded = key(words(form))
            if not folded:
                continue
            node = tree
            for word in folded:
                node = node.setdefault(word, {})
            concepts = thesaurus.lookup(folded)
            node[_TERM] = [c for c in concepts if not thesaurus.entries[c].everyday]
    return tree


_folded = functools.lru_cache(maxsize=100_000)(fold)  # the library's words, over and over


# The facets a Subject compares, and the relation of a resource that holds each.
SUBJECT_FACETS = {
    "need": "business_needs",
    "step": "oecd_steps",
    "mineral": "minerals",
    "tier": "supply_chain_tiers",
}


def with_terms(resources, figures):
    """The resources, each published one with `term_keys`: {facet: the slugs of its needs,
    steps, minerals and tiers}, read from the facet index (no query, however many rows)."""
    found = figures.keys_of([resource.pk for resource in resources], SUBJECT_FACETS)
    for resource in resources:
        if resource.pk in found:
            resource.term_keys = found[resource.pk]
    return resources


def term_keys(resource):
    """{facet: slugs} of a resource's needs, steps, minerals and tiers: as with_terms() gave
    them, else from its relations (prefetched, or a query each: a draft an editor previews)."""
    if hasattr(resource, "term_keys"):
        return resource.term_keys
    return {
        facet: [term.slug for term in getattr(resource, relation).all()]
        for facet, relation in SUBJECT_FACETS.items()
    }


@dataclass
class Shared:
    """A candidate's score and what it shares with the subject, for the reason shown."""

    score: float
    concepts: list = field(default_factory=list)  # concept ids, the rarest first
    minerals: frozenset = frozenset()
    needs: frozenset = frozenset()


class Scorer:
    """Scores candidates against one subject. A value many rows have counts for less
    (inverse document frequency: facet values from the facet index, concepts from the
    candidates themselves, which is all a bounded query can know of them)."""

    def __init__(self, figures, thesaurus, subjects):
        self.figures = figures  # the facet index's (eprm_hub.facets.Figures)
        self.thesaurus = thesaurus
        self.total = max(figures.total, 1)
        self._facet_weights = {}
        self._totals = {}
        self.pool = pool = len(subjects)
        frequency = {}
        for subject in subjects:
            for concept in subject.concepts:
                frequency[concept] = frequency.get(concept, 0) + 1
        self.frequency = frequency
        self._concept_weights = {c: math.log(1 + pool / n) for c, n in frequency.items()}

    def facet_weight(self, facet, key):
        return self._weights(facet)[key]

    def _weights(self, facet):
        """{key: its weight} of a facet's values, each worked out when first asked for. Its
        lookup is the weight function _cosine() calls: hundreds of candidates, each a few
        values of four facets, add up to tens of thousands of calls."""
        if facet not in self._facet_weights:
            self._facet_weights[facet] = _FacetWeights(self.figures, facet, self.total)
        return self._facet_weights[facet]

    def concept_weight(self, concept):
        return self._concept_weights.get(concept, 1.0)

    def score(self, subject, other):
        concepts = self._cosine("concept", subject.concepts, other.concepts, self.concept_weight)
        parts = {
            "concept": concepts,
            "need": self._facet(subject.needs, other.needs, "need"),
            "step": self._facet(subject.steps, other.steps, "step"),
            "mineral": self._facet(subject.minerals, other.minerals, "mineral"),
            "tier": self._facet(subject.tiers, other.tiers, "tier"),
            "title": max(0.0, similarity(subject.title, other.title) - TITLE_NOISE)
            / (1 - TITLE_NOISE),
            "publisher": float(bool(subject.publisher) and subject.publisher == other.publisher),
            "type": _type_affinity(subject.type, other.type),
        }
        total = sum(WEIGHTS[name] * value for name, value in parts.items())
        shared = sorted(subject.concepts & other.concepts, key=lambda c: -self.concept_weight(c))
        return Shared(total, shared, subject.minerals & other.minerals, subject.needs & other.needs)

    def _facet(self, mine, theirs, facet):
        return self._cosine(facet, mine, theirs, self._weights(facet).__getitem__)

    def _cosine(self, kind, mine, theirs, weight):
        """How alike two sets are, each value weighted: 1 for the same set, 0 for nothing
        shared. A resource about every mineral shares little with one about tin alone."""
        shared = mine & theirs
        if not shared:
            return 0.0
        numerator = sum(weight(value) for value in shared)
        return numerator / math.sqrt(
            self._total(kind, mine, weight) * self._total(kind, theirs, weight)
        )

    def _total(self, kind, values, weight):
        """The sum of the values' weights, once for each set: the subject's come back with
        every candidate."""
        key = (kind, values)
        total = self._totals.get(key)
        if total is None:
            total = self._totals[key] = sum(weight(value) for value in values)
        return total

    def concept_name(self, concept):
        return self.thesaurus.entries[concept].name


class _FacetWeights(dict):
    """A facet's values' weights: log(1 + N / (1 + n)), n the rows with the value (from the
    facet index's counts), N all rows."""

    def __init__(self, figures, facet, total):
        super().__init__()
        self.figures, self.facet, self.total = figures, facet, total

    def __missing__(self, key):
        rows = self.figures.count(**{self.facet: [key]})
        weight = self[key] = math.log(1 + self.total / (1 + rows))
        return weight


def _type_affinity(mine, theirs):
    if not mine or not theirs:
        return 0.0
    if mine == theirs:
        return SAME_TYPE
    return COMPLEMENTS.get(frozenset({mine, theirs}), 0.0)


def reads_in(resource, language):
    """Whether a reader of this language can read it: it is in that language, or the Hub has
    its title translated into it (eprm_hub/i18n.py). Its languages say what the resource
    itself is written in; the language of the Hub's text about it only counts when they
    are not recorded."""
    if language in (resource.languages or []):
        return True
    if ((resource.translations or {}).get(language) or {}).get("title"):
        return True
    return not resource.languages and resource.original_language == language


def related(resource, count=5, language=None, current=None):
    """Up to count published resources related to this one, each with `why`: what it shares,
    in a few words. A bounded number of queries, whatever the size of the library: the facet
    index's version (unless current, the catalogue's (figures, thesaurus), is given), the
    candidates by text, the candidates' rows."""
    language = language or i18n.current()
    figures, thesaurus = current or CATALOGUE.current()
    subject = Subject.of_resource(resource, thesaurus)
    ids = set(_by_terms(resource, subject, figures)) | set(_by_text(subject.concepts, thesaurus))
    ids.discard(resource.pk)
    if not ids:
        return []
    rows = with_terms(_candidates(ids), figures)
    others = [Subject.of_resource(row, thesaurus) for row in rows]
    scorer = Scorer(figures, thesaurus, [subject, *others])
    scored = [(scorer.score(subject, other), row) for row, other in zip(rows, others, strict=True)]
    scored = [(shared, row) for shared, row in scored if shared.score > 0]
    scored.sort(key=lambda item: (-item[0].score, *_newest_first(item[1])))
    best = [(shared, row.model()) for shared, row in scored[: count * LANGUAGE_WINDOW]]
    best.sort(key=lambda item: not reads_in(item[1], language))  # stable: scores stay in order
    chosen = []
    for shared, row in best[:count]:
        row.why = reason(shared, scorer, language, subject)
        type_term = figures.term("type", row.type_slug) if row.type_slug else None
        row.type_label = type_term.label if type_term else row.type_slug or ""
        chosen.append(row)
    return chosen


class _Candidate(SimpleNamespace):
    """A candidate's columns, as the scoring reads them. Hundreds are read for five shown, and
    making each a model cost more than the query: only the best become models."""

    def model(self):
        names = _IN_FIELD_ORDER
        resource = Resource.from_db(None, names, [getattr(self, name) for name in names])
        resource.type_slug, resource.publisher_name = self.type_slug, self.publisher_name
        return resource


def _candidates(ids):
    """The published resources among ids, as _Candidates with their type and publisher's name
    (the page names the chosen rows' type from the facet index's terms)."""
    rows = (
        Resource.objects.published()
        .filter(pk__in=ids)
        .order_by()
        .values_list(*CANDIDATE_FIELDS, "resource_type__slug", "publisher__name")
    )
    names = (*CANDIDATE_FIELDS, "type_slug", "publisher_name")
    return [_Candidate(pk=row[0], **dict(zip(names, row, strict=True))) for row in rows]


@functools.lru_cache(maxsize=50_000)
def trigrams(text):
    """A text's trigrams as PostgreSQL's pg_trgm makes them: each word (its letters and
    digits, in lower case) with two spaces before it and one after, cut in threes. Counted
    here, where asking PostgreSQL's similarity() of hundreds of candidates cost 2 ms a page."""
    found = set()
    for word in _WORD.findall((text or "").lower()):
        padded = f"  {word} "
        found.update(padded[start : start + 3] for start in range(len(padded) - 2))
    return frozenset(found)


_WORD = re.compile(r"[^\W_]+")


def similarity(mine, theirs):
    """pg_trgm's similarity() of two texts' trigrams: those they share over all of theirs."""
    every = len(mine | theirs)
    return len(mine & theirs) / every if every else 0.0


def _newest_first(row):
    published = row.published_at.timestamp() if row.published_at else 0
    return (-published, -row.pk)


def _by_terms(resource, subject, figures):
    """Candidates from the facet index: those sharing a need, a mineral and a tier first,
    then fewer of these (no SQL: the index is in memory)."""
    need, mineral, tier = sorted(subject.needs), sorted(subject.minerals), sorted(subject.tiers)
    pools = [
        [{"need": need, "mineral": mineral, "tier": tier}],
        [{"need": need, "mineral": mineral}],
        [{"need": need}],
        [{"mineral": mineral}, {"tier": tier}],
    ]
    pools = [[wanted for wanted in pool if all(wanted.values())] for pool in pools]
    pools = [pool for pool in pools if pool]
    if not pools:
        return []
    return figures.nearest(resource.pk, pools, order="newest", count=CANDIDATES_BY_TERMS)


def _by_text(concepts, thesaurus):
    """Candidates by text, in one query: for each of the first concepts of the resource, the
    rows added last that name it (GIN index). In the order of their key, so that a page
    always finds the same ones (LIMIT alone takes whichever rows a scan meets first, and
    PostgreSQL starts a scan where another one is)."""
    # Always one statement, so that every page costs as many queries.
    parts, params = ["(SELECT 0 WHERE false)"], []
    for concept in sorted(concepts)[:SEARCHED_CONCEPTS]:
        entry = thesaurus.entries.get(concept)
        if entry is None:
            continue
        forms = [
            (form, LANGUAGE_CONFIGS[language])
            for form, language in zip(entry.forms, entry.languages, strict=True)
            if language in ("en", "fr")
        ][:FORMS_PER_CONCEPT]
        if not forms:
            continue
        query = " || ".join("phraseto_tsquery(%s::regconfig, %s)" for _form in forms)
        parts.append(
            "(SELECT id FROM resources_resource WHERE status = 'published' "
            f"AND search_vector @@ ({query}) ORDER BY id DESC LIMIT %s)"
        )
        for form, config in forms:
            params += [config, form]
        params.append(CANDIDATES_PER_CONCEPT)
    with connection.cursor() as cursor:
        cursor.execute(" UNION ".join(parts), params)
        return [pk for (pk,) in cursor.fetchall()]


def reason(shared, scorer, language, subject):
    """Why it is related, in a few words: "Also about: smelter; tin". The concepts' names are
    the thesaurus's English terms, so other pages name the shared minerals and needs."""
    topics = []
    if language == "en":
        telling = [
            concept
            for concept in shared.concepts
            if scorer.frequency.get(concept, 0) <= REASON_SHARE * scorer.pool
        ]
        names = [scorer.concept_name(concept) for concept in telling]
        topics += [name for name in names if name.lower() not in {t.lower() for t in topics}]
    topics = topics[:REASON_ITEMS]
    if len(topics) < REASON_ITEMS and len(subject.minerals) <= REASON_ITEMS:
        topics += _labels(scorer.figures, "mineral", shared.minerals, topics)
    if len(topics) < REASON_ITEMS:
        topics += _labels(scorer.figures, "need", shared.needs, topics)
    topics = topics[:REASON_ITEMS]
    if not topics:
        return ""
    return _("Also about: %(topics)s") % {"topics": "; ".join(topics)}


def _labels(figures, facet, keys, already):
    terms = [figures.term(facet, key) for key in sorted(keys)]
    labels = [str(term.label) for term in terms if term]
    seen = {topic.lower() for topic in already}
    return [label for label in labels if label.lower() not in seen]
