"""The Due Diligence Check in its own app: its models were members' Assessment, CheckQuestion and
Answer (members/0013 removed them from that app's state). Their tables, with every row, are
renamed to this app's names, and so are the two columns named after the old models."""

import django.core.validators
import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models

RENAMES = [
    # (old table, new table, [(old column, new column)])
    ("members_checkquestion", "checks_question", []),
    (
        "members_checkquestion_business_needs",
        "checks_question_business_needs",
        [("checkquestion_id", "question_id")],
    ),
    (
        "members_checkquestion_resources",
        "checks_question_resources",
        [("checkquestion_id", "question_id")],
    ),
    ("members_assessment", "checks_check", []),
    ("members_answer", "checks_answer", [("assessment_id", "due_diligence_check_id")]),
]


def rename_sql(renames):
    statements = []
    for old, new, columns in renames:
        statements.append(f"ALTER TABLE {old} RENAME TO {new}")
        statements += [f"ALTER TABLE {new} RENAME COLUMN {a} TO {b}" for a, b in columns]
    return statements


def back(renames):
    return [(new, old, [(b, a) for a, b in columns]) for old, new, columns in reversed(renames)]


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("members", "0013_check_and_reading_list_move_out"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[
                migrations.RunSQL(rename_sql(RENAMES), reverse_sql=rename_sql(back(RENAMES)))
            ],
            state_operations=[
                migrations.CreateModel(
                    name="Check",
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
                            "date",
                            models.DateField(
                                default=django.utils.timezone.localdate, verbose_name="date"
                            ),
                        ),
                        (
                            "status",
                            models.CharField(
                                choices=[("draft", "Draft"), ("submitted", "Finished")],
                                default="draft",
                                max_length=10,
                                verbose_name="status",
                            ),
                        ),
                        (
                            "submitted_at",
                            models.DateTimeField(blank=True, null=True, verbose_name="finished at"),
                        ),
                        ("updated", models.DateTimeField(auto_now=True, verbose_name="updated")),
                        (
                            "created_by",
                            models.ForeignKey(
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                                verbose_name="started by",
                            ),
                        ),
                        (
                            "organisation",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="checks",
                                to="members.organisation",
                                verbose_name="organisation",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "Due Diligence Check",
                        "verbose_name_plural": "Due Diligence Checks",
                        "ordering": ["organisation", "-date"],
                    },
                ),
                migrations.CreateModel(
                    name="Question",
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
                            "translations",
                            models.JSONField(
                                blank=True,
                                default=dict,
                                editable=False,
                                verbose_name="translations",
                            ),
                        ),
                        ("text", models.CharField(max_length=300, verbose_name="question")),
                        (
                            "help",
                            models.TextField(
                                blank=True,
                                help_text="What a good answer looks like.",
                                verbose_name="help",
                            ),
                        ),
                        (
                            "order",
                            models.PositiveSmallIntegerField(default=0, verbose_name="order"),
                        ),
                        (
                            "weight",
                            models.PositiveSmallIntegerField(
                                default=1,
                                help_text="1 to 5: how much the answer counts in its step's score.",
                                validators=[
                                    django.core.validators.MinValueValidator(1),
                                    django.core.validators.MaxValueValidator(5),
                                ],
                                verbose_name="weight",
                            ),
                        ),
                        (
                            "active",
                            models.BooleanField(
                                default=True,
                                help_text="Retired questions stay in earlier checks.",
                                verbose_name="asked",
                            ),
                        ),
                        (
                            "next_step",
                            models.TextField(
                                blank=True,
                                help_text="Shown in the results to a company that answers no or partly: the first thing to do, in a sentence or two.",
                                verbose_name="what to do next",
                            ),
                        ),
                        (
                            "business_needs",
                            models.ManyToManyField(
                                blank=True,
                                help_text="What a company that answers no or partly needs to do next. The results suggest the library's resources for these needs that fit the company's tiers and minerals.",
                                related_name="check_questions",
                                to="eprm_hub.businessneed",
                                verbose_name="business needs that help",
                            ),
                        ),
                        (
                            "resources",
                            models.ManyToManyField(
                                blank=True,
                                help_text="Optional: resources to suggest first for this question, when they are published and fit the company's tiers and minerals.",
                                related_name="check_questions",
                                to="resources.resource",
                                verbose_name="resources that help",
                            ),
                        ),
                        (
                            "step",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="questions",
                                to="eprm_hub.oecdstep",
                                verbose_name="OECD step",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "check question",
                        "verbose_name_plural": "check questions",
                        "ordering": ["step__number", "order", "pk"],
                    },
                ),
                migrations.CreateModel(
                    name="Answer",
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
                            "value",
                            models.CharField(
                                choices=[
                                    ("yes", "Yes"),
                                    ("partly", "Partly"),
                                    ("no", "No"),
                                    ("na", "Not applicable"),
                                ],
                                max_length=6,
                                verbose_name="answer",
                            ),
                        ),
                        ("note", models.CharField(blank=True, max_length=500, verbose_name="note")),
                        (
                            "due_diligence_check",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="answers",
                                to="checks.check",
                                verbose_name="Due Diligence Check",
                            ),
                        ),
                        (
                            "question",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="answers",
                                to="checks.question",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "answer",
                        "verbose_name_plural": "answers",
                    },
                ),
                migrations.AddConstraint(
                    model_name="check",
                    constraint=models.UniqueConstraint(
                        fields=("organisation", "date"), name="one_check_per_day"
                    ),
                ),
                migrations.AddConstraint(
                    model_name="answer",
                    constraint=models.UniqueConstraint(
                        fields=("due_diligence_check", "question"), name="one_answer_per_question"
                    ),
                ),
            ],
        ),
    ]
