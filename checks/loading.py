"""Loading the Check's questions from a data file (checks/data/questions-*.json, docs/check.md)
in a migration. A question is found by its key; loading the same file again changes nothing."""

import json
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
FIELDS = ("order", "weight", "active", "text", "help", "next_step", "translations")


def read(name: str) -> dict:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def load_questions(apps, data: dict, using: str = "default", replace: bool = True) -> None:
    """Create or update each question of the file, with its business needs. With replace
    off, a question that already exists is left as editors made it."""
    Question = apps.get_model("checks", "Question")
    steps = apps.get_model("eprm_hub", "OECDStep").objects.using(using).in_bulk(field_name="number")
    needs = (
        apps.get_model("eprm_hub", "BusinessNeed").objects.using(using).in_bulk(field_name="slug")
    )
    for item in data["questions"]:
        values = {"step": steps[item["step"]], **{name: item[name] for name in FIELDS}}
        questions = Question.objects.using(using)
        if replace:
            question, _created = questions.update_or_create(key=item["key"], defaults=values)
        else:
            question, created = questions.get_or_create(key=item["key"], defaults=values)
            if not created:
                continue
        question.business_needs.set([needs[slug] for slug in item["business_needs"]])
