"""The rules as of December 2026, from guidance/data/rules-2026-12.json (docs/rules.md). A
later change of the rules ships as a new data file and a migration that loads it."""

import json
from pathlib import Path

from django.db import migrations

DATA = Path(__file__).resolve().parent.parent / "data" / "rules-2026-12.json"


def load(apps, schema_editor):
    from guidance.loading import load_rules

    load_rules(apps, json.loads(DATA.read_text(encoding="utf-8")))


class Migration(migrations.Migration):
    dependencies = [
        ("guidance", "0001_initial"),
        ("eprm_hub", "0013_stored_name_documents"),
        ("resources", "0008_words_of_translations"),
    ]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
