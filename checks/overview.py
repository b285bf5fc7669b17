"""The Check's part of "My organisation" (members/overview.py holds the profile's): the last
finished check's scores, a check in progress, and the one thing most worth doing next."""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from members.overview import Completeness

from . import scoring
from .models import Check


@dataclass
class Overview:
    latest: dict | None  # {"check", "scores": [(step number, score)], "overall"}
    draft: Check | None
    next_step: tuple[str, str] | None  # (text, address)


def overview(organisation, membership, measure: Completeness) -> Overview:
    latest = last_check(organisation)
    draft = organisation.checks.drafts().first()
    return Overview(latest, draft, next_step(organisation, membership, measure, latest, draft))


def last_check(organisation) -> dict | None:
    """The latest finished check with its scores, or None."""
    check = organisation.checks.finished().first()
    if check is None:
        return None
    scores = scoring.step_scores(check.answers.select_related("question__step"))
    return {"check": check, "scores": sorted(scores.items()), "overall": scoring.overall(scores)}


def next_step(organisation, membership, measure, latest, draft) -> tuple[str, str] | None:
    """(text, address) of the one thing most worth doing next, or None."""
    slug = organisation.slug
    if draft is not None and membership.can_edit:
        return (
            _("Finish the Due Diligence Check you started."),
            reverse("checks:take", args=[slug, draft.date.isoformat()]),
        )
    if latest is None:
        return (
            _("Take the Due Diligence Check: 25 questions in five parts, one per OECD step."),
            reverse("checks:list", args=[slug]),
        )
    if measure.missing and membership.can_edit:
        _part, item = measure.missing[0]
        return (
            _("Complete your profile: start with “%(field)s”.") % {"field": item.label},
            f"{reverse('members:edit', args=[slug])}#{item.anchor}",
        )
    weak = [(score, number) for number, score in latest["scores"] if score is not None]
    if weak and min(weak)[0] < 100:
        score, number = min(weak)
        return (
            _("Work on step %(number)s, your lowest score (%(score)s): see what to do next.")
            % {"number": number, "score": score},
            reverse("checks:result", args=[slug, latest["check"].date.isoformat()])
            + "#next-heading",
        )
    return None
