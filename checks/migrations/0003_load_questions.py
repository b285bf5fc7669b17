"""The Check's questions, with their advice and in six languages, from
checks/data/questions-2026-12.json (docs/check.md). A later change of the questions ships as a
new data file and a migration that loads it.

On a database that already had the questions (seeded by members' old migrations, keyed by
0002), they are left as editors made them: this first file only adds what is missing. The
resources chosen for each question are linked by `seed_demo` (checks/demo.py): on a fresh
database the library is empty here."""

from django.db import migrations


def load(apps, schema_editor):
    from checks.loading import load_questions, read

    load_questions(
        apps, read("questions-2026-12.json"), using=schema_editor.connection.alias, replace=False
    )


class Migration(migrations.Migration):
    dependencies = [
        ("checks", "0002_question_key"),
        ("eprm_hub", "0002_seed_vocabulary"),
    ]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
