"""Advice tied to the answers of a Due Diligence Check (docs/check.md).

For every "no" and "partly": what to do next, and the library's published resources for the
business needs of that question (Question.business_needs, and first the resources an
editor pinned to it) that fit the organisation. A resource fits when it shares one of the
organisation's supply-chain tiers (if it recorded any) and one of its minerals (if it recorded
any): the very filter of the library's facets `need`, `tier` and `mineral`, so the "see them
all in the library" link lists the same resources. An eastern-DRC mine map (upstream) is
never suggested to a downstream component maker.

Among those, the chosen ones first, then by relatedness to the question, scored as related
resources are (resources/related.py, docs/related.md): the question's needs and OECD step, the
thesaurus concepts of its text, help and next step, and the organisation's tiers and minerals.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db.models import Prefetch
from django.urls import reverse
from django.utils.translation import gettext as _

from eprm_hub.models import BusinessNeed
from resources.models import Resource
from resources.related import Scorer, Subject, concepts_in, with_terms
from resources.search import CATALOGUE

from .models import Answer, Question

WEAK = (Answer.Value.NO, Answer.Value.PARTLY)
PER_QUESTION = 3


@dataclass
class Profile:
    """The organisation's tiers and minerals, as the advice filters and explains by them."""

    tiers: list
    minerals: list

    @classmethod
    def of(cls, organisation):
        return cls(list(organisation.supply_chain_tiers.all()), list(organisation.minerals.all()))

    def fitting(self, resources):
        if self.tiers:
            resources = resources.filter(supply_chain_tiers__in=self.tiers)
        if self.minerals:
            resources = resources.filter(minerals__in=self.minerals)
        return resources


@dataclass
class Suggestion:
    resource: Resource
    why: str


@dataclass
class Advice:
    """What to do after one "no" or "partly" answer."""

    answer: Answer
    needs: list
    suggestions: list = field(default_factory=list)
    library_url: str = ""

    @property
    def question(self):
        return self.answer.question

    @property
    def why(self):
        """The answer that asks for this advice (the question is its heading)."""
        if self.answer.value == Answer.Value.NO:
            return _("Because you answered “no” to this question.")
        return _("Because you answered “partly” to this question.")


def for_answers(organisation, answers):
    """[Advice] for the weak answers, in the questions' order. A resource is suggested once,
    under the first question it helps with; the library link still lists it for the others."""
    weak = [answer for answer in answers if answer.value in WEAK]
    if not weak:
        return []
    profile = Profile.of(organisation)
    questions = [answer.question for answer in weak]
    needs = _needs(questions)
    index, thesaurus = CATALOGUE.current()
    candidates = with_terms(_candidates(profile, questions, needs), index)
    subjects = {r.pk: Subject.of_resource(r, thesaurus) for r in candidates}
    scorer = Scorer(index, thesaurus, list(subjects.values()))
    shown = set()
    found = []
    for answer in weak:
        question_needs = needs.get(answer.question_id, [])
        advice = Advice(answer, question_needs, library_url=library_url(profile, question_needs))
        subject = _subject(answer.question, question_needs, profile, thesaurus)
        scores = {pk: scorer.score(subject, other).score for pk, other in subjects.items()}
        ranked = sorted(
            (r for r in candidates if r.pk not in shown and _helps(r, answer.question_id, needs)),
            key=lambda r: _rank(r, answer.question_id, scores[r.pk]),
        )
        for resource in ranked[:PER_QUESTION]:
            shown.add(resource.pk)
            advice.suggestions.append(
                Suggestion(resource, _reason(resource, answer, question_needs, profile))
            )
        found.append(advice)
    return found


def library_url(profile, needs):
    """The resource library filtered as the advice is: the question's needs, the
    organisation's tiers and minerals (docs/facets.md: values OR'd, facets AND'd)."""
    params = [("need", need.slug) for need in needs]
    params += [("tier", tier.slug) for tier in profile.tiers]
    params += [("mineral", mineral.slug) for mineral in profile.minerals]
    return f"{reverse('resources:list')}?{urlencode(params)}"


