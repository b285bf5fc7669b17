"""Loading the vocabulary and the thesaurus from their data files (eprm_hub/data/), in the
migrations that seed them (docs/vocabulary.md, "Data files").

Each file holds what its migration loads, in the order it loads it, so a fresh database gets
the rows, ids included, that the migration always gave. The order of a concept's terms is data:
the search tries a concept's terms in the order they were added, up to a limit per query
(eprm_hub/thesaurus.py). A later change ships as a new data file and a migration that loads it;
a data file is never edited once a migration loads it.
"""

import json
from pathlib import Path
from typing import Any

from django.apps.registry import Apps

DATA = Path(__file__).resolve().parent / "data"

# Fields given by another term's key in the data files: {field: (model, key field)}.
FOREIGN_KEYS = {"step": ("eprm_hub.OECDStep", "number")}


def read(name: str) -> Any:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def create_terms(apps: Apps, data: dict[str, list[dict]], using: str) -> None:
    """Create or update each vocabulary term of the file ({model: [fields]}) by its slug, with
    the fields it gives, in the file's order."""
    for label, items in data.items():
        rows = apps.get_model(label)._default_manager.using(using)
        for item in items:
            fields = {name: _value(apps, using, name, value) for name, value in item.items()}
            rows.update_or_create(slug=fields.pop("slug"), defaults=fields)


def _value(apps: Apps, using: str, name: str, value: Any) -> Any:
    if name not in FOREIGN_KEYS or value is None:
        return value
    label, key = FOREIGN_KEYS[name]
    return apps.get_model(label)._default_manager.using(using).get(**{key: value})


def add_translations(apps: Apps, data: dict[str, dict[str, dict]], using: str) -> None:
    """Add the names in other languages of the file ({model: {slug: {language: {field: text}}}})
    to the terms that exist, beside those they have."""
    for label, terms in data.items():
        rows = apps.get_model(label)._default_manager.using(using)
        for term in rows.filter(slug__in=terms):
            term.translations = {**(term.translations or {}), **terms[term.slug]}
            term.save(update_fields=["translations"])


def create_concepts(apps: Apps, data: dict[str, list[dict]], using: str) -> None:
    """Create or update each concept of the file by its key, add its terms ([text, language,
    kind], in order) that it lacks, then link each to its narrower concepts."""
    concepts_of = apps.get_model("eprm_hub", "Concept")._default_manager.using(using)
    terms_of = apps.get_model("eprm_hub", "ConceptTerm")._default_manager.using(using)
    concepts = {}
    for item in data["concepts"]:
        fields = ("name", "note", "filter_facet", "filter_value")
        concept, _created = concepts_of.update_or_create(
            key=item["key"], defaults={field: item[field] for field in fields}
        )
        concepts[item["key"]] = concept
        for text, language, kind in item["terms"]:
            terms_of.get_or_create(
                concept=concept, text=text, defaults={"language": language, "kind": kind}
            )
    for item in data["concepts"]:
        concepts[item["key"]].narrower.add(*(concepts[key] for key in item["narrower"]))


def add_concept_terms(apps: Apps, data: dict[str, dict[str, list[str]]], using: str) -> None:
    """Add the terms in other languages of the file ({concept key: {language: [texts]}}) to
    the concepts that exist, as translations; a term a concept already has (in another
    language) stays as it is."""
    concepts = (
        apps.get_model("eprm_hub", "Concept")
        ._default_manager.using(using)
        .in_bulk(list(data), field_name="key")
    )
    ConceptTerm = apps.get_model("eprm_hub", "ConceptTerm")
    ConceptTerm._default_manager.using(using).bulk_create(
        (
            ConceptTerm(concept=concepts[key], text=text, language=language, kind="translation")
            for key, languages in data.items()
            if key in concepts
            for language, texts in languages.items()
            for text in texts
        ),
        ignore_conflicts=True,
    )
