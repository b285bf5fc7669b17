"""The path's reading list joins the path in this app: the models were members' ReadingList
and ReadingListItem (members/0013 removed them from that app's state). Their tables, with
every row, are renamed to this app's names."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

RENAMES = [
    ("members_readinglist", "guidance_readinglist"),
    ("members_readinglistitem", "guidance_readinglistitem"),
]


class Migration(migrations.Migration):
    dependencies = [
        ("guidance", "0002_seed_rules"),
        ("members", "0013_check_and_reading_list_move_out"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[
                migrations.RunSQL(
                    [f"ALTER TABLE {old} RENAME TO {new}" for old, new in RENAMES],
                    reverse_sql=[f"ALTER TABLE {new} RENAME TO {old}" for old, new in RENAMES],
                )
            ],
            state_operations=[
                migrations.CreateModel(
                    name="ReadingList",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        (
                            "query",
                            models.CharField(
                                help_text="The path's query string: tier, mineral, size.",
                                max_length=500,
                                verbose_name="path",
                            ),
                        ),
                        ("saved_at", models.DateTimeField(auto_now=True, verbose_name="saved at")),
                        (
                            "organisation",
                            models.OneToOneField(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="reading_list",
                                to="members.organisation",
                            ),
                        ),
                        (
                            "saved_by",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "reading list",
                        "verbose_name_plural": "reading lists",
                    },
                ),
                migrations.CreateModel(
                    name="ReadingListItem",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        ("position", models.PositiveSmallIntegerField(default=0)),
                        ("why", models.CharField(blank=True, max_length=500, verbose_name="why")),
                        ("done", models.BooleanField(default=False, verbose_name="read")),
                        (
                            "reading_list",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="items",
                                to="guidance.readinglist",
                            ),
                        ),
                        (
                            "resource",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="+",
                                to="resources.resource",
                            ),
                        ),
                        (
                            "step",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="+",
                                to="eprm_hub.oecdstep",
                            ),
                        ),
                    ],
                    options={
                        "ordering": ["position", "pk"],
                        "constraints": [
                            models.UniqueConstraint(
                                fields=("reading_list", "resource"),
                                name="one_resource_once_per_reading_list",
                            )
                        ],
                    },
                ),
            ],
        ),
    ]
