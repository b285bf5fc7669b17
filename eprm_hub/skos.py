"""The thesaurus as SKOS, the W3C's format for thesauri (EuroVoc's and UNESCO's are in it): an
export that any SKOS tool reads, and an import that makes the thesaurus what the file says
(`manage.py thesaurus`, the concept list in the admin; docs/vocabulary.md, "SKOS").

An export imported again changes no row and exports the same file, byte for byte. An import
reads the whole file before it writes anything, and writes nothing unless all of it is right;
each problem names the line of the concept or the label it is about.
"""

import io
import json
import re
from dataclasses import dataclass, field
from xml.sax import SAXParseException
from xml.sax.saxutils import escape

from django.apps import apps as installed_apps
from django.apps.registry import Apps
from django.db import transaction
from django.utils.translation import gettext as _
from rdflib import DCTERMS, RDF, RDFS, SKOS, Graph, Literal, Namespace, URIRef
from rdflib.plugins.parsers.notation3 import BadSyntax
from rdflib.plugins.serializers.turtle import TurtleSerializer
from rdflib.term import Node

from . import i18n
from .models import FILTER_MODELS, Concept, ConceptTerm

# Where the Hub's URIs start, in one place. They name the concepts in every copy of the Hub
# (production, staging, a developer's), so they are not the address a copy is served at.
BASE = "https://hub.eprm.eu/"
CONCEPT = Namespace(BASE + "thesaurus/")
SCHEME = URIRef(BASE + "thesaurus")
HUB = Namespace(BASE + "ns/thesaurus#")
# A vocabulary value, as a concept's filter names it: …/vocabulary/mineral/tin.
VOCABULARY = Namespace(BASE + "vocabulary/")

KEY = re.compile(r"[-a-zA-Z0-9_]{1,60}")
NAME_LENGTH, TERM_LENGTH, NOTE_LENGTH = 120, 120, 300
ENGLISH = "en"

# The Hub's own properties (SKOS has no acronym, nor a filter), described in every export.
PROPERTIES = {
    "acronym": "An acronym of the concept, such as OECD DDG.",
    "synonym": "A synonym in a language other than English (skos:altLabel is one in English).",
    "translation": "An English term kept as a translation (skos:altLabel is one in English).",
    "filter": "The vocabulary value that a search naming the concept offers as a filter.",
}
LABELS = (SKOS.altLabel, HUB.acronym, HUB.synonym, HUB.translation)
LINKS = (SKOS.narrower, SKOS.broader)
KEPT = {RDF.type, SKOS.inScheme, SKOS.prefLabel, SKOS.scopeNote, HUB.filter, *LABELS, *LINKS}


# Export ----------------------------------------------------------------------------------------


def export() -> str:
    """The thesaurus as SKOS in Turtle."""
    graph = _graph()
    for concept in Concept.objects.prefetch_related("terms", "narrower"):
        _add(graph, concept)
    return serialise(graph)


def _graph() -> Graph:
    graph = Graph(bind_namespaces="none")
    for prefix, namespace in [("skos", SKOS), ("dct", DCTERMS), ("rdf", RDF), ("rdfs", RDFS)]:
        graph.bind(prefix, namespace)
    graph.bind("concept", CONCEPT)
    graph.bind("hub", HUB)
    for facet in FILTER_MODELS:
        graph.bind(facet, VOCABULARY[f"{facet}/"])
    graph.add((SCHEME, RDF.type, SKOS.ConceptScheme))
    title = Literal("The thesaurus of the EPRM Due Diligence Hub", lang=ENGLISH)
    graph.add((SCHEME, DCTERMS.title, title))
    for name, comment in PROPERTIES.items():
        graph.add((HUB[name], RDF.type, RDF.Property))
        graph.add((HUB[name], RDFS.comment, Literal(comment, lang=ENGLISH)))
        if HUB[name] in LABELS:
            graph.add((HUB[name], RDFS.subPropertyOf, SKOS.altLabel))
    return graph


