"""Resources chosen for every question of the Due Diligence Check
(members/demo_data/question_resources.csv, members/question_resources.py).

On a fresh database the library is still empty and this links nothing: the demo content
(`manage.py seed_demo`) applies the same choice once the resources exist. Running it again
adds no link twice; reversing it leaves the links (an editor may have made them too).
"""

from django.db import migrations


def choose(apps, schema_editor):
    from members.question_resources import choose as apply_choice

    apply_choice(
        apps.get_model("members", "CheckQuestion"),
        apps.get_model("resources", "Resource"),
        using=schema_editor.connection.alias,
    )


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0010_path_reading_list"),
    ]

    operations = [migrations.RunPython(choose, migrations.RunPython.noop)]
