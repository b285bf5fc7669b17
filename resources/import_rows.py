"""Reading and checking the rows of a CSV file in the import format (resources/importing.py):
the file as UTF-8 text, its header, its records with the line each starts on, and each cell
against the vocabulary and the model's own validation, with every problem found."""

import codecs
import csv
from dataclasses import asdict, dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from eprm_hub.cleaning import clean_text
from eprm_hub.spreadsheets import restored

from .columns import COLUMNS, FORMAT, OPTIONAL_COLUMNS, Vocabulary


@dataclass
class Problem:
    """A bad value: where it is (line as an editor counts them, the header being line 1, and
    column), the value, what is wrong and what is allowed instead."""

    line: int
    column: str  # "" for a problem of the whole row or of the header
    value: str
    message: str
    allowed: str = ""

    def __str__(self):
        text = self.message
        if self.allowed:
            text = _("%(message)s. Allowed: %(allowed)s") % {
                "message": text,
                "allowed": self.allowed,
            }
        if self.line == 1:  # the header: the message names its columns
            return text
        if not self.column:
            return _("line %(line)d: %(problem)s") % {"line": self.line, "problem": text}
        return _("line %(line)d, column %(column)s: %(problem)s") % {
            "line": self.line,
            "column": self.column,
            "problem": text,
        }

    def as_dict(self):
        return {**asdict(self), "text": str(self)}


def check_utf8(binary):
    """Raise a ValidationError unless the whole file is UTF-8 text; leave it at its start.

    Checked before anything is read, so a file that is not text is refused at once, whatever
    its size, in chunks so that its size does not matter."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    position = 0
    while chunk := binary.read(1 << 20):
        pending = len(decoder.getstate()[0])
        try:
            decoder.decode(chunk)
        except UnicodeDecodeError as error:
            raise ValidationError(
                _(
                    "The file is not UTF-8 text (byte %(position)d cannot be read). "
                    "Save it as CSV UTF-8 and try again."
                )
                % {"position": position - pending + error.start + 1}
            ) from None
        if b"\0" in chunk:  # valid UTF-8, but no text has it, and PostgreSQL refuses it
            raise ValidationError(
                _(
                    "The file is not text (byte %(position)d is a NUL character). "
                    "Save it as CSV UTF-8 and try again."
                )
                % {"position": position + chunk.index(b"\0") + 1}
            )
        position += len(chunk)
    try:
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        raise ValidationError(
            _("The file is not UTF-8 text (it ends in the middle of a character). "
              "Save it as CSV UTF-8 and try again.")
        ) from None  # fmt: skip
    binary.seek(0)


def header_problem(header: list[str] | None) -> "Problem | None":
    """The problem with a header row (a list of cells, or None for an empty file), or None."""
    if header and len(header) == 1 and (";" in header[0] or "\t" in header[0]):
        return _separator_problem(header[0])
    names = [name.strip().lower() for name in header or []]
    problems = _column_problems(names)
    if not problems:
        return None
    message = _(
        "The header row is wrong (%(problems)s). "
        "The columns are: %(columns)s (and optionally status, and translations such as "
        "title_fr and summary_fr)."
    ) % {"problems": "; ".join(problems), "columns": ",".join(COLUMNS)}
    return Problem(1, "", ",".join(header or []), message)


def _separator_problem(cell: str) -> "Problem":
    """A spreadsheet's "CSV" in a language whose decimal mark is a comma, or a TSV file."""
    separator = _("semicolons") if ";" in cell else _("tabs")
    message = _(
        "The columns are separated by %(separator)s, not commas. Save the file as "
        "“CSV UTF-8 (comma delimited)”."
    ) % {"separator": separator}
    return Problem(1, "", cell, message)


def _column_problems(names: list[str]) -> list[str]:
    """What is wrong with the header's column names, each in a few words."""
    known = {*COLUMNS, *OPTIONAL_COLUMNS}
    missing = [name for name in COLUMNS if name not in names]
    unknown = [name for name in names if name not in known]
    twice = sorted({name for name in names if names.count(name) > 1})
    found = [
        (_("missing columns: %(columns)s"), missing),
        (_("unknown columns: %(columns)s"), unknown),
        (_("columns given twice: %(columns)s"), twice),
    ]
    return [message % {"columns": ", ".join(columns)} for message, columns in found if columns]


def format_read(header, byte_order_mark):
    """How the file was read, in the editor's words: the import takes one format, and says
    what it found rather than asking which."""
    names = {name.strip().lower() for name in header}
    parts = [
        _("CSV, UTF-8 with a byte order mark") if byte_order_mark else _("CSV, UTF-8"),
        _("columns separated by commas"),
        _("the header row on line 1"),
    ]
    if "status" in names:
        parts.append(_("with the status column"))
    else:
        parts.append(_("no status column: new resources are published"))
    return ", ".join(str(part) for part in parts)


class Unreadable(Exception):
    """The text stops being CSV (a NUL character, a cell too large) on this line."""

    def __init__(self, line, error):
        super().__init__(line, error)
        self.line, self.error = line, error


def records(text):
    """(first line, cells) for each record of the CSV text stream, the cells without control
    characters (text pasted from a PDF: eprm_hub/cleaning.py).

    A quoted cell may hold line breaks; a record's line is the one it starts on, as an
    editor counts them."""
    reader = csv.reader(text)
    last = 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise Unreadable(reader.line_num, error) from None
        yield last + 1, [clean_text(cell) for cell in cells]
        last = reader.line_num


class Row:
    """One record of the file, checked: its values by column (the file's columns), or its
    problems. The url decides which resource it is."""

    __slots__ = ("line", "url", "values", "problems")

    def __init__(self, line: int):
        self.line = line
        self.url = ""
        self.values: dict[str, Any] = {}
        self.problems: list[Problem] = []


class Checker:
    """Turns the cells of a record into a Row, with every problem of every cell: each of the
    file's columns (columns.py) reads its cell and checks the value."""

    def __init__(self, header: list[str]):
        index = {name.strip().lower(): n for n, name in enumerate(header)}
        self.width = len(header)
        # In the columns' declared order, which is the order of a row's problems.
        self.columns = [(column, index[column.name]) for column in FORMAT if column.name in index]
        self.vocabulary = Vocabulary()

    def row(self, line: int, cells: list[str]) -> Row:
        row = Row(line)
        if len(cells) != self.width:
            message = _("the row has %(cells)d cells where the header has %(columns)d")
            message %= {"cells": len(cells), "columns": self.width}
            row.problems.append(Problem(line, "", ",".join(cells), message))
            return row
        vocabulary = self.vocabulary
        for column, position in self.columns:
            text = restored(cells[position])
            value = row.values[column.name] = column.parse(text, vocabulary)
            for problem in column.check(value, text, vocabulary):
                row.problems.append(Problem(line, column.name, *problem))
        row.url = row.values["url"]
        return row