def _add(graph: Graph, concept: Concept) -> None:
    uri = CONCEPT[concept.key]
    graph.add((uri, RDF.type, SKOS.Concept))
    graph.add((uri, SKOS.inScheme, SCHEME))
    graph.add((uri, SKOS.prefLabel, Literal(concept.name, lang=ENGLISH)))
    if concept.note:
        graph.add((uri, SKOS.scopeNote, Literal(concept.note, lang=ENGLISH)))
    if concept.filter_facet:
        graph.add((uri, HUB.filter, VOCABULARY[f"{concept.filter_facet}/{concept.filter_value}"]))
    for other in concept.narrower.all():
        graph.add((uri, SKOS.narrower, CONCEPT[other.key]))
    for term in concept.terms.all():
        literal = Literal(term.text, lang=term.language)
        graph.add((uri, _label_property(term.kind, term.language), literal))


def _label_property(kind: str, language: str) -> URIRef:
    """An acronym is a hub:acronym; a synonym in English and a translation in another language
    are skos:altLabel, and the rare other two hub:synonym and hub:translation."""
    if kind == ConceptTerm.Kind.ACRONYM:
        return HUB.acronym
    return SKOS.altLabel if kind == _usual_kind(language) else HUB[kind]


def _label_kind(predicate: Node, language: str) -> str:
    if predicate == SKOS.altLabel:
        return _usual_kind(language)
    return str(predicate).removeprefix(str(HUB))


def _usual_kind(language: str) -> str:
    return ConceptTerm.Kind.SYNONYM if language == ENGLISH else ConceptTerm.Kind.TRANSLATION


class _Serializer(TurtleSerializer):
    # The scheme, the Hub's properties, then the concepts by URI: rdflib would otherwise order
    # them by how often they are named, and a concept would move when a link changes.
    topClasses = [SKOS.ConceptScheme, RDF.Property, SKOS.Concept]


def serialise(graph: Graph) -> str:
    stream = io.BytesIO()
    _Serializer(graph).serialize(stream, encoding="utf-8")
    return stream.getvalue().decode("utf-8")


# Reading a file --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    line: int | None
    message: str

    def __str__(self) -> str:
        if self.line is None:
            return self.message
        return _("Line %(line)s: %(problem)s") % {"line": self.line, "problem": self.message}


