"""The IATI Validator's checks beyond the schema, applied to an IATI document in the tests.

- check(document) applies the Standard Ruleset (projects/iati_rules/standard.json) to every
  activity. Each rule type follows its definition in IATI-Rulesets' SPEC.rst, read together
  with the two engines that implement it: the repository's Python engine (iatirulesets/,
  written for the older standard_py.json) and the IATI Validator's JavaScript one
  (js-validator-api, services/rulesValidator.js), which applies standard.json. Where they
  differ the Validator is followed, except that XPath results are true or false as XPath says
  (an empty node-set is false, as in the Python engine): JavaScript would take an empty array
  for true and let rules such as 3.7.1 (no recipient country or region) pass unseen.
- codelist_failures(document) checks every coded value against its codelist, as
  projects/iati_rules/codelists/mapping.xml assigns them.
- status_failures(document) checks that each activity's status agrees with its dates and
  results, as the IATI guidance on activity dates and status asks; standard.json has no rule
  on the status itself.

The engine knows the rule types that standard.json uses and refuses any other, so a newer
ruleset cannot pass unchecked.
"""

import copy
import datetime
import functools
import json
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from lxml import etree

RULES_DIR = Path(__file__).resolve().parent.parent / "projects" / "iati_rules"
CODELISTS_DIR = RULES_DIR / "codelists"

_DATE = re.compile(r"(-?\d{4,})-(\d{2})-(\d{2})")


@dataclass(frozen=True)
class Failure:
    """A rule an activity breaks: its id, severity and message as the ruleset gives them."""

    id: str
    severity: str
    message: str
    activity: str  # the iati-identifier, or "file" for rules on the whole file

    def __str__(self):
        return f"{self.severity.upper()} {self.id} in {self.activity}: {self.message}"


@functools.cache
def ruleset():
    return json.loads((RULES_DIR / "standard.json").read_text(encoding="utf-8"))


@functools.cache
def codes(codelist):
    """The codes of a vendored codelist that are not withdrawn."""
    tree = etree.parse(str(CODELISTS_DIR / f"{codelist}.xml"))
    return frozenset(tree.xpath("//codelist-item[not(@status='withdrawn')]/code/text()"))


def id_sets():
    # ORG-ID would be the organisation identifiers of the IATI Registry's publishers, which are
    # not vendored: with none known, the rules conditioned on them always apply, the strictest
    # reading. ORG-ID-PREFIX: the Validator takes the agency prefixes from org-id.guide; IATI's
    # codelist of registration agencies is the same list, vendored.
    return {"ORG-ID": frozenset(), "ORG-ID-PREFIX": codes("OrganisationRegistrationAgency")}


def check(document, today=None):
    """Every failure of the Standard Ruleset in an iati-activities document, in rule order."""
    today = today or datetime.datetime.now(datetime.UTC).date()
    failures = []
    for context, rules in ruleset().items():
        for element in document.xpath(context):
            for rule, body in rules.items():
                for case in body["cases"]:
                    for outcome, info in _outcomes(rule, case, element, today):
                        if outcome is False:
                            failures.append(
                                Failure(info["id"], info["severity"], info["message"], _id(element))
                            )
    # The Validator also checks that identifiers are unique within the file (1.1.2).
    identifiers = document.xpath("/iati-activities/iati-activity/iati-identifier/text()")
    for duplicate in sorted({i for i in identifiers if identifiers.count(i) > 1}):
        message = "The activity identifier must be unique for each activity."
        failures.append(Failure("1.1.2", "error", message, duplicate))
    return failures


def _id(element):
    found = element.xpath("ancestor-or-self::iati-activity/iati-identifier/text()")
    return found[0] if found else "file"


def _outcomes(rule, case, element, today):
    """(outcome, ruleInfo) for one case: True, False, or None when the case does not apply."""
    if rule == "loop":
        for value in sorted(set(element.xpath(case["foreach"]))):
            for sub_rule, body in case["do"].items():
                for sub_case in body["cases"]:
                    yield _apply(
                        sub_rule, _substitute(sub_case, case["subs"], value), element, today
                    )
        return
    yield _apply(rule, case, element, today)


def _substitute(case, keys, value):
    case = copy.deepcopy(case)
    for key in keys:
        if isinstance(case[key], list):
            case[key] = [item.replace("$1", value) for item in case[key]]
        else:
            case[key] = case[key].replace("$1", value)
    return case


