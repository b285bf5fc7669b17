"""Scores of the Due Diligence Check: per OECD step 0–100, and overall."""

from collections import defaultdict

from .models import Answer

POINTS = {Answer.Value.YES: 1.0, Answer.Value.PARTLY: 0.5, Answer.Value.NO: 0.0}


def step_scores(answers):
    """{step number: score 0–100, or None when every answer was "not applicable"}.

    Each answer counts with its question's weight; "not applicable" answers are left out.
    answers: Answer objects with their question (select_related("question__step")).
    """
    earned, possible = defaultdict(float), defaultdict(float)
    steps = set()
    for answer in answers:
        number = answer.question.step.number
        steps.add(number)
        if answer.value in POINTS:
            earned[number] += POINTS[answer.value] * answer.question.weight
            possible[number] += answer.question.weight
    return {
        number: round(100 * earned[number] / possible[number]) if possible[number] else None
        for number in sorted(steps)
    }


def overall(scores):
    """The mean of the step scores that exist: each OECD step counts the same."""
    values = [score for score in scores.values() if score is not None]
    return round(sum(values) / len(values)) if values else None