class ThesaurusFileError(Exception):
    """A file that cannot be imported, with every problem found in it."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(problem) for problem in problems))
        self.problems = problems


@dataclass
class ConceptData:
    """A concept as the file gives it."""

    key: str
    name: str = ""
    note: str = ""
    filter_facet: str = ""
    filter_value: str = ""
    narrower: set[str] = field(default_factory=set)  # keys
    terms: dict[str, tuple[str, str]] = field(default_factory=dict)  # text: (language, kind)


def parse(content: bytes | str, vocabulary: dict[str, set[str]]) -> list[ConceptData]:
    """The concepts of a SKOS file (Turtle, or RDF/XML), checked against the vocabulary's
    values ({facet: slugs}); ThesaurusFileError if anything in it is wrong."""
    text = _text(content)
    graph = _parsed(text)
    reader = _Reader(graph, _Source(text, graph), vocabulary)
    concepts = reader.concepts()
    if reader.problems:
        raise ThesaurusFileError(sorted(reader.problems, key=lambda p: p.line or 0))
    return concepts


def _text(content: bytes | str) -> str:
    if isinstance(content, str):
        return content
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ThesaurusFileError([Problem(None, _("The file is not UTF-8 text."))]) from None


def _parsed(text: str) -> Graph:
    xml = text.lstrip().startswith("<")
    graph = Graph(bind_namespaces="none")
    line: int | None
    try:
        return graph.parse(data=text, format="xml" if xml else "turtle")
    except BadSyntax as error:
        line, message = _syntax_line(error), error._why
    except SAXParseException as error:
        line, message = error.getLineNumber(), error.getMessage()
    except Exception as error:  # rdflib raises many kinds; each means the file is unreadable
        line, message = None, str(error)
    problem = _("The file cannot be read as %(format)s: %(error)s") % {
        "format": "RDF/XML" if xml else "Turtle",
        "error": message,
    }
    raise ThesaurusFileError([Problem(line, problem)])


def _syntax_line(error: BadSyntax) -> int:
    """The line of a Turtle syntax error, from where in the text read it is: the error's own
    `lines` counts some line ends twice."""
    read = error._str
    return read.count(b"\n" if isinstance(read, bytes) else "\n", 0, error._i) + 1


class _Source:
    """The file's text, to say on which line a concept, or one of its labels or links, is
    written."""

    def __init__(self, text: str, graph: Graph) -> None:
        self.text = text
        self.prefixes = [(str(uri), prefix) for prefix, uri in graph.namespaces() if prefix]
        self._subjects: dict[URIRef, int] = {}

    def line(self, subject: URIRef, near: Node | None = None) -> int | None:
        """The line where the statements about the subject start or, given a label or a URI
        it names, the line of that label or URI among them."""
        found = self._subject(subject)
        if near is not None and found >= 0:
            written = self._names(near) if isinstance(near, URIRef) else self._quoted(str(near))
            places = [place for place in (self.text.find(w, found) for w in written) if place >= 0]
            found = min(places, default=found)
        return self.text.count("\n", 0, found) + 1 if found >= 0 else None

    def _subject(self, uri: URIRef) -> int:
        """In Turtle, the line that begins with the subject's name; in RDF/XML its rdf:about."""
        if uri not in self._subjects:
            pattern = "|".join(re.escape(name) for name in self._names(uri))
            found = re.search(rf"^[ \t]*(?:{pattern})(?=[\s;,.])", self.text, re.MULTILINE)
            self._subjects[uri] = found.start() if found else self.text.find(f'"{uri}"')
        return self._subjects[uri]

    def _names(self, uri: URIRef) -> list[str]:
        prefixed = [
            f"{prefix}:{uri[len(namespace) :]}"
            for namespace, prefix in self.prefixes
            if uri.startswith(namespace)
        ]
        return [f"<{uri}>", f'"{uri}"', *prefixed]

    @staticmethod
    def _quoted(label: str) -> list[str]:
        return [json.dumps(label, ensure_ascii=False), f">{escape(label)}<"]


