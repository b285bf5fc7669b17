"""Seeded the advice of the Due Diligence Check's questions (what to do next, the business
needs that help). It is data now, with the questions, in checks/data/questions-2026-12.json
(docs/check.md); this step is kept, empty, for the databases that applied it."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("eprm_hub", "0002_seed_vocabulary"),
        ("members", "0006_check_question_advice"),
    ]

    operations = []
