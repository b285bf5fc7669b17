"""The Due Diligence Check across members, for editors: never one organisation's result alone."""

from statistics import median

from eprm_hub.models import OECDStep

from . import scoring
from .models import Answer, Check

# Organisations with a score for a step before any figure of that step shows: its bands,
# counts and median. Below it, a figure could be one organisation's score. No organisation is
# ever named with its score: the Check promises members that nobody sees theirs alone.
MINIMUM = 5
BUCKETS = [(0, 19), (20, 39), (40, 59), (60, 79), (80, 100)]


def latest_checks():
    """Each organisation's most recent finished check."""
    return Check.objects.finished().order_by("organisation_id", "-date").distinct("organisation_id")


def _latest_scores():
    """(number of organisations, {step number: [each organisation's latest score]})."""
    latest = list(latest_checks())
    answers = Answer.objects.filter(due_diligence_check__in=latest).select_related("question__step")
    by_check = {check.pk: [] for check in latest}
    for answer in answers:
        by_check[answer.due_diligence_check_id].append(answer)
    scored = {}
    for check in latest:
        for number, score in scoring.step_scores(by_check[check.pk]).items():
            if score is not None:
                scored.setdefault(number, []).append(score)
    return len(latest), scored


def step_distribution():
    organisations, scored = _latest_scores()
    steps = []
    for step in OECDStep.objects.all():
        values = scored.get(step.number, [])
        steps.append({"step": step, "answered": len(values), **_figures(values)})
    return {
        "organisations": organisations,
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


def medians():
    """{step number: the members' median score}, for each step that at least MINIMUM
    organisations have a score for; the benchmark a member sees beside its own scores."""
    _organisations, scored = _latest_scores()
    return {
        number: _figures(values)["median"]
        for number, values in scored.items()
        if len(values) >= MINIMUM
    }
