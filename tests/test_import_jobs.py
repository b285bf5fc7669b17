"""Imports from the admin as jobs: a large file is checked and imported by a real
`manage.py db_worker` process (resources/jobs.py), and a worker killed mid import leaves
nothing behind."""

import os
import signal
import subprocess
import sys
import time

import psycopg2
import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection

from resources import jobs
from resources.importing import IMPORT_LOCK
from resources.models import ImportJob, Resource

from .test_import import row
from .test_import_batches import lines_of, many
from .test_production import url_of_the_test_database

IMPORT = "/admin/resources/resource/import/"
# Committed for the worker's process to see; serialized_rollback puts the vocabulary back.
in_the_database = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def worker(media, django_db_blocker):
    """Starts `manage.py db_worker` on the test database: worker() runs the queued tasks and
    exits; worker(batch=False) is left running and returned."""
    env = {
        **os.environ,
        "DATABASE_URL": url_of_the_test_database(django_db_blocker),
        "MEDIA_ROOT": str(media),
    }
    started = []

    def start(batch=True):
        command = [
            *(sys.executable, "manage.py", "db_worker", "--queue-name=imports"),
            *("--no-startup-delay", "--interval=0.2", "--verbosity=0"),
        ]
        process = subprocess.Popen(
            [*command, "--batch"] if batch else command,
            cwd=settings.BASE_DIR,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        started.append(process)
        if batch:
            output, _ = process.communicate(timeout=120)
            assert process.returncode == 0, output
        return process

    yield start
    for process in started:
        if process.poll() is None:
            process.kill()
            process.wait()


def upload(client, data):
    response = client.post(IMPORT, {"file": SimpleUploadedFile("big.csv", data)})
    assert response.status_code == 302, response.content.decode()[:3000]
    return ImportJob.objects.get(pk=response["Location"].rstrip("/").rsplit("/", 1)[1])


def page(client, job):
    response = client.get(f"{IMPORT}{job.pk}/")
    assert response.status_code == 200
    return response.content.decode()


REFRESH = '<meta http-equiv="refresh" content="2">'


@in_the_database
def test_a_large_file_is_checked_then_imported_by_a_worker(editor_client, editor, worker, media):
    rows = jobs.SMALL_FILE_ROWS + 500
    job = upload(editor_client, lines_of(many(rows))[0])

    assert job.state == "queued" and job.action == "check"
    assert job.rows_expected > jobs.SMALL_FILE_ROWS  # estimated from the part counted
    text = page(editor_client, job)
    assert "The file is waiting to be checked." in text and REFRESH in text

    worker()
    job.refresh_from_db()
    assert (job.state, job.new, job.updated, job.unchanged) == ("checked", rows, 0, 0)
    assert job.rows_done == rows and job.problems == []
    assert Resource.objects.count() == 0  # a check saves nothing
    text = page(editor_client, job)
    assert "What the import will do" in text and REFRESH not in text
    assert f"{IMPORT}{job.pk}/confirm/" in text

    editor_client.post(f"{IMPORT}{job.pk}/confirm/")
    job.refresh_from_db()
    assert (job.action, job.state) == ("import", "queued")
    assert "The file is waiting to be imported." in page(editor_client, job)

    worker()
    job.refresh_from_db()
    assert (job.state, job.new, job.updated, job.unchanged) == ("imported", rows, 0, 0)
    assert Resource.objects.published().count() == rows
    assert Resource.history.count() == rows
    assert set(Resource.history.values_list("history_user", flat=True)) == {editor.pk}
    assert "What the import did" in page(editor_client, job)
    assert not job.file and not list(media.rglob("*.csv"))  # done with the file


@in_the_database
def test_a_large_file_with_bad_rows_lists_them_after_its_check(editor_client, worker):
    rows = many(jobs.SMALL_FILE_ROWS + 10)
    rows[5]["minerals"] = "kryptonite"
    rows[-1]["year"] = "soon"
    job = upload(editor_client, lines_of(rows)[0])
    worker()
    job.refresh_from_db()
    assert job.state == "rejected"
    assert [(p["line"], p["column"], p["value"]) for p in job.problems] == [
        (7, "minerals", "kryptonite"),
        (len(rows) + 1, "year", "soon"),
    ]
    text = page(editor_client, job)
    assert "Nothing was imported: the file has 2 problems." in text
    assert f"{IMPORT}{job.pk}/confirm/" not in text
    download = editor_client.get(f"{IMPORT}{job.pk}/problems.csv").getvalue().decode()
    assert download.splitlines()[:2] == [
        "\ufeffline,column,value,problem,allowed",
        "7,minerals,kryptonite,unknown mineral: kryptonite,"
        '"tin, tantalum, tungsten, gold, cobalt, mica, lithium, natural-graphite, copper, nickel"',
    ]


@in_the_database
def test_a_worker_killed_mid_import_saves_nothing_and_the_job_says_so(editor_client, worker):
    rows = 8000
    job = upload(editor_client, lines_of(many(rows))[0])
    worker()
    editor_client.post(f"{IMPORT}{job.pk}/confirm/")

    process = worker(batch=False)
    deadline = time.monotonic() + 60
    while True:
        job.refresh_from_db()
        if job.state == "running" and job.rows_done >= 1000:
            break  # a batch or more written, in the import's open transaction
        assert process.poll() is None and time.monotonic() < deadline, job.state
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)

    assert Resource.objects.count() == 0 and Resource.history.count() == 0
    job.refresh_from_db()
    assert job.state == "running"
    assert jobs.interrupted(job)
    text = page(editor_client, job)
    assert "The import was interrupted" in text and "Nothing was saved." in text
    assert REFRESH not in text
    assert "Import it again" in text

    editor_client.post(f"{IMPORT}{job.pk}/again/")
    worker()
    job.refresh_from_db()
    assert (job.state, job.new) == ("imported", rows)
    assert Resource.objects.count() == rows


@pytest.mark.django_db
def test_a_small_file_goes_to_the_queue_while_another_import_runs(editor_client, media):
    db = connection.get_connection_params()
    other = psycopg2.connect(**{k: v for k, v in db.items() if k != "cursor_factory"})
    try:
        with other.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_lock(%s)", [IMPORT_LOCK])
        job = upload(editor_client, lines_of(many(3))[0])
        job.refresh_from_db()
        assert (job.state, job.action) == ("queued", "check")  # rather than wait in the request
    finally:
        other.close()
    jobs.run(job.pk)
    job.refresh_from_db()
    assert (job.state, job.new) == ("checked", 3)


@pytest.mark.django_db
def test_a_job_runs_once_however_many_times_its_task_does(editor_client, media):
    job = upload(editor_client, lines_of([row(1)])[0])
    editor_client.post(f"{IMPORT}{job.pk}/confirm/")
    job.refresh_from_db()
    assert job.state == "imported"
    jobs.run(job.pk)  # a second task for the same job, or a retry after it finished
    assert Resource.objects.count() == 1 and Resource.history.count() == 1
    assert not jobs.run_again(job)
