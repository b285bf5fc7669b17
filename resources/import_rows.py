"""Reading and checking the rows of a CSV file in the import format (resources/importing.py):
the file as UTF-8 text, its header, its records with the line each starts on, and each cell
against the vocabulary and the model's own validation, with every problem found."""

import codecs
import csv
from dataclasses import asdict, dataclass
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from taggit.models import Tag

from eprm_hub import i18n, languages
from eprm_hub.cleaning import clean_text
from eprm_hub.models import BusinessNeed, Mineral, OECDStep, Region, ResourceType, SupplyChainTier
from eprm_hub.spreadsheets import restored

from .models import Publisher, Resource

COLUMNS = [
    "title", "url", "publisher", "year", "resource_type", "languages", "minerals",
    "supply_chain_tiers", "oecd_steps", "business_needs", "regions", "tags", "summary",
]  # fmt: skip
# The title and summary in the site's other languages: optional, each on its own
# (docs/importing.md). A file without one leaves that translation as it is.
TRANSLATED = ("title", "summary")
TRANSLATION_COLUMNS = [
    f"{field}_{code}" for code in i18n.codes() if code != "en" for field in TRANSLATED
]
OPTIONAL_COLUMNS = ["status", *TRANSLATION_COLUMNS]
SEPARATOR = ";"
# The many-to-many columns: each is a vocabulary, given by slug, or also by name.
TERM_COLUMNS = {
    "minerals": (Mineral, True),
    "supply_chain_tiers": (SupplyChainTier, True),
    "oecd_steps": (OECDStep, True),
    "business_needs": (BusinessNeed, False),
    "regions": (Region, False),
}


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


def header_problem(header):
    """The problem with a header row (a list of cells, or None for an empty file), or None."""
    if header and len(header) == 1 and (";" in header[0] or "\t" in header[0]):
        # A spreadsheet's "CSV" in a language whose decimal mark is a comma, or a TSV file.
        separator = _("semicolons") if ";" in header[0] else _("tabs")
        message = _(
            "The columns are separated by %(separator)s, not commas. Save the file as "
            "“CSV UTF-8 (comma delimited)”."
        ) % {"separator": separator}
        return Problem(1, "", header[0], message)
    names = [name.strip().lower() for name in header or []]
    missing = [column for column in COLUMNS if column not in names]
    unknown = [name for name in names if name not in COLUMNS and name not in OPTIONAL_COLUMNS]
    twice = sorted({name for name in names if names.count(name) > 1})
    if not (missing or unknown or twice):
        return None
    problems = []
    if missing:
        problems.append(_("missing columns: %(columns)s") % {"columns": ", ".join(missing)})
    if unknown:
        problems.append(_("unknown columns: %(columns)s") % {"columns": ", ".join(unknown)})
    if twice:
        problems.append(_("columns given twice: %(columns)s") % {"columns": ", ".join(twice)})
    message = _(
        "The header row is wrong (%(problems)s). "
        "The columns are: %(columns)s (and optionally status, and translations such as "
        "title_fr and summary_fr)."
    ) % {"problems": "; ".join(problems), "columns": ",".join(COLUMNS)}
    return Problem(1, "", ",".join(header or []), message)


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


def _split(value):
    return [item.strip() for item in value.split(SEPARATOR) if item.strip()]


def _messages(model_field, value):
    """Django's own messages for a value of a model field ("This field cannot be blank.")."""
    try:
        model_field.clean(value, None)
    except ValidationError as error:
        return error.messages
    return []


class Terms:
    """A vocabulary column: its terms' ids by slug (and by name), in lower case."""

    def __init__(self, model, by_name=True):
        terms = list(model.objects.all())
        self.noun = str(model._meta.verbose_name)
        self.ids = {term.slug.lower(): term.pk for term in terms}
        if by_name:
            self.ids = {term.name.lower(): term.pk for term in terms} | self.ids
        self.allowed = ", ".join(term.slug for term in terms)


class Row:
    """One record of the file, checked: the values to store, or its problems."""

    __slots__ = (
        "line", "url", "title", "publisher", "year", "resource_type", "languages", "terms",
        "tags", "summary", "status", "translations", "problems",
    )  # fmt: skip


