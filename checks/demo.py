"""Demo content: two checks a year apart for the demo member's fictional organisation
(members/demo.py), and the resources chosen for each question."""

import datetime

from django.contrib.auth import get_user_model

from members.demo import DEMO_ORGANISATION
from members.models import Organisation

from . import question_resources
from .models import Answer, Check, Question

CHECK_DATES = [datetime.date(2025, 5, 20), datetime.date(2026, 5, 20)]
# A pattern that reads like a real company: strong on policy, weak on audits and reports,
# better a year later.
PATTERN = {
    1: ["yes", "yes", "partly", "yes", "no"],
    2: ["partly", "no", "partly", "no", "na"],
    3: ["no", "no", "partly", "no", "no"],
    4: ["no", "no", "na", "no", "no"],
    5: ["no", "no", "no", "na", "no"],
}
BETTER = {"no": "partly", "partly": "yes", "yes": "yes", "na": "na"}


def seed(command):
    demo = Organisation.objects.get(name=DEMO_ORGANISATION)
    member = get_user_model().objects.get(username="member")
    for number, date in enumerate(CHECK_DATES):
        _check(demo, member, date, improved=number > 0)
    # The library is loaded by now (resources come before the checks): link each question to
    # the resources chosen for it, which migrations could not on a fresh database.
    question_resources.choose()


def _check(organisation, user, date, improved):
    check, created = Check.objects.get_or_create(
        organisation=organisation,
        date=date,
        defaults={"created_by": user, "status": Check.Status.SUBMITTED},
    )
    if not created:
        return
    for step, questions in _questions_by_step().items():
        for question, value in zip(questions, PATTERN[step], strict=False):
            Answer.objects.create(
                due_diligence_check=check,
                question=question,
                value=BETTER[value] if improved and step <= 3 else value,
            )
    check.submitted_at = datetime.datetime.combine(date, datetime.time(12), datetime.UTC)
    check.save()


def _questions_by_step():
    grouped = {}
    for question in Question.objects.filter(active=True).select_related("step"):
        grouped.setdefault(question.step.number, []).append(question)
    return grouped
