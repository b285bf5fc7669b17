"""The columns of the resources' CSV format, declared once (docs/importing.md).

    title,url,publisher,year,resource_type,languages,minerals,supply_chain_tiers,oecd_steps,
    business_needs,regions,tags,summary[,status][,title_fr,summary_fr,title_es,…]

Each column says how its cell is read, how it is checked (Django's own validation of the
field, or the vocabulary), where its value goes on the resource, and how a resource is
written back into it. The header check and the row check (import_rows.py), the writer
(import_writer.py) and both exports (importing.export_row, exporting.py) iterate FORMAT: a
column added here is read, checked, written and exported.
"""

from dataclasses import dataclass, field
from decimal import Decimal
from operator import itemgetter
from typing import Any, NamedTuple

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from taggit.models import Tag

from eprm_hub import i18n, languages
from eprm_hub.models import BusinessNeed, Mineral, OECDStep, Region, ResourceType, SupplyChainTier
from eprm_hub.spreadsheets import Column

from .models import Publisher, Resource

SEPARATOR = ";"
# The many-to-many columns: each is a vocabulary, given by slug, or also by name.
TERM_COLUMNS = {
    "minerals": (Mineral, True),
    "supply_chain_tiers": (SupplyChainTier, True),
    "oecd_steps": (OECDStep, True),
    "business_needs": (BusinessNeed, False),
    "regions": (Region, False),
}
# The title and summary in the site's other languages: optional, each on its own. A file
# without one leaves that translation as it is.
TRANSLATED = ("title", "summary")


# What a file's cells are checked against, and what a row asks of its resource ----------------


class Terms:
    """A vocabulary column: its terms' ids by slug (and by name), in lower case."""

    def __init__(self, model, by_name=True):
        terms = list(model.objects.all())
        self.noun = str(model._meta.verbose_name)
        self.ids = {term.slug.lower(): term.pk for term in terms}
        if by_name:
            self.ids = {term.name.lower(): term.pk for term in terms} | self.ids
        self.allowed = ", ".join(term.slug for term in terms)


class Vocabulary:
    """The vocabularies and model fields a file's cells are checked against, read once a file."""

    def __init__(self):
        self.types = Terms(ResourceType, by_name=False)
        self.terms = {
            name: Terms(model, by_name) for name, (model, by_name) in TERM_COLUMNS.items()
        }
        fields = ("title", "url", "year", "summary")
        self.fields = {name: Resource._meta.get_field(name) for name in fields} | {
            "publisher": Publisher._meta.get_field("name"),
            "tag": Tag._meta.get_field("name"),
        }


@dataclass
class Change:
    """What one row asks of its resource: the values of its fields, the terms and tags it is
    linked to, and the translations it sets ({language: {field: text}}; "" removes one).
    `publishers` and `tags` are the batch's names looked up: {lower-case name: (id, name)}."""

    publishers: dict[str, tuple[int, str]]
    tags: dict[str, tuple[int, str]]
    fields: dict[str, Any] = field(default_factory=dict)
    links: dict[str, set[int]] = field(default_factory=dict)
    translations: dict[str, dict[str, str]] = field(default_factory=dict)
    publisher_text: str = ""
    tag_names: list[str] = field(default_factory=list)


# Reading a cell ----------------------------------------------------------------------------


def split(text: str) -> list[str]:
    """The items of a list cell ("gold; tin"), without blanks."""
    return [item.strip() for item in text.split(SEPARATOR) if item.strip()]


def _as_written(text, vocabulary):
    return text


def _stripped(text, vocabulary):
    return text.strip()


def _one_spaced(text, vocabulary):
    return " ".join(text.split())


class _NotAYear(str):
    """A year cell that is no whole number: the text, marked."""


def _year(text, vocabulary):
    text = text.strip()
    if not text:
        return None
    try:
        year = Decimal(text)
        if year != year.to_integral_value():
            raise ValueError
        return int(year)
    except (ArithmeticError, ValueError):
        return _NotAYear(text)


def _resource_type(text, vocabulary):
    return vocabulary.types.ids.get(text.strip().lower())


def _languages(text, vocabulary):
    return list(dict.fromkeys(code.lower() for code in split(text)))


class Found(NamedTuple):
    """A vocabulary cell read: the ids of its known terms, and the items it has unknown."""

    ids: set[int]
    unknown: list[str]


def _term_ids(column):
    def parse(text, vocabulary):
        known = vocabulary.terms[column].ids
        found = Found(set(), [])
        for item in split(text):
            pk = known.get(item.lower())
            if pk is None:
                found.unknown.append(item)
            else:
                found.ids.add(pk)
        return found

    return parse


def _tag_names(text, vocabulary):
    return list(dict.fromkeys(split(text)))


def _status(text, vocabulary):
    return text.strip().lower()


# Checking a value: (value shown, message[, allowed]) for each problem ---------------------------


def _messages(model_field, value):
    """Django's own messages for a value of a model field ("This field cannot be blank.")."""
    try:
        model_field.clean(value, None)
    except ValidationError as error:
        return error.messages
    return ()


def _valid(name):
    """Checked as the model's field `name` validates it."""

    def check(value, text, vocabulary):
        messages = _messages(vocabulary.fields[name], value)
        return [(value, message) for message in messages] if messages else ()

    return check


