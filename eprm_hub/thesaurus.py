"""The thesaurus as the search reads it: every concept's terms, loaded once per version.

Editors change the thesaurus in the admin; database triggers renew its IndexVersion row
("thesaurus"), which every search reads with its catalogue's version (eprm_hub.facets), so
all server processes use an edit from their next request on.
"""

import threading
from dataclasses import dataclass

from .textquery import key, normalise, words

VERSION_NAME = "thesaurus"


@dataclass(frozen=True)
class Entry:
    name: str
    forms: tuple  # each term, normalised; the preferred term first, then acronyms…
    narrower: tuple  # ids of narrower concepts
    filter: tuple | None  # (facet, value) a query naming it offers as a filter


class Thesaurus:
    def __init__(self, entries):
        self.entries = entries
        self._lookup = {}
        # {folded term words: (facet, value)} for the concepts that name a vocabulary value.
        self.filters = {}
        for pk, entry in entries.items():
            for form in entry.forms:
                folded = key(words(form))
                concepts = self._lookup.setdefault(folded, [])
                if pk not in concepts:
                    concepts.append(pk)
                if entry.filter:
                    self.filters.setdefault(folded, entry.filter)
        self.longest = max((len(k) for k in self._lookup), default=0)

    def lookup(self, folded):
        """The concepts one of whose terms has these (folded) words."""
        return tuple(self._lookup.get(folded, ()))

    def forms(self, typed, concepts):
        """The forms a clause searches for: as typed, the concepts' terms, then the narrower
        concepts' terms, without repeats."""
        found, seen = [], set()

        def add(form):
            folded = key(words(form))
            if folded not in seen:
                seen.add(folded)
                found.append(form)

        add(typed)
        for pk in concepts:
            for form in self.entries[pk].forms:
                add(form)
        narrower = [n for pk in concepts for n in self.entries[pk].narrower if n in self.entries]
        for pk in narrower:
            add(self.entries[pk].forms[0])
        for pk in narrower:
            for form in self.entries[pk].forms[1:]:
                add(form)
        return tuple(found)


_KIND_ORDER = {"acronym": 0, "synonym": 1, "translation": 2}
_lock = threading.Lock()
_current = (None, Thesaurus({}))


def load():
    from .models import Concept, ConceptTerm

    entries = {}
    terms = {}
    for term in ConceptTerm.objects.order_by("concept_id", "pk"):
        terms.setdefault(term.concept_id, []).append(term)
    narrower = {}
    for concept_id, other_id in Concept.narrower.through.objects.values_list(
        "from_concept_id", "to_concept_id"
    ):
        narrower.setdefault(concept_id, []).append(other_id)
    for concept in Concept.objects.all():
        ordered = sorted(terms.get(concept.pk, []), key=lambda t: _KIND_ORDER.get(t.kind, 3))
        forms = [_form(concept.name)] + [_form(term.text) for term in ordered]
        entries[concept.pk] = Entry(
            concept.name,
            tuple(dict.fromkeys(form for form in forms if words(form))),
            tuple(narrower.get(concept.pk, ())),
            (concept.filter_facet, concept.filter_value) if concept.filter_facet else None,
        )
    return Thesaurus(entries)


def _form(text):
    return " ".join(normalise(text).split())


def at(version):
    """The thesaurus at this version, loaded when it changed since this process last read it."""
    global _current
    with _lock:
        if _current[0] != version:
            _current = (version, load())
        return _current[1]
