"""The log of the rows each write changed (eprm_hub_indexchange) and the function the
catalogues' triggers log them with: processes apply changes to their index instead of
rebuilding it (docs/facets.md, "Changes"). The catalogues' triggers themselves are installed
after migrate (eprm_hub.triggers.install_all), which replaces the old ones; the function that
only compared columns goes with the triggers that called it."""

from django.db import migrations, models
from django.db.models.functions import Now

from eprm_hub.triggers import (
    CHANGE_FUNCTION,
    DROP_CHANGE_FUNCTION,
    DROP_LOG_FUNCTION,
    LOG_FUNCTION,
)


class Migration(migrations.Migration):
    dependencies = [
        ("eprm_hub", "0016_search_insights"),
    ]

    operations = [
        migrations.CreateModel(
            name="IndexChange",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("name", models.CharField(max_length=40)),
                ("version", models.BigIntegerField()),
                ("source", models.CharField(max_length=63)),
                ("key", models.BigIntegerField(null=True)),
                ("at", models.DateTimeField(db_default=Now())),
            ],
            options={
                "indexes": [
                    models.Index(fields=["name", "version"], name="eprm_hub_indexchange_version")
                ],
            },
        ),
        migrations.RunSQL(LOG_FUNCTION, DROP_LOG_FUNCTION),
        migrations.RunSQL(DROP_CHANGE_FUNCTION.replace(";", " CASCADE;"), CHANGE_FUNCTION),
    ]
