"""A listing's query string, parsed and validated by a form that never refuses a visitor:
whatever it cannot use it leaves out and names, so the page can say what it ignored
(docs/facets.md, "Bad input")."""

import re
from dataclasses import dataclass, field

from django import forms

from .definitions import Term

MAX_QUERY_LENGTH = 200
CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def shown(value):
    """A value as the page can show it: control characters replaced, at most 100 letters."""
    return CONTROL.sub("\ufffd", value[:100])


def _int_or_none(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


class TextField(forms.CharField):
    """The free text: control characters out (PostgreSQL refuses a NUL; they carry no words),
    spaces collapsed, cut at MAX_QUERY_LENGTH. Cleans to (text, whether it was cut)."""

    def __init__(self):
        super().__init__(required=False, strip=False)

    def clean(self, value):
        text = " ".join(CONTROL.sub(" ", value or "").split())
        return text[:MAX_QUERY_LENGTH], len(text) > MAX_QUERY_LENGTH


class ValuesField(forms.MultipleChoiceField):
    """A facet's chosen values. Cleans to (keys in the facet's order, values not understood,
    terms of valid values that no visible row has)."""

    def __init__(self, facet, terms):
        super().__init__(required=False)
        self.facet, self.terms = facet, terms

    def clean(self, value):
        keys, ignored = set(), []
        others: dict[str, Term] = {}
        for raw in dict.fromkeys(v for v in value or [] if v != ""):
            key = self._key(raw, others)
            if key is None:
                ignored.append(shown(raw) if _malformed(raw) else raw)
            else:
                keys.add(key)
        order = {**self.terms, **others}
        return [key for key in order if key in keys], ignored, others

    def _key(self, raw, others):
        """The key of a value the facet takes, adding a valid value no visible row has to
        others under its proper key (cd → CD); None for a value it does not take."""
        if _malformed(raw):  # no slug or code looks like that
            return None
        if raw in self.terms:
            return raw
        other = self.facet.other(raw) if self.facet.other else None
        if other:
            others[other.key] = other
            return other.key
        return None


def _malformed(raw):
    return len(raw) > 100 or bool(CONTROL.search(raw))


class YearField(forms.CharField):
    """A four-digit year, or None; cleans to (year, the value if it was not one)."""

    def __init__(self):
        super().__init__(required=False)

    def clean(self, value):
        raw = (value or "").strip()
        year = _int_or_none(raw)
        if raw and (year is None or not 1000 <= year <= 9999):
            return None, shown(raw)
        return year, None


class WordField(forms.CharField):
    """A single word (sort, page, more), as the page can show it back."""

    def __init__(self):
        super().__init__(required=False)

    def clean(self, value):
        return shown((value or "").strip())


@dataclass
class Parsed:
    """What the query string asks for, in the engine's terms."""

    query: str = ""
    query_was_cut: bool = False
    selected: dict = field(default_factory=dict)  # facet → keys, in the facet's order
    others: dict = field(default_factory=dict)  # facet → {key: Term} of valid unseen values
    year_min: int | None = None
    year_max: int | None = None
    sort: str = ""
    default_sort: str = ""
    page: int | None = None
    page_given: bool = False
    expanded: str = ""  # a long facet asked for in full (?more=publisher)
    ignored: list = field(default_factory=list)  # (parameter, value) pairs not understood


class ListingForm(forms.Form):
    """The fields of a catalogue's query string: q, each facet, the years, sort, page, more."""

    def __init__(self, params, catalogue, index):
        super().__init__(params)
        self.catalogue = catalogue
        self.fields["q"] = TextField()
        for facet in catalogue.facets:
            self.fields[facet.name] = ValuesField(facet, index.terms[facet.name])
        if catalogue.year_field:
            self.fields["year_min"] = YearField()
            self.fields["year_max"] = YearField()
        for name in ("sort", "page", "more"):
            self.fields[name] = WordField()

    def parsed(self) -> Parsed:
        self.is_valid()  # every field cleans without error: nothing here is refused
        data = self.cleaned_data
        result = Parsed()
        result.query, result.query_was_cut = data["q"]
        self._facets(result, data)
        if self.catalogue.year_field:
            self._years(result, data)
        self._sort(result, data["sort"])
        result.page = _int_or_none(data["page"])
        result.page_given = bool(data["page"])
        long = {f.name for f in self.catalogue.facets if f.long}
        result.expanded = data["more"] if data["more"] in long else ""
        return result

    def _facets(self, result, data):
        for facet in self.catalogue.facets:
            keys, ignored, others = data[facet.name]
            result.ignored += [(facet.name, value) for value in ignored]
            if keys:
                result.selected[facet.name] = keys
            result.others[facet.name] = others

    def _years(self, result, data):
        years = []
        for name in ("year_min", "year_max"):
            year, ignored = data[name]
            if ignored:
                result.ignored.append((name, ignored))
            years.append(year)
        low, high = years
        if low and high and low > high:
            low, high = high, low
        result.year_min, result.year_max = low, high

    def _sort(self, result, requested):
        sorts = self.catalogue.sorts
        relevance = result.query and "relevance" in sorts
        result.default_sort = (
            "relevance" if relevance else next(k for k in sorts if k != "relevance")
        )
        result.sort = result.default_sort
        if requested:
            if requested not in sorts or (requested == "relevance" and not result.query):
                result.ignored.append(("sort", shown(requested)))
            else:
                result.sort = requested
