"""The Check's move to its own app (checks/migrations/0001) and the reading list's to guidance
(guidance/migrations/0003): on a database with checks, answers, questions as editors left them
and a reading list, migrating forward moves no row, and the questions load from their data file
(checks/data/questions-*.json) without undoing an editor's change."""

import datetime

import pytest
from django.core.management import call_command
from django.db import connections
from django.db.migrations.executor import MigrationExecutor

from checks.loading import read
from checks.models import Answer, Check, Question
from guidance.models import ReadingList
from tests.test_migrations import empty_database  # noqa: F401  (a fixture)

BEFORE = [("members", "0012_random_upload_names"), ("guidance", "0002_seed_rules")]
FIRST_FILE = read("questions-2026-12.json")["questions"]


def old_models(alias):
    state = MigrationExecutor(connections[alias]).loader.project_state(BEFORE)
    return lambda app, model: state.apps.get_model(app, model).objects.using(alias)


def fill_the_old_tables(model):
    """What main's migrations and a year of use leave: the seeded questions (two here, one
    reworded by an editor), a question an editor added, a finished check, a reading list."""
    step = model("eprm_hub", "OECDStep").get(number=1)
    seeded = [
        model("members", "CheckQuestion").create(
            step=step, order=item["order"], text=item["text"], weight=item["weight"]
        )
        for item in FIRST_FILE[:2]
    ]
    seeded[1].text = "Reworded by an editor?"
    seeded[1].save()
    seeded[0].business_needs.set(model("eprm_hub", "BusinessNeed").filter(slug="assess-risks"))
    added = model("members", "CheckQuestion").create(step=step, order=60, text="Added?")
    organisation = model("members", "Organisation").create(name="Alpha Metals", slug="alpha")
    check = model("members", "Assessment").create(
        organisation=organisation, date=datetime.date(2025, 5, 20), status="submitted"
    )
    for question, value in zip([*seeded, added], ["yes", "partly", "no"], strict=True):
        model("members", "Answer").create(assessment=check, question=question, value=value)
    resource = model("resources", "Resource").create(
        title="A guide",
        slug="a-guide",
        url="https://example.org/guide",
        summary="-",
        resource_type=model("eprm_hub", "ResourceType").first(),
    )
    seeded[0].resources.add(resource)
    reading = model("members", "ReadingList").create(organisation=organisation, query="tier=x")
    reading.items.create(resource=resource, step=step, position=1, why="Because.", done=True)
    return [question.pk for question in [*seeded, added]], check.pk


def test_moving_the_check_and_the_reading_list_keeps_every_row(
    empty_database,  # noqa: F811
    django_db_blocker,
):
    alias = empty_database
    with django_db_blocker.unblock():
        for app, name in [("auth", None), *BEFORE]:
            call_command("migrate", app, *filter(None, [name]), database=alias, verbosity=0)
        (policy, reworded, added), check_pk = fill_the_old_tables(old_models(alias))

        call_command("migrate", database=alias, verbosity=0)

        check = Check.objects.using(alias).get(pk=check_pk)
        assert (check.organisation.name, check.status) == ("Alpha Metals", "submitted")
        answers = Answer.objects.using(alias).filter(due_diligence_check=check)
        assert sorted(answers.values_list("question_id", "value")) == [
            (policy, "yes"), (reworded, "partly"), (added, "no")
        ]  # fmt: skip
        questions = Question.objects.using(alias)
        # The seeded questions get their keys; the editor's wording and additions stay.
        assert questions.get(pk=policy).key == FIRST_FILE[0]["key"]
        assert list(questions.get(pk=policy).business_needs.values_list("slug", flat=True)) == [
            "assess-risks"
        ]
        assert questions.get(pk=policy).resources.get().title == "A guide"
        assert (questions.get(pk=reworded).key, questions.get(pk=reworded).text) == (
            FIRST_FILE[1]["key"],
            "Reworded by an editor?",
        )
        assert questions.get(pk=added).key == ""
        # The file's other questions are added.
        assert questions.count() == len(FIRST_FILE) + 1
        assert set(questions.exclude(key="").values_list("key", flat=True)) == {
            item["key"] for item in FIRST_FILE
        }
        reading = ReadingList.objects.using(alias).get()
        assert (reading.organisation_id, reading.query) == (check.organisation_id, "tier=x")
        assert list(reading.items.values_list("why", "done")) == [("Because.", True)]

        # And back: the tables take their old names again, with their rows.
        call_command("migrate", "members", "0012", database=alias, verbosity=0)
        model = old_models(alias)
        assert model("members", "Answer").filter(assessment_id=check_pk).count() == 3
        assert model("members", "ReadingListItem").count() == 1


@pytest.mark.django_db
def test_a_fresh_database_gets_the_questions_of_the_data_file():
    # The test database was migrated from zero for this run: it is such a database.
    questions = Question.objects.select_related("step").order_by("pk")
    loaded = [
        {
            "key": q.key,
            "step": q.step.number,
            "order": q.order,
            "weight": q.weight,
            "active": q.active,
            "text": q.text,
            "help": q.help,
            "next_step": q.next_step,
            "business_needs": sorted(q.business_needs.values_list("slug", flat=True)),
            "translations": q.translations,
        }
        for q in questions
    ]
    assert loaded == [
        {**item, "business_needs": sorted(item["business_needs"])} for item in FIRST_FILE
    ]
