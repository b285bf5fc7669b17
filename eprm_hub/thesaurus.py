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
    languages: tuple  # the language of each form
    narrower: tuple  # ids of narrower concepts
    filter: tuple | None  # (facet, value) a query naming it offers as a filter
    key: str = ""

    @property
    def everyday(self):
        """A bridge between languages for a common word ("model", "free"), not a concept of
        the field: it helps a query match, but says nothing of what a text is about."""
        return self.key.startswith("w-")


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

    def preferred(self, folded):
        """The preferred term of the first concept one of whose terms has these words."""
        concepts = self._lookup.get(folded)
        return self.entries[concepts[0]].forms[0] if concepts else None

    def forms(self, typed, concepts, language=None):
        """The forms a clause searches for: as typed, the concepts' terms, then the narrower
        concepts' terms, without repeats. Of the terms in other languages, those in the
        library's own (English, French) and the page's language: a term in German finds
        little on Spanish pages, and each form costs the query its tsqueries."""
        found, seen = [], set()
        wanted = {"en", "fr", language} if language else None

        def add(form, form_language="en"):
            folded = key(words(form))
            if wanted is not None and form_language not in wanted:
                return
            if folded not in seen:
                seen.add(folded)
                found.append(form)

        add(typed)
        for pk in concepts:
            entry = self.entries[pk]
            for form, form_language in zip(entry.forms, entry.languages, strict=True):
                add(form, form_language)
        entries = self.entries
        narrower = [entries[n] for pk in concepts for n in entries[pk].narrower if n in entries]
        for entry in narrower:
            add(entry.forms[0])
        for entry in narrower:
            for form, form_language in zip(entry.forms[1:], entry.languages[1:], strict=True):
                add(form, form_language)
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
        forms = {_form(concept.name): "en"}
        for term in ordered:
            forms.setdefault(_form(term.text), term.language)
        forms = {form: language for form, language in forms.items() if words(form)}
        entries[concept.pk] = Entry(
            concept.name,
            tuple(forms),
            tuple(forms.values()),
            tuple(narrower.get(concept.pk, ())),
            (concept.filter_facet, concept.filter_value) if concept.filter_facet else None,
            concept.key,
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
