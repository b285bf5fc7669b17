"""Text as the Hub takes it in: without the control characters that text pasted from a PDF
carries (a vertical tab, a form feed, a NUL…), which no page needs and XML refuses, so a
feed with one would fail (docs/data.md, "Text on the way in").

Every form posted to the Hub is cleaned by config.middleware.CleanTextInputMiddleware, the
CSV import cleans each cell (resources/import_rows.py), and the feeds clean what they show,
for text stored before.
"""

import re

from django.http import QueryDict
from django.utils.feedgenerator import Atom1Feed

# C0 controls but tab, newline and carriage return; DEL; lone surrogates; and the two
# non-characters XML 1.0 refuses as well.
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
# Of those, the ones that separate words (a vertical tab, a form feed, the information
# separators): a space, so that "one\x0btwo" stays two words.
_SEPARATING = re.compile("[\x0b\x0c\x1c-\x1f]")


def clean_text(value):
    """value without control characters (separators become a space); anything but a string
    as it is."""
    if not isinstance(value, str) or not CONTROL.search(value):
        return value
    return CONTROL.sub("", _SEPARATING.sub(" ", value))


def cleaned_data(data):
    """A QueryDict (a request's POST) with every value cleaned; the same one when no value
    has a control character."""
    if not any(CONTROL.search(v) for _, values in data.lists() for v in values):
        return data
    cleaned = QueryDict(mutable=True, encoding=data.encoding)
    for key, values in data.lists():
        cleaned.setlist(key, [clean_text(v) for v in values])
    cleaned._mutable = False
    return cleaned


def _cleaned(value):
    if isinstance(value, list | tuple):
        return type(value)(clean_text(v) for v in value)
    return clean_text(value)


class CleanAtom1Feed(Atom1Feed):
    """An Atom feed of what is stored, whatever it is: text saved before the Hub cleaned its
    input may hold control characters, which XML refuses (a 500 for the whole feed)."""

    def __init__(self, *args, **kwargs):
        args = [_cleaned(v) for v in args]
        super().__init__(*args, **{k: _cleaned(v) for k, v in kwargs.items()})

    def add_item(self, *args, **kwargs):
        args = [_cleaned(v) for v in args]
        super().add_item(*args, **{k: _cleaned(v) for k, v in kwargs.items()})
