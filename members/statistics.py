"""The Due Diligence Check across members, for editors: never one organisation's result alone."""

from statistics import median

from eprm_hub.models import OECDStep

from . import scoring
from .models import Answer, Assessment

# Organisations with a score for a step before any figure of that step shows: its bands,
# counts and median. Below it, a figure could be one organisation's score. No organisation is
# ever named with its score: the Check promises members that nobody sees theirs alone.
MINIMUM = 5
BUCKETS = [(0, 19), (20, 39), (40, 59), (60, 79), (80, 100)]


def latest_assessments():
    """Each organisation's most recent finished check."""
    return (
        Assessment.objects.filter(status=Assessment.Status.SUBMITTED)
        .order_by("organisation_id", "-date")
        .distinct("organisation_id")
    )


def step_distribution():
    latest = list(latest_assessments())
    answers = Answer.objects.filter(assessment__in=latest).select_related("question__step")
    by_assessment = {a.pk: [] for a in latest}
    for answer in answers:
        by_assessment[answer.assessment_id].append(answer)
    scores = {a.pk: scoring.step_scores(by_assessment[a.pk]) for a in latest}
    steps = []
    for step in OECDStep.objects.all():
        scored = [
            scores[a.pk][step.number] for a in latest if scores[a.pk].get(step.number) is not None
        ]
        steps.append({"step": step, "answered": len(scored), **_figures(scored)})
    return {
        "organisations": len(latest),
        "steps": steps,
        "bands": [f"{low}–{high}" for low, high in BUCKETS],
        "minimum": MINIMUM,
    }


def _figures(values):
    """A step's figures from its scores, or None for each when too few organisations have a
    score: the numbers then never leave this module."""
    if len(values) < MINIMUM:
        return {"shown": False, "buckets": None, "median": None}
    return {
        "shown": True,
        "buckets": [
            (f"{low}–{high}", sum(low <= v <= high for v in values)) for low, high in BUCKETS
        ],
        "median": round(median(values)),
    }