def _valid_if_given(name):
    """Checked as the model's field `name` validates it, when not empty."""
    valid = _valid(name)

    def check(value, text, vocabulary):
        return valid(value, text, vocabulary) if value else ()

    return check


def _check_year(value, text, vocabulary):
    if isinstance(value, _NotAYear):
        message = _("not a year: %(value)s. Use four digits, such as 2019")
        return [(value, message % {"value": value})]
    if value is None:
        return ()
    return [(text.strip(), message) for message in _messages(vocabulary.fields["year"], value)]


def _check_resource_type(value, text, vocabulary):
    types = vocabulary.types
    if value is not None:
        return ()
    if text.strip():
        message = _("unknown %(noun)s: %(values)s") % {"noun": types.noun, "values": text}
        return [(text, message, types.allowed)]
    return [(text, _("a %(noun)s is required") % {"noun": types.noun})]


def _check_languages(value, text, vocabulary):
    unknown = [code for code in value if not languages.is_valid(code)]
    if not unknown:
        return ()
    message = _(
        "not ISO 639-1 language codes: %(codes)s. Use two-letter codes such as en, fr, de, zh"
    )
    return [(text, message % {"codes": ", ".join(unknown)})]


def _known_terms(column):
    def check(found, text, vocabulary):
        if not found.unknown:
            return ()
        terms = vocabulary.terms[column]
        message = _("unknown %(noun)s: %(values)s")
        message %= {"noun": terms.noun, "values": ", ".join(found.unknown)}
        return [(text, message, terms.allowed)]

    return check


def _check_tags(value, text, vocabulary):
    tag = vocabulary.fields["tag"]
    return [(name, message) for name in value for message in _messages(tag, name)]


def _check_status(value, text, vocabulary):
    if value in Resource.Status.values:
        return ()
    message = _("unknown status: %(value)s") % {"value": text}
    return [(text, message, ", ".join(Resource.Status.values))]


# Where a value goes ------------------------------------------------------------------------


def _to_field(name):
    def write(value, change):
        change.fields[name] = value

    return write


def _write_publisher(name, change):
    pk, stored = change.publishers[name.lower()] if name else (None, "")
    change.fields["publisher_id"] = pk
    change.publisher_text = stored  # the search vector's copy (saving.py)


def _to_links(column):
    def write(found, change):
        change.links[column] = found.ids

    return write


def _write_tags(names, change):
    found = dict(change.tags[name.lower()] for name in names)  # {id: name as stored}
    change.links["tags"] = set(found)
    change.tag_names = list(found.values())


def _to_translation(name, code):
    def write(text, change):
        change.translations.setdefault(code, {})[name] = text

    return write


# How a record is written out: {column or field: value} (importing.export_record) -----------


def _joined(key):
    def export(record):
        return SEPARATOR.join(record[key])

    return export


def _publisher(record):
    return record["publisher"] or ""


def _year_text(record):
    return "" if record["year"] is None else str(record["year"])


def _translation(name, code):
    def export(record):
        return ((record["translations"] or {}).get(code) or {}).get(name, "")

    return export


# The import format: its columns, in the order of an export and of a row's problems.
FORMAT: tuple[Column, ...] = (
    Column(
        "title",
        parse=_as_written,
        check=_valid("title"),
        write=_to_field("title"),
        export=itemgetter("title"),
    ),
    # The url decides which resource a row is (import_writer.py): it is not written.
    Column("url", parse=_stripped, check=_valid("url"), export=itemgetter("url")),
    Column(
        "publisher",
        parse=_one_spaced,
        check=_valid_if_given("publisher"),
        write=_write_publisher,
        export=_publisher,
    ),
    Column("year", parse=_year, check=_check_year, write=_to_field("year"), export=_year_text),
    Column(
        "resource_type",
        parse=_resource_type,
        check=_check_resource_type,
        write=_to_field("resource_type_id"),
        export=itemgetter("resource_type"),
    ),
    Column(
        "languages",
        parse=_languages,
        check=_check_languages,
        write=_to_field("languages"),
        export=_joined("languages"),
    ),
    *(
        Column(
            name,
            parse=_term_ids(name),
            check=_known_terms(name),
            write=_to_links(name),
            export=_joined(name),
        )
        for name in TERM_COLUMNS
    ),
    Column("tags", parse=_tag_names, check=_check_tags, write=_write_tags, export=_joined("tags")),
    Column(
        "summary",
        parse=_as_written,
        check=_valid("summary"),
        write=_to_field("summary"),
        export=itemgetter("summary"),
    ),
    # Without it, a new resource is published and an existing one keeps its status.
    Column(
        "status",
        parse=_status,
        check=_check_status,
        write=_to_field("status"),
        export=itemgetter("status"),
        required=False,
    ),
    *(
        Column(
            f"{name}_{code}",
            parse=_stripped,
            check=_valid_if_given(name),
            write=_to_translation(name, code),
            export=_translation(name, code),
            required=False,
        )
        for code in i18n.codes()
        if code != "en"
        for name in TRANSLATED
    ),
)
COLUMNS = [column.name for column in FORMAT if column.required]
OPTIONAL_COLUMNS = [column.name for column in FORMAT if not column.required]
TRANSLATION_COLUMNS = [name for name in OPTIONAL_COLUMNS if name != "status"]


def exported(with_status: bool = False) -> list[Column]:
    """The columns of an export: all of them, the status only when asked."""
    return [column for column in FORMAT if with_status or column.name != "status"]
