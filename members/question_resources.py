"""The resources chosen for each question of the Due Diligence Check (docs/check.md).

A due-diligence officer's choice, kept as data (demo_data/question_resources.csv: the
question's step and order as 0002 seeded them, and the resource's link). Resources do not
exist yet when the migrations run on a fresh database, so both the data migration
(0011_question_resources) and the demo content (members/demo.py) apply it: each links the
resources that exist, adds no link twice and removes none an editor made.
"""

import csv
from pathlib import Path

CHOICES_CSV = Path(__file__).parent / "demo_data" / "question_resources.csv"


def choices():
    """[(step, order, resource link)] in the file's order."""
    with CHOICES_CSV.open(encoding="utf-8") as file:
        return [
            (int(row["step"]), int(row["order"]), row["resource_url"])
            for row in csv.DictReader(file)
        ]


def choose(question_model=None, resource_model=None, using="default"):
    """Link each question to its chosen resources that exist; returns how many links are new.
    The models are given by a migration (its historical models), else the current ones."""
    if question_model is None:
        from resources.models import Resource

        from .models import CheckQuestion

        question_model, resource_model = CheckQuestion, Resource
    wanted = choices()
    resources = dict(
        resource_model.objects.using(using)
        .filter(url__in={url for _step, _order, url in wanted})
        .values_list("url", "pk")
    )
    questions = {}
    for question in question_model.objects.using(using).filter(step__number__lte=5):
        questions.setdefault((question.step.number, question.order), []).append(question.pk)
    through = question_model.resources.through
    existing = set(through.objects.using(using).values_list("checkquestion_id", "resource_id"))
    links = []
    for step, order, url in wanted:
        if url not in resources:
            continue
        for question_pk in questions.get((step, order), []):
            pair = (question_pk, resources[url])
            if pair not in existing:
                existing.add(pair)
                links.append(through(checkquestion_id=question_pk, resource_id=resources[url]))
    through.objects.using(using).bulk_create(links)
    return len(links)