def _apply(rule, case, element, today):
    info = case["ruleInfo"]
    if "condition" in case and not _true(element.xpath(case["condition"])):
        return None, info
    matches = [match for path in case.get("paths", []) for match in element.xpath(path)]
    texts = [_text(match) for match in matches]
    if "idCondition" in case and not _id_condition(case["idCondition"], texts):
        return None, info
    try:
        test = RULE_TYPES[rule]
    except KeyError:
        raise NotImplementedError(f"rule type {rule!r} (rule {info['id']})") from None
    return test(case, element, matches, texts, today), info


def _true(result):
    """An XPath result as XPath's boolean() sees it."""
    if isinstance(result, bool):
        return result
    if isinstance(result, float):
        return result == result and result != 0  # NaN is false
    if isinstance(result, str):
        return result != ""
    return len(result) > 0


def _text(match):
    return match.text or "" if isinstance(match, etree._Element) else str(match)


def _id_condition(condition, texts):
    known = id_sets()["ORG-ID"]
    if condition == "NOT_EXISTING_ORG_ID":
        return all(text not in known for text in texts)
    if condition == "NOT_EXISTING_ORG_ID_PREFIX":
        return not any(text.startswith(f"{org}-") for text in texts for org in known)
    raise NotImplementedError(f"idCondition {condition!r}")


def _date(element, path, today):
    """The first date the path finds (NOW is today), or None."""
    if path == "NOW":
        return today
    found = element.xpath(path)
    match = _DATE.match(str(found[0])) if found else None
    return datetime.date(*map(int, match.groups())) if match else None


def _decimal(text):
    try:
        return Decimal(text)
    except InvalidOperation:
        return Decimal("NaN")


def _perl_regex(pattern):
    # In Perl and JavaScript "$" ends the text; in Python it also matches before a last newline.
    return re.compile(re.sub(r"(?<!\\)\$", r"\\Z", pattern))


def _one_or_all(case, element, matches, texts, today):
    if element.xpath(case["one"]):
        return True
    if case["all"] == "lang":
        return all(n.xpath("@xml:lang") for n in element.xpath("descendant::narrative"))
    if case["all"] == "sector":
        return all(t.xpath("sector") for t in element.xpath("transaction"))
    if case["all"] == "currency":
        money = element.xpath("descendant::value | descendant::forecast | descendant::loan-status")
        return all(m.get("currency") for m in money)
    raise NotImplementedError(f"one_or_all with all={case['all']!r}")


def _startswith(case, element, matches, texts, today):
    if case["prefix"] == ["ORG-ID-PREFIX"]:
        # The agency prefix is what comes before the second hyphen.
        return all("-".join(t.split("-")[:2]) in id_sets()["ORG-ID-PREFIX"] for t in texts)
    separator = case.get("separator", "")
    prefixes = [_text(m) + separator for path in case["prefix"] for m in element.xpath(path)]
    return all(any(t.startswith(p) for p in prefixes) for t in texts)


def _date_order(case, element, matches, texts, today):
    less, more = _date(element, case["less"], today), _date(element, case["more"], today)
    return None if less is None or more is None else less <= more


def _date_now(case, element, matches, texts, today):
    found = element.xpath(case["date"])
    if not found:
        return None
    moment = datetime.datetime.fromisoformat(str(found[0]))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.UTC)
    return moment <= datetime.datetime.now(datetime.UTC)


def _time_limit(case, element, matches, texts, today):
    # The Validator counts days (date-fns differenceInDays): at most 365. The Python engine
    # allows a whole calendar year, one day more across a 29 February.
    start, end = _date(element, case["start"], today), _date(element, case["end"], today)
    return None if start is None or end is None else (end - start).days <= 365


def _between_dates(case, element, matches, texts, today):
    date = _date(element, case["date"], today)
    if date is None:
        return None
    return _date(element, case["start"], today) <= date <= _date(element, case["end"], today)


def _range(case, element, matches, texts, today):
    values = [_decimal(t) for t in texts]
    low = [Decimal(str(case["min"]))] if "min" in case else []
    high = [Decimal(str(case["max"]))] if "max" in case else []
    return all(
        not v.is_nan() and all(lo <= v for lo in low) and all(v <= hi for hi in high)
        for v in values
    )