def _needs(questions):
    """{question id: [needs]} in the needs' order."""
    through = Question.business_needs.through.objects.filter(question__in=questions).select_related(
        "businessneed"
    )
    grouped = {}
    for row in through.order_by("businessneed__order", "businessneed__name"):
        grouped.setdefault(row.question_id, []).append(row.businessneed)
    return grouped


def _subject(question, question_needs, profile, thesaurus):
    """The question as the relatedness scoring sees it: what a resource that helps with it
    would be about."""
    texts = [question.text, question.help, question.next_step]
    return Subject(
        needs=frozenset(need.slug for need in question_needs),
        steps=frozenset([question.step.slug]),
        minerals=frozenset(mineral.slug for mineral in profile.minerals),
        tiers=frozenset(tier.slug for tier in profile.tiers),
        concepts=concepts_in(thesaurus, *texts),
    )


def _candidates(profile, questions, needs):
    """The published resources that fit and help with any of these questions, in one query
    (and four for their terms)."""
    wanted = {need.pk for question_needs in needs.values() for need in question_needs}
    pinned = Resource.objects.filter(check_questions__in=questions)
    resources = profile.fitting(
        Resource.objects.published().filter(business_needs__in=wanted)
    ) | profile.fitting(Resource.objects.published().filter(pk__in=pinned))
    return list(
        Resource.objects.filter(pk__in=resources.values("pk"))
        .select_related("publisher", "resource_type")
        .prefetch_related(
            Prefetch("business_needs", queryset=BusinessNeed.objects.only("pk", "slug")),
            Prefetch(
                "check_questions",
                queryset=Question.objects.filter(pk__in=[q.pk for q in questions]).only("pk"),
                to_attr="pinned_for",
            ),
            "supply_chain_tiers",
            "minerals",
        )
    )


def _helps(resource, question_id, needs):
    if any(question.pk == question_id for question in resource.pinned_for):
        return True
    wanted = {need.pk for need in needs.get(question_id, [])}
    return any(need.pk in wanted for need in resource.business_needs.all())


def _rank(resource, question_id, score):
    """Pinned first, then the most related to the question (docs/related.md), featured, and
    by title."""
    pinned = any(question.pk == question_id for question in resource.pinned_for)
    return (not pinned, -score, not resource.featured, resource.title)


def _reason(resource, answer, question_needs, profile) -> str:
    """Why this resource: the need it serves (or the editor's choice) and how it fits."""
    return f"{_purpose(resource, answer, question_needs)} {_fit(resource, profile)}"


def _purpose(resource, answer, question_needs) -> str:
    if any(question.pk == answer.question_id for question in resource.pinned_for):
        return _("Chosen by the EPRM secretariat for this question.")
    ids = {need.pk for need in resource.business_needs.all()}
    serves = [need.label for need in question_needs if need.pk in ids]
    return _("In the library under: %(needs)s.") % {"needs": ", ".join(serves)}


def _fit(resource, profile) -> str:
    """The tiers and minerals the resource shares with the organisation."""
    tiers = ", ".join(t.label for t in resource.supply_chain_tiers.all() if t in profile.tiers)
    minerals = ", ".join(m.label for m in resource.minerals.all() if m in profile.minerals)
    if tiers and minerals:
        return _("It fits your tiers (%(tiers)s) and your minerals (%(minerals)s).") % {
            "tiers": tiers,
            "minerals": minerals,
        }
    if tiers:
        return _("It fits your tiers (%(tiers)s).") % {"tiers": tiers}
    if minerals:
        return _("It fits your minerals (%(minerals)s).") % {"minerals": minerals}
    return _("Your profile records no tier or mineral yet, so it is not filtered by them.")
