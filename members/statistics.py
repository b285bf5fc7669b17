"""The Due Diligence Check across members, for editors: never one organisation's result alone."""

from statistics import median

from eprm_hub.models import OECDStep

from . import scoring
from .models import Answer, Assessment

MINIMUM_NAMED = 5  # below this many organisations with a score, none is named
BUCKETS = [(0, 19), (20, 39), (40, 59), (60, 79), (80, 100)]


def latest_assessments():
    """Each organisation's most recent finished check."""
    return (
        Assessment.objects.filter(status=Assessment.Status.SUBMITTED)
        .order_by("organisation_id", "-date")
        .distinct("organisation_id")
        .select_related("organisation")
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
            (a.organisation.name, scores[a.pk][step.number])
            for a in latest
            if scores[a.pk].get(step.number) is not None
        ]
        values = [score for _name, score in scored]
        steps.append(
            {
                "step": step,
                "answered": len(values),
                "buckets": [
                    (f"{low}–{high}", sum(low <= v <= high for v in values))
                    for low, high in BUCKETS
                ],
                "median": round(median(values)) if values else None,
                "named": sorted(scored, key=lambda row: (-row[1], row[0]))
                if len(values) >= MINIMUM_NAMED
                else None,
            }
        )
    return {"organisations": len(latest), "steps": steps, "minimum_named": MINIMUM_NAMED}