class _Reader:
    """The concepts of a parsed file, and the problems found in it."""

    def __init__(self, graph: Graph, source: _Source, vocabulary: dict[str, set[str]]) -> None:
        self.graph = graph
        self.source = source
        self.vocabulary = vocabulary
        self.problems: list[Problem] = []
        self.declared = {s for s in graph.subjects(RDF.type, SKOS.Concept) if isinstance(s, URIRef)}

    def problem(self, uri: URIRef, message: str, near: Node | None = None) -> None:
        self.problems.append(Problem(self.source.line(uri, near), message))

    def concepts(self) -> list[ConceptData]:
        if not self.declared:
            message = _("The file has no skos:Concept: it is not a SKOS thesaurus.")
            self.problems.append(Problem(None, message))
        self._undeclared()
        read = {uri: self._concept(uri) for uri in sorted(self.declared)}
        for uri in sorted(self.declared):
            self._links(uri, read)
        return [concept for concept in read.values() if concept is not None]

    def _undeclared(self) -> None:
        """A subject with the URI of a concept that is not declared one (a typo in its type)."""
        described = {s for s in self.graph.subjects() if isinstance(s, URIRef)}
        for uri in sorted(described - self.declared):
            if uri.startswith(CONCEPT):
                message = _("%(uri)s is described but not declared a skos:Concept.")
                self.problem(uri, message % {"uri": uri})

    def _concept(self, uri: URIRef) -> ConceptData | None:
        key = uri.removeprefix(CONCEPT) if uri.startswith(CONCEPT) else ""
        if not KEY.fullmatch(key):
            message = _(
                "%(uri)s is not a concept of the Hub's thesaurus: a concept's URI is %(base)s "
                "followed by its key (letters, digits and hyphens, at most 60)."
            )
            self.problem(uri, message % {"uri": uri, "base": CONCEPT})
            return None
        concept = ConceptData(key)
        self._properties(uri, concept)
        self._name(uri, concept)
        self._note(uri, concept)
        self._filter(uri, concept)
        self._labels(uri, concept)
        return concept

    def _properties(self, uri: URIRef, concept: ConceptData) -> None:
        """A property of SKOS or of the Hub that the Hub does not keep would be lost: say so.
        Other vocabularies' (dct:modified…) are left out quietly."""
        for predicate in sorted({p for p in self.graph.predicates(uri) if isinstance(p, URIRef)}):
            ours = predicate.startswith(str(SKOS)) or predicate.startswith(str(HUB))
            if ours and predicate not in KEPT:
                message = _("“%(concept)s”: %(property)s is not kept by the Hub's thesaurus.")
                name = self.graph.namespace_manager.normalizeUri(predicate)
                self.problem(uri, message % {"concept": concept.key, "property": name}, predicate)

    def _one(self, uri: URIRef, concept: ConceptData, predicate: URIRef, name: str) -> list[Node]:
        values = sorted(self.graph.objects(uri, predicate), key=str)
        if len(values) > 1:
            message = _("“%(concept)s” has more than one %(property)s.")
            self.problem(uri, message % {"concept": concept.key, "property": name}, values[1])
        return values[:1]

    def _name(self, uri: URIRef, concept: ConceptData) -> None:
        english = []
        for label in sorted(self.graph.objects(uri, SKOS.prefLabel), key=str):
            if isinstance(label, Literal) and label.language == ENGLISH:
                english.append(label)
                continue
            message = _(
                "“%(concept)s” has a skos:prefLabel in “%(language)s”: the Hub keeps one "
                "preferred label, in English; give the others as skos:altLabel."
            )
            language = getattr(label, "language", None) or "?"
            self.problem(uri, message % {"concept": concept.key, "language": language}, label)
        if not english:
            message = _("“%(concept)s” has no English skos:prefLabel.")
            self.problem(uri, message % {"concept": concept.key})
        elif len(english) > 1:
            message = _("“%(concept)s” has more than one %(property)s.")
            words = {"concept": concept.key, "property": "skos:prefLabel@en"}
            self.problem(uri, message % words, english[1])
        else:
            concept.name = self._text(uri, concept, english[0], NAME_LENGTH)

    def _note(self, uri: URIRef, concept: ConceptData) -> None:
        for note in self._one(uri, concept, SKOS.scopeNote, "skos:scopeNote"):
            concept.note = self._text(uri, concept, note, NOTE_LENGTH)

    def _filter(self, uri: URIRef, concept: ConceptData) -> None:
        for target in self._one(uri, concept, HUB.filter, "hub:filter"):
            facet, _slash, value = str(target).removeprefix(str(VOCABULARY)).partition("/")
            if value in self.vocabulary.get(facet, ()) and str(target).startswith(VOCABULARY):
                concept.filter_facet, concept.filter_value = facet, value
            else:
                message = _(
                    "“%(concept)s”: hub:filter names %(target)s, which is not a value of the "
                    "vocabulary."
                )
                name = self.graph.namespace_manager.normalizeUri(str(target))
                self.problem(uri, message % {"concept": concept.key, "target": name}, target)

    def _labels(self, uri: URIRef, concept: ConceptData) -> None:
        for predicate, label in self._label_triples(uri):
            text = self._text(uri, concept, label, TERM_LENGTH)
            if text in concept.terms:
                message = _("“%(concept)s”: the label “%(label)s” is given twice.")
                self.problem(uri, message % {"concept": concept.key, "label": text}, label)
            elif self._known_language(uri, concept, label):
                language = str(label.language)
                concept.terms[text] = (language, _label_kind(predicate, language))

    def _label_triples(self, uri: URIRef) -> list[tuple[Node, Literal]]:
        triples = [
            (predicate, label)
            for predicate in LABELS
            for label in self.graph.objects(uri, predicate)
            if isinstance(label, Literal)
        ]
        return sorted(triples, key=lambda triple: (str(triple[1]), triple[1].language or ""))

    def _known_language(self, uri: URIRef, concept: ConceptData, label: Literal) -> bool:
        if label.language in i18n.codes():
            return True
        words = {"concept": concept.key, "label": str(label), "language": label.language}
        if label.language is None:
            message = _("“%(concept)s”: the label “%(label)s” has no language tag.")
        else:
            message = _(
                "“%(concept)s”: the label “%(label)s” is in an unknown language, "
                "“%(language)s” (the Hub's are %(languages)s)."
            )
            words["languages"] = ", ".join(i18n.codes())
        self.problem(uri, message % words, label)
        return False

    def _text(self, uri: URIRef, concept: ConceptData, value: Node, limit: int) -> str:
        text = str(value)
        if len(text) > limit:
            message = _("“%(concept)s”: “%(text)s” is longer than %(limit)s characters.")
            words = {"concept": concept.key, "text": text, "limit": limit}
            self.problem(uri, message % words, value)
        return text

    def _links(self, uri: URIRef, read: dict[URIRef, ConceptData | None]) -> None:
        """Narrower concepts, given as skos:narrower or, from the other end, skos:broader."""
        for predicate in LINKS:
            for target in sorted(self.graph.objects(uri, predicate), key=str):
                if not isinstance(target, URIRef) or target not in self.declared:
                    message = _(
                        "“%(concept)s”: %(property)s names %(target)s, which is not a concept "
                        "of the file."
                    )
                    words = {
                        "concept": uri.removeprefix(CONCEPT),
                        "property": self.graph.namespace_manager.normalizeUri(predicate),
                        "target": self.graph.namespace_manager.normalizeUri(str(target)),
                    }
                    self.problem(uri, message % words, target)
                    continue
                broader, narrower = (uri, target) if predicate == SKOS.narrower else (target, uri)
                whole, part = read.get(broader), read.get(narrower)
                if whole and part:
                    whole.narrower.add(part.key)


