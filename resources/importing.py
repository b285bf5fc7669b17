"""CSV import and export of resources: one format, used by the admin, the commands and the
background imports.

    title,url,publisher,year,resource_type,languages,minerals,supply_chain_tiers,oecd_steps,
    business_needs,regions,tags,summary[,status][,title_fr,summary_fr,title_es,…]

UTF-8 with a header row; list fields separated by ";"; vocabulary values by slug or name,
in any case. Cells that would start a spreadsheet formula are written with a leading
apostrophe, which the import takes off (eprm_hub/spreadsheets.py). The url decides insert
versus update. An import is all-or-nothing: one bad row rejects the file, and every bad row
is reported with its line, column and the allowed values.

The columns are declared once (columns.py): how each is read, checked, written and exported.
How an import runs (docs/importing.md): the file is read as a stream and its rows checked
(import_rows.py) against the vocabulary loaded once, then written in batches of BATCH_SIZE rows
(import_writer.py) by the rules of saving a resource (saving.py), a fixed number of queries a
batch whatever its size; nothing of the file is kept in memory but the batch. All of it
happens in one transaction, rolled back at the end when a row was bad or for a dry run.
"""

import csv
import io
import time
from dataclasses import dataclass, field
from typing import Any

from django.db import connection, transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from eprm_hub.spreadsheets import exported

from . import columns, duplicates, saving
from .columns import (
    COLUMNS,  # noqa: F401  (the format's columns, for its callers)
    TERM_COLUMNS,
)
from .import_rows import Checker, Problem, Unreadable, check_utf8, header_problem, records
from .import_writer import Writer
from .models import Resource

# Rows written at a time: each batch costs about 25 queries, so larger batches save little,
# and smaller ones keep the memory an import takes small.
BATCH_SIZE = 1000
# One import writes at a time: two could otherwise both add the same new url, and the second
# would fail on the unique index only when the first commits. (PostgreSQL advisory lock key.)
IMPORT_LOCK = 7_351_001


@dataclass
class ImportResult:
    """What an import did (or, with problems or as a dry run, would have done)."""

    dry_run: bool = False
    rows: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: list = field(default_factory=list)
    # Rows that may repeat a resource (resources/duplicates.py): imported all the same, and
    # shown to the editor, who confirms or merges them.
    duplicates: list = field(default_factory=list)

    @property
    def saved(self):
        return not self.dry_run and not self.problems

    @property
    def totals(self):
        return {"new": self.new, "update": self.updated, "skip": self.unchanged}


class ImportBusy(Exception):
    """Another import is running, and the caller asked not to wait for it."""


def take_turn(wait=True):
    """Hold the import lock until the transaction ends: wait for it, or raise ImportBusy."""
    with connection.cursor() as cursor:
        if wait:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [IMPORT_LOCK])
        else:
            cursor.execute("SELECT pg_try_advisory_xact_lock(%s)", [IMPORT_LOCK])
            if not cursor.fetchone()[0]:
                raise ImportBusy


class SeenURLs:
    """The urls of the file so far, with their lines, in a temporary table: a file's second
    row with a url is a mistake, and the file can be larger than the memory should hold."""

    TABLE = "resources_import_seen_url"

    def __enter__(self):
        with connection.cursor() as cursor:
            cursor.execute(f"DROP TABLE IF EXISTS pg_temp.{self.TABLE}")
            cursor.execute(
                f"CREATE TEMPORARY TABLE {self.TABLE} (url text PRIMARY KEY, line integer) "
                f"ON COMMIT DROP"
            )
        return self

    def __exit__(self, *exc):
        if exc[0] is None:
            with connection.cursor() as cursor:
                cursor.execute(f"DROP TABLE IF EXISTS pg_temp.{self.TABLE}")

    def check(self, rows):
        """Report each row whose url an earlier row had; remember the others."""
        first = {}
        for row in rows:
            if row.url and row.url not in first:
                first[row.url] = row
        if not first:
            return
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT url, line FROM {self.TABLE} WHERE url = ANY(%s)", [list(first)])
            earlier = dict(cursor.fetchall())
            fresh = [url for url in first if url not in earlier]
            cursor.execute(
                f"INSERT INTO {self.TABLE} SELECT * FROM unnest(%s::text[], %s::integer[])",
                [fresh, [first[url].line for url in fresh]],
            )
        for row in rows:
            if not row.url:
                continue
            line = earlier.get(row.url) or first[row.url].line
            if line != row.line:
                message = _("the same url is on line %(line)d already") % {"line": line}
                # The url decides which resource the row is: its other values are moot.
                row.problems = [Problem(row.line, "url", row.url, message)]


def import_file(
    binary, *, dry_run=False, user=None, reason="", progress=None, wait=True, size=None
):
    """Import a CSV file (a binary file object), all or nothing. Returns an ImportResult.

    Raises ValidationError when the file is not UTF-8 text, and ImportBusy when another
    import is running and wait is false. progress(rows, bytes_read) is called after each
    batch. In a transaction of the caller's, the import is a savepoint of it."""
    check_utf8(binary)
    result = ImportResult(dry_run=dry_run)
    reason = reason or _("CSV import")
    changed = False
    text = io.TextIOWrapper(binary, encoding="utf-8-sig", newline="")
    try:
        with transaction.atomic():
            take_turn(wait)
            _run(text, binary, result, user, reason, progress)
            changed = bool(result.new or result.updated)
            if not result.saved:
                transaction.set_rollback(True)
    finally:
        text.detach()  # the caller closes the file
    if result.saved and changed:
        saving.refresh_words()  # once: the batches' statements queued no refresh
    return result


