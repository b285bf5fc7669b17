"""The one place a tsquery is written as text: tsqueries PostgreSQL compiled from a query's
forms (matching.py's first query), combined as PostgreSQL's own ||, && and !! would combine
them. Nothing here parses a tsquery; PostgreSQL reads what it writes (`%s::tsquery`)."""

from collections.abc import Iterable, Mapping

from ..textquery import FormQuery, TextQuery

Compiled = Mapping[FormQuery, str]  # each form's tsquery, as PostgreSQL wrote it


def any_of(tsqueries: Iterable[str]) -> str:
    """The tsquery any of these satisfies; an empty one (only stop words) asks for nothing,
    as with ||."""
    found = [tsquery for tsquery in tsqueries if tsquery]
    return found[0] if len(found) == 1 else " | ".join(f"( {tsquery} )" for tsquery in found)


def without(tsquery: str, excluded: str) -> str:
    """The tsquery that asks for tsquery and not for excluded, as tsquery && !!excluded."""
    if not excluded:
        return tsquery
    return f"( {tsquery} ) & !( {excluded} )" if tsquery else f"!( {excluded} )"


def of_clause(text: TextQuery, clause, compiled: Compiled, forms: int | None = None) -> str:
    """The tsquery of a clause: any of its forms (or of its first `forms`)."""
    return any_of(compiled[query] for query in text.clause_queries(clause, forms))


def of_group(text: TextQuery, group, compiled: Compiled, forms: int | None = None) -> str:
    """The tsquery of a group of words: any of its clauses."""
    return any_of(of_clause(text, clause, compiled, forms) for clause in group)


def of_text(text: TextQuery, compiled: Compiled, forms: int | None = None) -> str:
    """The tsquery of any of the text's groups, none of its excluded clauses (to highlight)."""
    tsquery = any_of(of_group(text, group, compiled, forms) for group in text.groups)
    for clause in text.excluded:
        tsquery = without(tsquery, of_clause(text, clause, compiled))
    return tsquery