# Import ----------------------------------------------------------------------------------------


@dataclass
class Changes:
    """What an import changed."""

    concepts_added: int = 0
    concepts_changed: int = 0
    concepts_removed: int = 0
    terms_added: int = 0
    terms_changed: int = 0
    terms_removed: int = 0
    links_changed: int = 0

    def __bool__(self) -> bool:
        return any(vars(self).values())

    def __str__(self) -> str:
        if not self:
            return _("Nothing changed: the thesaurus already was what the file says.")
        return _(
            "Concepts: %(concepts_added)s added, %(concepts_changed)s changed, "
            "%(concepts_removed)s removed. Terms: %(terms_added)s added, %(terms_changed)s "
            "changed, %(terms_removed)s removed. Links to narrower concepts: %(links_changed)s "
            "added or removed."
        ) % vars(self)


def vocabulary(apps: Apps = installed_apps, using: str = "default") -> dict[str, set[str]]:
    """{facet: its values' slugs}: what a concept's filter may name."""
    return {
        facet: set(
            apps.get_model("eprm_hub", model.__name__)
            ._default_manager.using(using)
            .values_list("slug", flat=True)
        )
        for facet, model in FILTER_MODELS.items()
    }


def import_file(
    content: bytes | str, apps: Apps = installed_apps, using: str = "default"
) -> Changes:
    """Make the thesaurus what the SKOS file says: its concepts, their terms and links; a
    concept the file lacks is deleted. Nothing is written unless the whole file is right
    (ThesaurusFileError), and nothing that already is as the file says. The search uses the
    new thesaurus from its next query on: the triggers renew the "thesaurus" version.

    A migration passes its historical `apps`, as it must."""
    concepts = parse(content, vocabulary(apps, using))
    with transaction.atomic(using=using):
        return _Writer(apps, using).write(concepts)


