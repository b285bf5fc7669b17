"""Imports from the admin as jobs: a file is checked (a dry run), then imported on the editor's
word. A file of up to SMALL_FILE_ROWS rows runs in the request; a larger one as a background
task (resources/tasks.py), run by `manage.py db_worker` (docs/importing.md).

Whoever runs a job holds a PostgreSQL advisory lock on its id for the whole of its
transaction, and the job's outcome is written in that same transaction. So a job marked
running whose lock is free was interrupted (its worker was killed, its server restarted):
PostgreSQL rolled its transaction back, and nothing of it was saved.
"""

import codecs
import csv
import io
import logging
import secrets

from django.core.exceptions import ValidationError
from django.db import DEFAULT_DB_ALIAS, connection, connections, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from .import_rows import check_utf8, format_read, header_problem
from .importing import ImportBusy, import_file, take_turn
from .models import ImportJob

# Rows a request checks or imports itself (about two seconds); a larger file is a task.
SMALL_FILE_ROWS = 2000
# The advisory lock's first key: its second is the job's id (docs/importing.md).
JOB_LOCK = 7_351_002
# Seconds between two progress writes of a running job.
PROGRESS_EVERY = 0.5

log = logging.getLogger(__name__)
State = ImportJob.State


def read_upload(upload):
    """Check an uploaded file before it becomes a job: (rows counted or estimated, whether
    it is small, how it was read). Raises ValidationError with a message for the editor."""
    if not upload.size:
        raise ValidationError(_("The file is empty."))
    binary = upload.open("rb")
    check_utf8(binary)
    byte_order_mark = binary.read(3) == codecs.BOM_UTF8
    binary.seek(0)
    text = io.TextIOWrapper(binary, encoding="utf-8-sig", newline="")
    try:
        reader = csv.reader(text)
        try:
            header = next(reader, None)
            problem = header_problem(header)
            if problem:
                raise ValidationError(problem.message)
            rows = 0
            for cells in reader:
                rows += any(cell.strip() for cell in cells)
                if rows > SMALL_FILE_ROWS:
                    break
        except csv.Error as error:
            raise ValidationError(
                _("The file cannot be read as CSV (line %(line)d: %(error)s).")
                % {"line": reader.line_num, "error": error}
            ) from None
        if not rows:
            raise ValidationError(_("The file has no rows below its header."))
        small = rows <= SMALL_FILE_ROWS
        if not small:  # estimated from the bytes the rows counted so far took
            rows = round(rows * upload.size / max(binary.tell(), 1))
    finally:
        text.detach()
        binary.seek(0)
    return rows, small, format_read(header, byte_order_mark)


def create(upload, rows, user, language, read_as=""):
    """A new job for an uploaded file that read_upload() accepted, with its rows."""
    job = ImportJob(
        file_name=upload.name[:255],
        file_size=upload.size,
        rows_expected=rows,
        format_read=read_as,
        created_by=user,
        language=language,
    )
    # Stored under a name of its own: the editor's may be long, or anything at all.
    job.file.save(f"{secrets.token_hex(8)}.csv", upload, save=False)
    job.save()
    return job


def is_small(job):
    return job.rows_expected <= SMALL_FILE_ROWS


def start(job, action):
    """Queue the job's check or import, and run it at once if the file is small.

    A small file waits in the request for nothing: when another import is running, it
    goes to the queue like a large one."""
    job.action = action
    job.state = State.QUEUED
    job.rows_done = job.bytes_done = 0
    job.error = ""
    job.save(update_fields=["action", "state", "rows_done", "bytes_done", "error"])
    if is_small(job):
        try:
            run(job.pk, wait=False)
            return
        except ImportBusy:
            pass
    from .tasks import run_import_job  # the task module imports this one

    run_import_job.enqueue(job.pk)


def run(job_id, wait=True):
    """Run the job's step, if it is waiting and no one else runs it. Without wait, raise
    ImportBusy rather than wait for another import to finish."""
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_try_advisory_xact_lock(%s, %s)", [JOB_LOCK, job_id])
            if not cursor.fetchone()[0]:
                return  # another worker has it
            job = ImportJob.objects.filter(pk=job_id, state=State.QUEUED).first()
            if job is None:
                return  # done already, or deleted
            # Imports take turns (importing.IMPORT_LOCK): meanwhile the job shows as waiting.
            take_turn(wait)
        progress = Progress(job)
        try:
            progress.started()
            with translation.override(job.language), job.file.open("rb") as binary:
                result = import_file(
                    binary,
                    dry_run=job.action == ImportJob.Action.CHECK,
                    user=job.created_by,
                    reason=_("Imported from %(file)s") % {"file": job.file_name},
                    progress=progress,
                )
        except ValidationError as error:  # the file changed since it was checked on upload
            job.state, job.error = State.FAILED, " ".join(error.messages)
        except Exception as error:  # the import's savepoint is rolled back: nothing is saved
            log.exception("Import job %s failed", job.pk)
            job.state, job.error = State.FAILED, f"{type(error).__name__}: {error}"
        else:
            job.rows_done = result.rows
            job.new, job.updated, job.unchanged = result.new, result.updated, result.unchanged
            job.problems = [problem.as_dict() for problem in result.problems]
            job.duplicates = result.duplicates
            if result.problems:
                job.state = State.REJECTED
            elif job.action == ImportJob.Action.CHECK:
                job.state = State.CHECKED
            else:
                job.state = State.IMPORTED
        finally:
            progress.close()
        job.started_at = progress.start
        job.finished_at = timezone.now()
        job.bytes_done = job.file_size
        if job.state in (State.IMPORTED, State.REJECTED):
            # Nothing more can be done with the file (an editor uploads a corrected one).
            storage, name = job.file.storage, job.file.name
            transaction.on_commit(lambda: storage.delete(name))
            job.file = ""
        # In the transaction of the import itself: saved with it, or not at all.
        job.save()


class Progress:
    """Writes a running job's progress on a database connection of its own, committed at
    once, so that the job page sees it while the import's transaction is still open."""

    def __init__(self, job):
        self.job = job
        self.connection = connections.create_connection(DEFAULT_DB_ALIAS)
        self.start = timezone.now()
        self.last = 0.0

    def _write(self, **values):
        columns = ", ".join(f"{ImportJob._meta.get_field(name).column} = %s" for name in values)
        with self.connection.cursor() as cursor:
            cursor.execute(
                f"UPDATE {ImportJob._meta.db_table} SET {columns} WHERE id = %s",
                [*values.values(), self.job.pk],
            )

    def started(self):
        self.job.started_at = self.start
        self._write(state=State.RUNNING, started_at=self.start, rows_done=0, bytes_done=0)

    def __call__(self, rows, read):
        now = timezone.now().timestamp()
        if now - self.last >= PROGRESS_EVERY:
            self.last = now
            self._write(rows_done=rows, bytes_done=read)

    def close(self):
        self.connection.close()


def is_locked(job):
    """Whether someone runs the job now (holds its advisory lock, in this database)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted "
            "AND database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
            "AND classid = %s AND objid = %s AND objsubid = 2)",
            [JOB_LOCK, job.pk],
        )
        return cursor.fetchone()[0]


def interrupted(job):
    """Whether the job was running and its worker went away: nothing of it was saved."""
    if job.state != State.RUNNING or is_locked(job):
        return False
    # The lock is let go only after the job's outcome is committed: read it again.
    job.refresh_from_db()
    return job.state == State.RUNNING


def run_again(job):
    """Queue an interrupted or failed job's step again (its file is kept for that)."""
    if job.state == State.FAILED or interrupted(job):
        start(job, job.action)
        return True
    return False
