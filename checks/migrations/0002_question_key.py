"""Each question gets a fixed key, by which the data files of the questions name it. The
questions seeded by members' old migrations get theirs from the first data file, found by
their step and order as those migrations seeded them."""

from django.db import migrations, models

FIRST_FILE = "questions-2026-12.json"


def adopt(apps, schema_editor):
    from checks.loading import read

    alias = schema_editor.connection.alias
    questions = apps.get_model("checks", "Question").objects.using(alias)
    for item in read(FIRST_FILE)["questions"]:
        seeded = questions.filter(key="", step__number=item["step"], order=item["order"])
        # An editor may have added a question with the same step and order: the first one
        # (the seeded one, by id) takes the key.
        first = seeded.order_by("pk").first()
        if first is not None:
            first.key = item["key"]
            first.save(update_fields=["key"])


class Migration(migrations.Migration):
    dependencies = [
        ("checks", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="question",
            name="key",
            field=models.SlugField(
                blank=True, editable=False, max_length=60, verbose_name="identifier"
            ),
        ),
        migrations.RunPython(adopt, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="question",
            constraint=models.UniqueConstraint(
                condition=models.Q(("key", ""), _negated=True),
                fields=("key",),
                name="one_question_per_key",
            ),
        ),
    ]
