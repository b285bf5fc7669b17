"""A catalogue's declaration, checked when the project starts (`manage.py check`), as Django's
admin checks a ModelAdmin's options: a typo in a facet's path or a sort's field fails the
check, not the first request. Nothing here reads the database."""

import re
from typing import TYPE_CHECKING

from django.core.checks import CheckMessage, Error
from django.core.exceptions import FieldDoesNotExist, FieldError
from django.db.models import F, QuerySet

from .vectors import VECTOR_FIELD, searchable

if TYPE_CHECKING:
    from .catalogue import Catalogue

# The query string's parameters other than the facets' (params.ListingForm).
RESERVED = frozenset({"q", "year_min", "year_max", "sort", "page", "more"})
# A name that goes into URLs, SQL identifiers and trigger names as it is.
NAME = re.compile(r"[a-z][a-z0-9_]*")


def check_catalogue(catalogue: "Catalogue") -> list[CheckMessage]:
    """The errors of a catalogue's declaration: ids eprm_hub.E010 to E021 (docs/facets.md)."""
    visible = catalogue.visible()
    return [
        *_name(catalogue),
        *_facets(catalogue, visible),
        *_sorts(catalogue, visible),
        *_fields(catalogue, visible),
    ]


def _error(catalogue: "Catalogue", message: str, number: int, hint: str | None = None) -> Error:
    return Error(message, hint=hint, obj=catalogue, id=f"eprm_hub.E{number:03d}")


def _unresolved(visible: QuerySet, expression) -> str | None:
    """Why an ORM path (or an expression) does not resolve on the rows; None if it does."""
    if isinstance(expression, str):
        expression = F(expression.removeprefix("-"))
    try:
        expression.resolve_expression(visible.query.chain())
    except FieldError as error:
        return str(error)
    return None


def _name(catalogue: "Catalogue") -> list[Error]:
    if NAME.fullmatch(catalogue.name):
        return []
    message = f"The catalogue's name {catalogue.name!r} is not lower-case letters, digits and _."
    return [_error(catalogue, message, 10, "It names the catalogue's version and triggers.")]


def _facets(catalogue: "Catalogue", visible: QuerySet) -> list[Error]:
    errors, seen = [], set()
    for facet in catalogue.facets:
        if facet.name in seen:
            errors.append(_error(catalogue, f"Facet {facet.name!r} is declared twice.", 11))
        seen.add(facet.name)
        if not NAME.fullmatch(facet.name) or facet.name in RESERVED:
            message = f"Facet {facet.name!r} cannot be a query string parameter."
            hint = f"Use lower-case letters, digits and _, and none of {sorted(RESERVED)}."
            errors.append(_error(catalogue, message, 12, hint))
        if why := _unresolved(visible, facet.path):
            message = f"Facet {facet.name!r}: its path {facet.path!r} does not resolve: {why}"
            errors.append(_error(catalogue, message, 13))
    for name in catalogue.row_facets:
        if name not in seen:
            errors.append(_error(catalogue, f"Row facet {name!r} is no facet of it.", 14))
    return errors


def _sorts(catalogue: "Catalogue", visible: QuerySet) -> list[Error]:
    errors, seen = [], set()
    for sort in catalogue.declared_sorts:
        if sort.key in seen:
            errors.append(_error(catalogue, f"Sort {sort.key!r} is declared twice.", 15))
        seen.add(sort.key)
        if bool(sort.ordering) == (sort.key == "relevance"):
            message = f"Sort {sort.key!r} must have an ordering, and only it must not."
            hint = "PostgreSQL ranks the text for 'relevance'; every other sort is a column order."
            errors.append(_error(catalogue, message, 16, hint))
        for field in sort.ordering:
            if why := _unresolved(visible, field):
                message = f"Sort {sort.key!r}: {field!r} does not resolve: {why}"
                errors.append(_error(catalogue, message, 17))
    if catalogue.first_order is None:
        message = "No sort has an ordering: a listing without text has no order."
        errors.append(_error(catalogue, message, 16))
    return errors


def _fields(catalogue: "Catalogue", visible: QuerySet) -> list[Error]:
    """The year, the text search and the highlighted fields."""
    model = visible.model
    errors = []
    if catalogue.year_field and (why := _unresolved(visible, catalogue.year_field)):
        message = f"Its year field {catalogue.year_field!r} does not resolve: {why}"
        errors.append(_error(catalogue, message, 18))
    if not searchable(model):
        message = f"{model._meta.label} has no {VECTOR_FIELD!r}, which its text search reads."
        errors.append(_error(catalogue, message, 19))
    if catalogue.words_view and not NAME.fullmatch(catalogue.words_view):
        message = f"Its words view {catalogue.words_view!r} is not a plain SQL name."
        errors.append(_error(catalogue, message, 20))
    for name in catalogue.highlight or ():
        try:
            model._meta.get_field(name)
        except FieldDoesNotExist:
            message = f"Its highlighted field {name!r} is no field of {model._meta.label}."
            errors.append(_error(catalogue, message, 21))
    return errors