class _Writer:
    """Writes only the differences: a statement that changes nothing would still renew the
    thesaurus's version, and every process would reload it."""

    def __init__(self, apps: Apps, using: str) -> None:
        self.concepts = apps.get_model("eprm_hub", "Concept")._default_manager.using(using)
        self.ConceptTerm = apps.get_model("eprm_hub", "ConceptTerm")
        self.changes = Changes()

    def write(self, concepts: list[ConceptData]) -> Changes:
        stored = {c.key: c for c in self.concepts.prefetch_related("terms", "narrower")}
        kept = {concept.key for concept in concepts}
        gone = {row.pk for key, row in stored.items() if key not in kept}
        if gone:
            self.concepts.filter(pk__in=gone).delete()
            self.changes.concepts_removed = len(gone)
        rows = {c.key: self._concept(stored.get(c.key), c) for c in concepts}
        self._terms(rows, concepts)
        for concept in concepts:
            before = stored.get(concept.key)
            linked = {n.pk for n in before.narrower.all()} - gone if before else set()
            self._narrower(rows, concept, linked)
        return self.changes

    def _concept(self, row, concept: ConceptData):
        fields = {
            "name": concept.name,
            "note": concept.note,
            "filter_facet": concept.filter_facet,
            "filter_value": concept.filter_value,
        }
        if row is None:
            self.changes.concepts_added += 1
            return self.concepts.create(key=concept.key, **fields)
        changed = [name for name, value in fields.items() if getattr(row, name) != value]
        if changed:
            for name in changed:
                setattr(row, name, fields[name])
            row.save(update_fields=changed)
            self.changes.concepts_changed += 1
        return row

    def _terms(self, rows: dict, concepts: list[ConceptData]) -> None:
        removed, changed, added = [], [], []
        for concept in concepts:
            stored = {term.text: term for term in rows[concept.key].terms.all()}
            removed += [term.pk for text, term in stored.items() if text not in concept.terms]
            for text, (language, kind) in sorted(concept.terms.items(), key=_term_order):
                term = stored.get(text)
                if term is None:
                    added.append(self._new_term(rows[concept.key], text, language, kind))
                elif (term.language, term.kind) != (language, kind):
                    term.language, term.kind = language, kind
                    changed.append(term)
        manager = self.ConceptTerm._default_manager.using(self.concepts.db)
        if removed:
            manager.filter(pk__in=removed).delete()
        if changed:
            manager.bulk_update(changed, ["language", "kind"])
        if added:
            manager.bulk_create(added)
        self.changes.terms_removed, self.changes.terms_changed = len(removed), len(changed)
        self.changes.terms_added = len(added)

    def _new_term(self, concept, text: str, language: str, kind: str):
        return self.ConceptTerm(concept=concept, text=text, language=language, kind=kind)

    def _narrower(self, rows: dict, concept: ConceptData, linked: set[int]) -> None:
        wanted = {rows[key].pk for key in concept.narrower}
        if wanted != linked:
            rows[concept.key].narrower.set(wanted)
            self.changes.links_changed += len(wanted ^ linked)


def _term_order(item: tuple[str, tuple[str, str]]) -> tuple:
    """New terms are added by language, then alphabetically: the search tries a concept's terms
    in the order they were added (eprm_hub/thesaurus.py)."""
    text, (language, _kind) = item
    codes = i18n.codes()
    return (codes.index(language) if language in codes else len(codes), text.casefold(), text)
