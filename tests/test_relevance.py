"""Search quality, tested like correctness: the relevance suite over the demo library.

tests/relevance_queries.py holds what SME staff and exporters would type (questions, acronyms,
synonyms, compound words, words without their accents, misspellings) in the six languages,
each with the resources a due-diligence officer expects in the top 3. The queries were written
before the search was tuned, by someone who had not seen its code. Each language's score may
rise, never fall: docs/library.md ("Search quality") records them, and SCORES below holds the
floors. A query spelt right is also never "corrected": a correction there sends the visitor to
a search they did not type.
"""

from collections import Counter
from dataclasses import dataclass
from urllib.parse import urlencode

import pytest
from django.db import transaction
from django.http import QueryDict
from django.utils import translation

from eprm_hub.models import Concept, ConceptTerm
from resources.demo import seed as seed_resources
from resources.models import Resource
from resources.search import CATALOGUE

from .relevance_queries import QUERIES

pytestmark = pytest.mark.django_db

# Per page language, the queries whose expected resources are in the top 3 (docs/library.md).
SCORES = {"en": 75, "fr": 40, "es": 42, "pt": 38, "de": 36, "nl": 38}

# Misspelt on purpose: the only queries the spelling correction may rewrite or question.
MISSPELT = {
    "misspelling-en",
    "misspelling-fr",
    "spanish-typo",
    "portuguese-typo",
    "german-typo",
    "dutch-typo",
}
# Every other category is spelt right; a new category must be placed on one side or the other.
SPELT_RIGHT = {
    "question",
    "acronym",
    "synonym",
    "facet-words",
    "french",
    "french-no-accents",
    *(
        f"{language}{kind}"
        for language in ("spanish", "portuguese", "german", "dutch")
        for kind in ("", "-question", "-key-word", "-acronym", "-no-accents")
    ),
    "german-compound",
    "german-no-umlauts",
    "dutch-compound",
}


class _Quiet:
    def write(self, text):
        pass


class _Command:
    stdout = _Quiet()


@dataclass(frozen=True)
class Outcome:
    item: dict
    top: list
    corrected_from: str
    correction: object  # what the page says it replaced (eprm_hub.facets spelling)

    @property
    def passed(self):
        if "expect" in self.item:
            return all(title in self.top for title in self.item["expect"])
        return any(title in self.top for title in self.item["any_of"])

    @property
    def wrongly_corrected(self):
        spelt_right = self.item["category"] not in MISSPELT
        return spelt_right and (bool(self.corrected_from) or self.correction is not None)

    def describe(self):
        item = self.item
        return (
            f"{item['q']!r} ({item['page']}): got {self.top}, corrected from "
            f"{self.corrected_from!r}: {self.correction!r}"
        )


def searched(item, titles):
    with translation.override(item["page"]):
        search = CATALOGUE.search(QueryDict(urlencode({"q": item["q"]})))
    top = [titles[pk] for pk in search.ids[:3]]
    return Outcome(item, top, search.corrected_from, search.correction)


@pytest.fixture(scope="module")
def outcomes(django_db_setup, django_db_blocker):
    """The suite runs once for the tests below, in a transaction rolled back afterwards."""
    with django_db_blocker.unblock(), transaction.atomic():
        seed_resources(_Command())
        titles = dict(Resource.objects.values_list("pk", "title"))
        found = [searched(item, titles) for item in QUERIES]
        transaction.set_rollback(True)
    return found


def scores_line(outcomes):
    asked = Counter(o.item["page"] for o in outcomes)
    passed = Counter(o.item["page"] for o in outcomes if o.passed)
    scores = ", ".join(f"{language} {passed[language]}/{asked[language]}" for language in SCORES)
    wrong = sum(o.wrongly_corrected for o in outcomes)
    return f"relevance: {scores}; wrong corrections {wrong}", passed


def test_the_relevance_suite_keeps_its_scores(outcomes, capsys, pytestconfig):
    line, passed = scores_line(outcomes)
    reporter = pytestconfig.pluginmanager.get_plugin("terminalreporter")
    with capsys.disabled():  # shown by `make test`, -q or not
        if reporter is not None:
            reporter.write_line(line)
    below = [language for language, floor in SCORES.items() if passed[language] < floor]
    failing = [o.describe() for o in outcomes if o.item["page"] in below and not o.passed]
    report = "\n".join(failing)
    assert not below, f"{line}\nBelow the floors {SCORES} in {below}. Failing:\n{report}"


def test_no_correctly_spelt_query_is_rewritten_by_the_spelling_correction(outcomes):
    wrong = [o.describe() for o in outcomes if o.wrongly_corrected]
    report = "\n".join(wrong)
    assert not wrong, f"{len(wrong)} correctly spelt queries corrected:\n{report}"


def test_the_queries_name_real_resources_and_are_well_formed():
    import csv

    from resources.demo import REFERENCE_CSV

    with REFERENCE_CSV.open(encoding="utf-8-sig") as f:
        known = {row["title"] for row in csv.DictReader(f)}
    per_language = Counter(item["page"] for item in QUERIES)
    assert set(per_language) == set(SCORES)
    assert min(per_language.values()) >= 25, per_language
    assert len({(item["q"], item["page"]) for item in QUERIES}) == len(QUERIES)
    assert not MISSPELT & SPELT_RIGHT
    for item in QUERIES:
        assert ("expect" in item) != ("any_of" in item), item
        assert item["category"] in MISSPELT | SPELT_RIGHT, item
        assert item["why"], item
        assert set(item.get("expect", item.get("any_of"))) <= known, item


def test_the_seeded_thesaurus_knows_the_field():
    assert Concept.objects.count() >= 150
    for acronym in ["3TG", "CAHRA", "ASM", "SOR", "RMAP", "CMRT", "EMRT", "LBMA", "RJC", "ITSCI",
                    "ICGLR", "OECD DDG", "CSDDD", "LkSG"]:  # fmt: skip
        named = Concept.objects.filter(name__iexact=acronym).exists()
        assert named or ConceptTerm.objects.filter(text__iexact=acronym).exists(), acronym
    for term in ["minerais de conflit", "diligence raisonnable", "devoir de vigilance",
                 "traçabilité", "fondeur", "affineur", "orpaillage", "creuseurs",
                 "zones de conflit ou à haut risque"]:  # fmt: skip
        assert ConceptTerm.objects.filter(text__iexact=term, language="fr").exists(), term
    smelter = Concept.objects.get(terms__text="fondeur")
    assert {"smelter", "refiner"} <= {t.text for t in smelter.terms.all()}
