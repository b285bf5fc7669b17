"""A member's "New for my organisation" digest: which new resources fit the organisation's
profile, and in which order (the OECD steps where its last Due Diligence Check scored lowest
come first)."""

from dataclasses import dataclass, field

from django.db.models import Q

from checks import scoring
from checks.models import Check
from eprm_hub.models import OECDStep
from members.models import Membership
from resources.models import Resource


def organisation_of(user):
    """The organisation a member user belongs to; None once they no longer do."""
    membership = Membership.objects.filter(user=user).select_related("organisation").first()
    return membership.organisation if membership else None


def fitting(organisation, pks):
    """Those of these resources that fit the organisation's supply-chain tiers and minerals.

    A resource with no tier (or no mineral) recorded is meant for every tier (or mineral); an
    organisation with none recorded is sent resources for any."""
    rows = Resource.objects.published().filter(pk__in=pks)
    tiers = list(organisation.supply_chain_tiers.values_list("pk", flat=True))
    minerals = list(organisation.minerals.values_list("pk", flat=True))
    if tiers:
        rows = rows.filter(Q(supply_chain_tiers__isnull=True) | Q(supply_chain_tiers__in=tiers))
    if minerals:
        rows = rows.filter(Q(minerals__isnull=True) | Q(minerals__in=minerals))
    return list(rows.distinct().values_list("pk", flat=True))


def last_scores(organisation):
    """{step number: score} of the organisation's last finished Check ({} without one)."""
    checks = Check.objects.finished().filter(organisation=organisation)
    last = checks.order_by("-date", "-pk").first()
    if last is None:
        return {}
    return scoring.step_scores(last.answers.select_related("question__step"))


@dataclass
class Section:
    step: OECDStep | None  # None: resources tied to no step
    score: int | None  # the step's score in the last Check
    resources: list = field(default_factory=list)


def sections(organisation, resources):
    """The resources under the steps they help with, the lowest-scoring step first (a step
    with no score after those with one, then in the guidance's order); a resource helping with
    several steps appears once, under the first of them."""
    scores = last_scores(organisation)
    steps = sorted(
        OECDStep.objects.all(),
        key=lambda s: (scores.get(s.number) is None, scores.get(s.number) or 0, s.number),
    )
    found = {step.pk: Section(step, scores.get(step.number)) for step in steps}
    rest = Section(None, None)
    rank = {step.pk: position for position, step in enumerate(steps)}
    for resource in resources:
        own = [s.pk for s in resource.oecd_steps.all()]
        (found[min(own, key=rank.__getitem__)] if own else rest).resources.append(resource)
    return [s for s in [*found.values(), rest] if s.resources]
