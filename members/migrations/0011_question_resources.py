"""Linked the Due Diligence Check's questions to the resources chosen for them. The choice is
data now (checks/data/question_resources.csv), applied by `seed_demo` (checks/demo.py,
docs/check.md); this step is kept, empty, for the databases that applied it."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0010_path_reading_list"),
    ]

    operations = []
