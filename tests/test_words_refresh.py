""" "Did you mean" follows the library: a change queues the refresh of its words view, which
the job engine's worker runs, never a visitor's request (eprm_hub/tasks.py)."""

import pytest
from django.core.management import call_command
from django.db import connection
from django.http import QueryDict
from django_tasks_db.models import DBTaskResult

from resources.models import Resource
from resources.search import CATALOGUE

from . import factories


def words_view_has(word):
    with connection.cursor() as cursor:
        cursor.execute("SELECT EXISTS (SELECT 1 FROM resources_searchword WHERE word = %s)", [word])
        return cursor.fetchone()[0]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_edit_queues_the_refresh_and_the_worker_runs_it(client):
    DBTaskResult.objects.all().delete()
    factories.resource("Zirconolite sourcing guide")  # committed: a transactional test
    assert DBTaskResult.objects.filter(task_path="eprm_hub.tasks.refresh_words").exists()

    # Until the worker runs, a visitor's search reads the view as it is: no refresh there.
    search = CATALOGUE.search(QueryDict("q=zirconolyte"))
    assert search.suggestion is None
    assert not words_view_has("zirconolite")

    call_command("db_worker", "--batch", "--no-startup-delay", "--queue-name", "*", verbosity=0)
    assert words_view_has("zirconolite")
    search = CATALOGUE.search(QueryDict("q=zirconolyte"))
    assert search.corrected_from == "zirconolyte" and search.total == 1

    # A save that changes nothing a listing reads queues the refresh too, which then finds
    # the view current and leaves it.
    queued = DBTaskResult.objects.count()
    resource = Resource.objects.get()
    resource.last_reviewed_on = resource.created.date()
    resource.save()
    assert DBTaskResult.objects.count() == queued + 1
    with connection.cursor() as cursor:
        cursor.execute("SELECT xmin::text FROM resources_searchword LIMIT 1")
        before = cursor.fetchone()
        call_command("db_worker", "--batch", "--no-startup-delay", "--queue-name", "*", verbosity=0)
        cursor.execute("SELECT xmin::text FROM resources_searchword LIMIT 1")
        assert cursor.fetchone() == before  # not rewritten
    assert not DBTaskResult.objects.exclude(status="SUCCESSFUL").exists()
