"""Seeded the Due Diligence Check's questions in Spanish, Portuguese, German and Dutch. They are
data now, with the questions, in checks/data/questions-2026-12.json (docs/check.md); this step
is kept, empty, for the databases that applied it."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("members", "0008_languages")]

    operations = []
