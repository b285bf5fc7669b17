"""Seeded the Due Diligence Check's questions. They are data now, in
checks/data/questions-2026-12.json, loaded by checks/migrations/0003_load_questions.py
(docs/check.md); this step is kept, empty, for the databases that applied it."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("eprm_hub", "0002_seed_vocabulary"),
        ("members", "0001_initial"),
    ]

    operations = []
