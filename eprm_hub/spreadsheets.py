"""CSV files that spreadsheets open safely and correctly.

A cell starting with = + - @ or a tab or carriage return is run as a formula by Excel and
LibreOffice ("CSV injection", OWASP): exports write it with a leading apostrophe, which the
spreadsheet shows as text, and the importer takes the apostrophe off again, so an export
imports back to exactly the same values. A byte order mark tells Excel the file is UTF-8
("Chocó", not "ChocÃ³").
"""

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
