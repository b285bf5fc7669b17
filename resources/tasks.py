"""Background tasks of the resource library, run by `manage.py db_worker` (django-tasks' database
backend: the queue is a table of the Hub's own database; docs/operations.md, "Background jobs
and workers")."""

from django_tasks import task

from . import digest, jobs


# A queue of their own: they take minutes, and a worker can be kept for the short tasks.
@task(queue_name="imports")
def run_import_job(job_id):
    """Check or import an uploaded CSV file (resources/jobs.py)."""
    jobs.run(job_id)


@task()
def send_editor_digest():
    """The weekly digest of the editors' desk (resources/digest.py): at most once a week to
    each editor, so a retried or doubled task sends nothing more."""
    return digest.send()