RULE_TYPES = {
    "atleast_one": lambda case, element, matches, texts, today: len(matches) >= 1,
    "no_more_than_one": lambda case, element, matches, texts, today: len(matches) <= 1,
    "unique": lambda case, element, matches, texts, today: len(texts) == len(set(texts)),
    "no_spaces": lambda case, element, matches, texts, today: all(t == t.strip() for t in texts),
    "strict_sum": lambda case, element, matches, texts, today: (
        sum((_decimal(t) for t in texts), Decimal(0)) == Decimal(str(case["sum"]))
    ),
    # An empty text passes, as in the Validator.
    "regex_matches": lambda case, element, matches, texts, today: all(
        t == "" or _perl_regex(case["regex"]).search(t) for t in texts
    ),
    "regex_no_matches": lambda case, element, matches, texts, today: all(
        t == "" or not _perl_regex(case["regex"]).search(t) for t in texts
    ),
    "if_then": lambda case, element, matches, texts, today: (
        _true(element.xpath(case["then"])) if _true(element.xpath(case["if"])) else True
    ),
    "one_or_all": _one_or_all,
    "startswith": _startswith,
    "date_order": _date_order,
    "date_now": _date_now,
    "time_limit": _time_limit,
    "between_dates": _between_dates,
    "range": _range,
}


KNOWN_TYPES = {*RULE_TYPES, "loop"}


def rule_types():
    """Every rule type standard.json uses, loops included."""
    found = set()
    for rules in ruleset().values():
        for rule, body in rules.items():
            found.add(rule)
            for case in body["cases"]:
                found.update(case.get("do", {}))
    return found


# Codelists ----------------------------------------------------------------------------------


@functools.cache
def mappings():
    """(path, codelist, condition) of mapping.xml, for activity files."""
    root = etree.parse(str(CODELISTS_DIR / "mapping.xml")).getroot()
    return [
        (m.findtext("path"), m.find("codelist").get("ref"), m.findtext("condition"))
        for m in root.iter("mapping")
        if not m.findtext("path").startswith("//iati-organisation")
    ]


def codelist_failures(document):
    """Every coded value not on its codelist, as "path = value (codelist)"; also any coded
    value whose codelist is not vendored."""
    failures = []
    for path, codelist, condition in mappings():
        for value in document.xpath(path):
            owner = value.getparent()
            if condition and not _true(owner.xpath(condition)):
                continue
            if not (CODELISTS_DIR / f"{codelist}.xml").exists():
                failures.append(f"{path} = {value}: codelist {codelist} is not vendored")
            elif str(value) not in codes(codelist):
                failures.append(f"{path} = {value} is not on the {codelist} codelist")
    return failures


def coded_values(document):
    """{path: values} of the coded values found, to see what the check looked at."""
    found = {}
    for path, _codelist, condition in mappings():
        for value in document.xpath(path):
            if condition and not _true(value.getparent().xpath(condition)):
                continue
            found.setdefault(path, set()).add(str(value))
    return found


# Status and dates ---------------------------------------------------------------------------

PIPELINE, IMPLEMENTATION, FINALISATION, CLOSED = "1", "2", "3", "4"


def status_failures(document):
    """Where an activity's status disagrees with its dates or results: IATI's guidance on
    activity dates and status (https://iatistandard.org/en/guidance/standard-guidance/
    activity-dates-status/). A pipeline activity has not started: only planned dates, no
    actual result. One in implementation has an actual start and no actual end. A finalised
    or closed one has started (an actual start); its actual end is recommended, not required,
    since a project may close before its planned end on a day not recorded."""
    failures = []
    for activity in document.xpath("/iati-activities/iati-activity"):
        status = activity.xpath("string(activity-status/@code)")
        dates = set(activity.xpath("activity-date/@type"))
        name = _id(activity)
        if status == PIPELINE:
            if dates & {"2", "4"}:
                failures.append(f"{name}: a pipeline activity has an actual date")
            if activity.xpath("result/indicator/period/actual"):
                failures.append(f"{name}: a pipeline activity has an actual result")
        if status in (IMPLEMENTATION, FINALISATION, CLOSED) and "2" not in dates:
            failures.append(f"{name}: status {status} without an actual start date")
        if status == IMPLEMENTATION and "4" in dates:
            failures.append(f"{name}: an activity in implementation has an actual end date")
    return failures
