"""The resources chosen for each question of the Due Diligence Check (docs/check.md).

A due-diligence officer's choice, kept as data (data/question_resources.csv: the question's
key and the resource's link). Resources do not exist yet when the migrations run on a fresh
database, so both the migration that loads the questions and the demo content (checks/demo.py)
apply it: each links the resources that exist, adds no link twice and removes none an editor
made.
"""

import csv
from pathlib import Path

from django.apps import apps as installed_apps

CHOICES_CSV = Path(__file__).resolve().parent / "data" / "question_resources.csv"


def choices() -> list[tuple[str, str]]:
    """[(question key, resource link)] in the file's order."""
    with CHOICES_CSV.open(encoding="utf-8") as file:
        return [(row["question"], row["resource_url"]) for row in csv.DictReader(file)]


def choose(apps=installed_apps, using: str = "default") -> int:
    """Link each question to its chosen resources that exist; returns how many links are new.
    A migration gives its historical models (apps), the demo content the current ones."""
    question_model = apps.get_model("checks", "Question")
    wanted = choices()
    resources = dict(
        apps.get_model("resources", "Resource")
        .objects.using(using)
        .filter(url__in={url for _key, url in wanted})
        .values_list("url", "pk")
    )
    questions = dict(question_model.objects.using(using).exclude(key="").values_list("key", "pk"))
    through = question_model.resources.through
    existing = set(through.objects.using(using).values_list("question_id", "resource_id"))
    links = []
    for key, url in wanted:
        pair = (questions.get(key), resources.get(url))
        if None not in pair and pair not in existing:
            existing.add(pair)
            links.append(through(question_id=pair[0], resource_id=pair[1]))
    through.objects.using(using).bulk_create(links)
    return len(links)
