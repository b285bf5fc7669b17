"""The words of the library's texts in German and Spanish, for the synthetic resources written in
them or translated into them.

The demo library is English with French translations; the Hub's other German and Spanish text
is data the migrations load into the database: the Due Diligence Check's questions (their
help and next steps), the rules' names and summaries and Annex I's lines, the vocabulary's
names and descriptions, and the thesaurus's terms. Words drawn from them keep their real
frequencies, as the English and French ones do: "Lieferkette" and "fundiciones" are as
common in a synthetic summary as in the Hub's own German and Spanish.
"""

from dataclasses import dataclass

from checks.models import Question
from eprm_hub.models import (
    BusinessNeed,
    ConceptTerm,
    Mineral,
    OECDStep,
    Region,
    ResourceType,
    SupplyChainTier,
)
from guidance.models import AnnexLine, Rule

from .writing import words

TERMS = [Mineral, SupplyChainTier, OECDStep, BusinessNeed, ResourceType, Region]


@dataclass
class Pools:
    """The words a title and a summary in one language are drawn from."""

    title: list
    summary: list


def pools(language):
    """The Pools of a language (de, es…) from the database's texts in it."""
    terms = list(ConceptTerm.objects.filter(language=language).values_list("text", flat=True))
    names = [t.translation("name", language) for model in TERMS for t in model.objects.all()]
    rules = list(Rule.objects.all())
    # Titles name things: the thesaurus's terms, the vocabulary's names, the rules' names.
    title = words([*terms, *names, *(r.translation("name", language) for r in rules)])
    # Summaries say what a text is for and who it helps, as the questions' help and next
    # steps and the rules' summaries do; with the terms, the domain's nouns.
    sentences = [
        q.translation(field, language)
        for q in Question.objects.all()
        for field in Question.translated_fields
    ]
    sentences += [r.translation("summary", language) for r in rules]
    sentences += [a.translation("description", language) for a in AnnexLine.objects.all()]
    for model in (SupplyChainTier, BusinessNeed):
        sentences += [t.translation("description", language) for t in model.objects.all()]
    summary = words([*sentences, *terms])
    if len(title) < 100 or len(summary) < 1000:
        raise RuntimeError(f"too few {language} words in the database to write resources in it")
    return Pools(title, summary)