def _run(text, binary, result, user, reason, progress):
    rows = records(text)
    try:
        header = _header(rows)
    except Unreadable as unreadable:
        result.problems.append(_unreadable(unreadable))
        return
    problem = header_problem(header)
    if problem:
        result.problems.append(problem)
        return
    checker = Checker(header)
    writer = Writer(checker.columns, user, reason)
    with SeenURLs() as seen:
        batches = _Batches(writer, seen, result, binary, progress)
        try:
            for line, cells in rows:
                if any(cell.strip() for cell in cells):  # not a blank line or empty row
                    result.rows += 1
                    batches.add(checker.row(line, cells))
        except Unreadable as unreadable:
            batches.flush()
            result.problems.append(_unreadable(unreadable))
        batches.flush()


def _header(rows):
    """The header's cells, or None for an empty file."""
    try:
        _line, header = next(rows)
    except StopIteration:
        return None
    return header


class _Batches:
    """The checked rows of a file, written BATCH_SIZE at a time until a row is bad."""

    def __init__(self, writer, seen, result, binary, progress):
        self.writer, self.seen, self.result = writer, seen, result
        self.binary, self.progress = binary, progress
        self.rows = []
        # Resources from this id on are the file's own (duplicates say "a row of the file").
        self.first_new_id = (Resource.objects.aggregate(last=Max("pk"))["last"] or 0) + 1

    def add(self, row):
        self.rows.append(row)
        if len(self.rows) >= BATCH_SIZE:
            self.flush()

    def flush(self):
        rows, result = self.rows, self.result
        if not rows:
            return
        self.seen.check(rows)
        for row in rows:
            result.problems += row.problems
        if not result.problems:  # on the first problem, stop writing but go on checking
            self.writer.write(rows, result)
            titles = result.rows - len(rows) < duplicates.IMPORT_TITLE_ROWS
            found = duplicates.in_import(self.writer.written, self.first_new_id, titles)
            result.duplicates += found
        rows.clear()
        if self.progress:
            self.progress(result.rows, self.binary.tell())


def _unreadable(unreadable):
    message = _("the file cannot be read as CSV from here on (%(error)s)")
    return Problem(unreadable.line, "", "", message % {"error": unreadable.error})


def import_csv(data: bytes, dry_run=False, **kwargs):
    """Import the bytes of a file, all or nothing. Returns (result, problems as text)."""
    result = import_file(io.BytesIO(data), dry_run=dry_run, **kwargs)
    return result, [str(problem) for problem in result.problems]


class TerminalProgress:
    """A progress line for a person watching: rows done, rows a second and the time left,
    estimated from the part of the file read."""

    def __init__(self, stream, size):
        self.stream = stream
        self.size = size
        self.start = time.monotonic()
        self.shown = False

    def __call__(self, rows, read):
        elapsed = time.monotonic() - self.start
        rate = rows / elapsed if elapsed else 0
        left = elapsed * (self.size - read) / read if read else 0
        self.stream.write(
            f"\r{rows:,} rows, {rate:,.0f} rows a second, about {left:,.0f} s left\033[K",
            ending="",
        )
        self.stream.flush()
        self.shown = True

    def clear(self):
        if self.shown:
            self.stream.write("\r\033[K", ending="")
            self.stream.flush()


# Export -----------------------------------------------------------------------------------------


def export_queryset(queryset=None):
    """The resources with what the format needs, in as few queries as a page of them."""
    queryset = Resource.objects.all() if queryset is None else queryset
    return queryset.select_related("publisher", "resource_type").prefetch_related(
        *TERM_COLUMNS, "tags"
    )


def export_header(with_status: bool = False) -> list[str]:
    """The header row of an export: the columns, the status if asked, the translations."""
    return [column.name for column in columns.exported(with_status)]


def export_row(resource: Resource, with_status: bool = False) -> list[str]:
    """A resource as the cells of a row of the format."""
    return exported(columns.exported(with_status), export_record(resource))


def export_record(resource: Resource) -> dict[str, Any]:
    """What the columns export of a resource (columns.py): its fields, and its terms, tags
    and names as lists and text."""
    return {
        "title": resource.title,
        "url": resource.url,
        "publisher": resource.publisher.name if resource.publisher else "",
        "year": resource.year,
        "resource_type": resource.resource_type.slug,
        "languages": resource.languages,
        **{name: [term.slug for term in getattr(resource, name).all()] for name in TERM_COLUMNS},
        "tags": [tag.name for tag in resource.tags.all()],
        "summary": resource.summary,
        "status": resource.status,
        "translations": resource.translations,
    }


def export_lines(queryset=None, with_status=False, chunk=1000):
    """The resources (all by default, in the order of the queryset, else by id) as lines of
    CSV text in the import format, the header first: a chunk of resources in memory at a
    time, so that a large export can be streamed."""
    queryset = Resource.objects.all() if queryset is None else queryset
    if not queryset.query.order_by:
        queryset = queryset.order_by("pk")
    ids = list(queryset.values_list("pk", flat=True))
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(export_header(with_status))
    for start in range(0, len(ids), chunk):
        part = ids[start : start + chunk]
        by_pk = {resource.pk: resource for resource in export_queryset().filter(pk__in=part)}
        writer.writerows(export_row(by_pk[pk], with_status) for pk in part)
        yield out.getvalue()
        out.seek(0)
        out.truncate()
    yield out.getvalue()


def export_csv(queryset=None, with_status=False):
    """The resources (all by default) as CSV text in the import format."""
    return "".join(export_lines(queryset, with_status))