class Checker:
    """Turns the cells of a record into a Row, with every problem of every cell."""

    def __init__(self, header):
        self.index = {name.strip().lower(): n for n, name in enumerate(header)}
        self.width = len(header)
        self.with_status = "status" in self.index
        self.translations = [name for name in TRANSLATION_COLUMNS if name in self.index]
        self.types = Terms(ResourceType, by_name=False)
        self.terms = {
            name: Terms(model, by_name) for name, (model, by_name) in TERM_COLUMNS.items()
        }
        fields = {f: Resource._meta.get_field(f) for f in ("title", "url", "year", "summary")}
        self.fields = fields | {
            "publisher": Publisher._meta.get_field("name"),
            "tag": Tag._meta.get_field("name"),
        }

    def row(self, line, cells):
        row = Row()
        row.line = line
        row.problems = problems = []
        if len(cells) != self.width:
            problems.append(
                Problem(
                    line,
                    "",
                    ",".join(cells),
                    _("the row has %(cells)d cells where the header has %(columns)d")
                    % {"cells": len(cells), "columns": self.width},
                )
            )
            row.url = ""
            return row
        index = self.index

        def cell(column):
            return restored(cells[index[column]])

        def bad(column, value, message, allowed=""):
            problems.append(Problem(line, column, value, message, allowed))

        row.title = value = cell("title")
        for message in _messages(self.fields["title"], value):
            bad("title", value, message)

        row.url = value = cell("url").strip()
        for message in _messages(self.fields["url"], value):
            bad("url", value, message)

        row.publisher = value = " ".join(cell("publisher").split())
        if value:
            for message in _messages(self.fields["publisher"], value):
                bad("publisher", value, message)

        value = cell("year").strip()
        row.year = None
        if value:
            try:
                year = Decimal(value)
                if year != year.to_integral_value():
                    raise ValueError
                row.year = int(year)
            except (ArithmeticError, ValueError):
                message = _("not a year: %(value)s. Use four digits, such as 2019")
                bad("year", value, message % {"value": value})
            else:
                for message in _messages(self.fields["year"], row.year):
                    bad("year", value, message)

        value = cell("resource_type")
        row.resource_type = self.types.ids.get(value.strip().lower())
        if row.resource_type is None:
            if value.strip():
                message = _("unknown %(noun)s: %(values)s")
                message %= {"noun": self.types.noun, "values": value}
                bad("resource_type", value, message, self.types.allowed)
            else:
                bad("resource_type", value, _("a %(noun)s is required") % {"noun": self.types.noun})

        value = cell("languages")
        row.languages = codes = list(dict.fromkeys(code.lower() for code in _split(value)))
        unknown = [code for code in codes if not languages.is_valid(code)]
        if unknown:
            message = _(
                "not ISO 639-1 language codes: %(codes)s. "
                "Use two-letter codes such as en, fr, de, zh"
            )
            bad("languages", value, message % {"codes": ", ".join(unknown)})

        row.terms = []
        for column, terms in self.terms.items():
            value = cell(column)
            ids, unknown = set(), []
            for item in _split(value):
                pk = terms.ids.get(item.lower())
                if pk is None:
                    unknown.append(item)
                else:
                    ids.add(pk)
            row.terms.append(ids)
            if unknown:
                message = _("unknown %(noun)s: %(values)s")
                message %= {"noun": terms.noun, "values": ", ".join(unknown)}
                bad(column, value, message, terms.allowed)

        value = cell("tags")
        row.tags = list(dict.fromkeys(_split(value)))
        for name in row.tags:
            for message in _messages(self.fields["tag"], name):
                bad("tags", name, message)

        row.summary = value = cell("summary")
        for message in _messages(self.fields["summary"], value):
            bad("summary", value, message)

        # {language: {field: text}} of the columns the file has ("" removes a translation).
        row.translations = None
        for column in self.translations:
            field, code = column.rsplit("_", 1)
            value = cell(column).strip()
            if value:
                for message in _messages(self.fields[field], value):
                    bad(column, value, message)
            row.translations = row.translations or {}
            row.translations.setdefault(code, {})[field] = value

        row.status = None
        if self.with_status:
            value = cell("status")
            row.status = value.strip().lower()
            if row.status not in Resource.Status.values:
                message = _("unknown status: %(value)s") % {"value": value}
                bad("status", value, message, ", ".join(Resource.Status.values))
        return row
