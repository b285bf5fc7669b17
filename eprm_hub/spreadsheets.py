"""CSV files that spreadsheets open safely and correctly.

A cell starting with = + - @ or a tab or carriage return is run as a formula by Excel and
LibreOffice ("CSV injection", OWASP): exports write it with a leading apostrophe, which the
spreadsheet shows as text, and the importer takes the apostrophe off again, so an export
imports back to exactly the same values. A byte order mark tells Excel the file is UTF-8
("Chocó", not "ChocÃ³").
"""

import csv
import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

BOM = "\ufeff"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralised(value):
    """The cell as exported: an apostrophe before a formula character, and before the
    apostrophes of a value that already has them there, so restored() is exact."""
    if isinstance(value, str) and value.lstrip("'").startswith(FORMULA_STARTS):
        return "'" + value
    return value


def restored(value):
    """The value of a cell as neutralised() wrote it."""
    if (
        isinstance(value, str)
        and value.startswith("'")
        and value.lstrip("'").startswith(FORMULA_STARTS)
    ):
        return value[1:]
    return value


def csv_lines(header, chunks):
    """A CSV file's text, piece by piece: the header line (after the byte order mark), then
    one piece per chunk of rows (each row a list of cells), so a file of any size is written
    in constant memory."""
    out = io.StringIO()
    writer = csv.writer(out)

    def written(rows):
        for cells in rows:
            writer.writerow(cells)
        text = out.getvalue()
        out.seek(0)
        out.truncate()
        return text

    yield BOM + written([header])
    for rows in chunks:
        yield written(rows)


@dataclass(frozen=True)
class Column:
    """A column of a CSV format, declared once: its name in the header, whether a file must
    have it, how its cell is read (parse: the text and the file's context to a value) and
    checked (check: the value, the text and the context to (value shown, message[,
    allowed]) for each problem), where the value goes (write: the value and the change it
    belongs to), and how a record becomes its cell (export). A format is a tuple of columns,
    which its header check, its row check, its writer and its exports all iterate; an
    export-only format declares only names and exports."""

    name: str
    export: Callable[[Any], Any]
    parse: Callable[[str, Any], Any] | None = None
    check: Callable[[Any, str, Any], Iterable[tuple[str, ...]]] | None = None
    write: Callable[[Any, Any], None] | None = None
    required: bool = True


def exported(columns: Iterable[Column], record: Any) -> list[Any]:
    """A record as a row of cells, one a column, each neutralised."""
    return [neutralised(column.export(record)) for column in columns]
