"""Seed the shared vocabulary (docs/vocabulary.md): its slugs are fixed, URLs depend on them.
The terms, with their French names, are in eprm_hub/data/0002-vocabulary.json."""

from django.db import migrations

from eprm_hub import loading


def seed(apps, schema_editor):
    data = loading.read("0002-vocabulary.json")
    loading.create_terms(apps, data, schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [("eprm_hub", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
