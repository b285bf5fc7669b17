"""Which rules apply to a company: its figures compared with the rules' criteria
(guidance/models.py), in three-valued logic (docs/rules.md).

A criterion holds, fails, or cannot be told: a figure the company did not give, or a threshold
nobody could confirm from the official text. A scope holds when all its criteria hold and fails
when one fails; a rule applies through the first of its scopes that holds. Each verdict says
why, comparing the company's figure with the threshold in the reader's language.
"""

import datetime
from dataclasses import dataclass, field

from django.db.models import Min, Prefetch
from django.utils.formats import date_format, number_format
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django_countries import countries

from .models import AnnexLine, Criterion, Rule, RuleScope

# The Union's member states: where a company's EU turnover is, by default, all of its turnover.
EU_MEMBER_STATES = frozenset(
    {"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU"}
    | {"IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"}
)


class Verdict:
    APPLIES = "applies"
    WILL_APPLY = "will-apply"
    DOES_NOT_APPLY = "does-not-apply"
    CANNOT_TELL = "cannot-tell"


@dataclass
class Company:
    """What a company says of itself; None where it did not say."""

    country: str | None = None
    employees: int | None = None
    employees_in_country: int | None = None
    turnover_eur: int | None = None
    eu_turnover_eur: int | None = None
    imports: list = field(default_factory=list)  # [(digits, kg)]
    minerals: list = field(default_factory=list)  # slugs; empty when not said
    batteries: bool = False
    sec_registrant: bool = False
    products_eu: bool = False
    on: datetime.date = field(default_factory=datetime.date.today)

    def figure(self, kind):
        """The company's figure a criterion of this kind compares, with its defaults."""
        if kind == Criterion.Kind.EMPLOYEES:
            return self.employees
        if kind == Criterion.Kind.EMPLOYEES_IN_COUNTRY:
            local = self.employees_in_country
            return self.employees if local is None else local
        if kind == Criterion.Kind.TURNOVER:
            return self.turnover_eur
        if kind == Criterion.Kind.EU_TURNOVER:
            if self.eu_turnover_eur is not None:
                return self.eu_turnover_eur
            if self.country is None:
                return None
            return self.turnover_eur if self.country in EU_MEMBER_STATES else 0
        raise ValueError(kind)


@dataclass
class Test:
    """A criterion's outcome: True, False or None (cannot tell), and why."""

    holds: bool | None
    reasons: list


@dataclass
class Answer:
    rule: Rule
    verdict: str
    applies_from: datetime.date | None
    reasons: list


def rules():
    """Every rule with what judging it reads, in a fixed number of queries."""
    return Rule.objects.prefetch_related(
        Prefetch(
            "scopes",
            queryset=RuleScope.objects.prefetch_related(
                Prefetch("criteria", queryset=Criterion.objects.prefetch_related("minerals"))
            ),
        ),
        Prefetch("annex_lines", queryset=AnnexLine.objects.all()),
        "sources",
    )


def judge(company, rule_list=None):
    """[Answer], one per rule, in the rules' order."""
    return [judge_rule(company, rule) for rule in (rules() if rule_list is None else rule_list)]


def judge_rule(company, rule):
    tested = [(scope, _test_scope(company, rule, scope)) for scope in rule.scopes.all()]
    held = [(scope, test) for scope, test in tested if test.holds]
    if held:
        in_force = [(s, t) for s, t in held if s.applies_from <= company.on]
        if in_force:
            scope, test = min(in_force, key=lambda pair: pair[0].applies_from)
            return Answer(rule, Verdict.APPLIES, scope.applies_from, test.reasons)
        scope, test = min(held, key=lambda pair: pair[0].applies_from)
        reasons = [*test.reasons, _applies_from(scope.applies_from)]
        return Answer(rule, Verdict.WILL_APPLY, scope.applies_from, reasons)
    unknown = [test for _scope, test in tested if test.holds is None]
    if unknown:
        return Answer(rule, Verdict.CANNOT_TELL, None, _unique(unknown))
    return Answer(rule, Verdict.DOES_NOT_APPLY, None, _unique(_relevant(tested)))


def _test_scope(company, rule, scope):
    """All criteria, in order, stopping at the first that fails: what decided is what is said."""
    reasons, holds = [], True
    for criterion in scope.criteria.all():
        test = _test(company, rule, criterion)
        reasons += test.reasons
        if test.holds is False:
            return Test(False, reasons)
        if test.holds is None:
            holds = None
    return Test(holds, reasons)


def _relevant(tested):
    """The scopes worth explaining for "does not apply": those the company's country fits,
    so a German company is not told that it is not outside the EU."""
    located = [
        (scope, test)
        for scope, test in tested
        if not (test.holds is False and len(test.reasons) == 1 and _is_place(scope))
    ]
    return [test for _scope, test in (located or tested)]


def _is_place(scope):
    first = next(iter(scope.criteria.all()), None)
    return first is not None and first.kind in (
        Criterion.Kind.COUNTRY_IN,
        Criterion.Kind.COUNTRY_NOT_IN,
    )


def _unique(tests):
    seen = []
    for test in tests:
        for reason in test.reasons:
            if reason not in seen:
                seen.append(reason)
    return seen


def _test(company, rule, criterion):
    kind = criterion.kind
    if kind in (Criterion.Kind.COUNTRY_IN, Criterion.Kind.COUNTRY_NOT_IN):
        return _place(company, criterion)
    if kind == Criterion.Kind.ANNEX_IMPORTS:
        return _imports(company, rule)
    if kind == Criterion.Kind.MINERALS:
        return _minerals(company, criterion)
    if kind in FLAGS:
        return _flag(getattr(company, FLAGS[kind][0]), FLAGS[kind][1:])
    return _figure(company, criterion)


def _place(company, criterion):
    if company.country is None:
        return Test(None, [_("You did not say where your registered office is.")])
    wanted = set(criterion.countries)
    inside = company.country in wanted
    name = str(countries.name(company.country))
    where = _places(wanted)
    if wanted == {company.country}:
        return Test(
            criterion.kind == Criterion.Kind.COUNTRY_IN,
            [_("Your registered office is in %(country)s.") % {"country": name}],
        )
    words = {"country": name, "where": where}
    if inside:
        return Test(
            criterion.kind == Criterion.Kind.COUNTRY_IN,
            [_("Your registered office is in %(country)s, in %(where)s.") % words],
        )
    return Test(
        criterion.kind == Criterion.Kind.COUNTRY_NOT_IN,
        [_("Your registered office is in %(country)s, outside %(where)s.") % words],
    )


def _places(codes):
    if set(codes) == EU_MEMBER_STATES:
        return _("the European Union")
    return ", ".join(sorted(str(countries.name(code)) for code in codes))


def _figure(company, criterion):
    if criterion.threshold is None:
        return Test(None, [_unconfirmed(criterion)])
    value = company.figure(criterion.kind)
    threshold = _number(criterion.threshold, criterion.kind)
    if criterion.comparison == Criterion.Comparison.MORE_THAN:
        bound = _("more than %(threshold)s") % {"threshold": threshold}
    else:
        bound = _("%(threshold)s or more") % {"threshold": threshold}
    place = str(countries.name(company.country)) if company.country else ""
    if value is None:
        missing = _("You did not give your %(what)s; the threshold is %(bound)s.")
        return Test(None, [missing % {"what": _missing_words(criterion.kind), "bound": bound}])
    if criterion.comparison == Criterion.Comparison.MORE_THAN:
        holds = value > criterion.threshold
    else:
        holds = value >= criterion.threshold
    words = {"figure": _number(value, criterion.kind), "bound": bound, "country": place}
    return Test(holds, [_figure_sentence(criterion.kind, bool(place)) % words])


def _figure_sentence(kind, placed):
    if kind == Criterion.Kind.EMPLOYEES:
        return _(
            "You have %(figure)s employees worldwide, with your subsidiaries; the threshold "
            "is %(bound)s."
        )
    if kind == Criterion.Kind.EMPLOYEES_IN_COUNTRY and placed:
        return _("You have %(figure)s employees in %(country)s; the threshold is %(bound)s.")
    if kind == Criterion.Kind.EMPLOYEES_IN_COUNTRY:
        return _(
            "You have %(figure)s employees in the country of your registered office; the "
            "threshold is %(bound)s."
        )
    if kind == Criterion.Kind.TURNOVER:
        return _("Your net worldwide turnover is %(figure)s; the threshold is %(bound)s.")
    return _("Your net turnover in the EU is %(figure)s; the threshold is %(bound)s.")


def _missing_words(kind):
    return {
        Criterion.Kind.EMPLOYEES: _("number of employees worldwide"),
        Criterion.Kind.EMPLOYEES_IN_COUNTRY: _("number of employees in your country"),
        Criterion.Kind.TURNOVER: _("net worldwide turnover"),
        Criterion.Kind.EU_TURNOVER: _("net turnover in the EU"),
    }[kind]


def _number(value, kind):
    if kind in (Criterion.Kind.TURNOVER, Criterion.Kind.EU_TURNOVER):
        return _("€%(amount)s") % {"amount": number_format(int(value), force_grouping=True)}
    return number_format(int(value), force_grouping=True)


def inline(text):
    """A name inside a sentence: "tin ores", but German nouns keep their capital."""
    text = str(text)
    return text if get_language() == "de" or not text else text[0].lower() + text[1:]


def _unconfirmed(criterion):
    return _(
        "The Hub could not confirm this threshold from the official text (%(article)s), so it "
        "cannot tell."
    ) % {"article": criterion.article or _("see the sources")}


def _flag(value, sayings):
    yes, no = sayings
    return Test(value, [str(yes) if value else str(no)])


def _minerals(company, criterion):
    wanted = list(criterion.minerals.all())
    names = ", ".join(inline(m.label) for m in wanted)
    if not company.minerals:
        return Test(
            None,
            [
                _("You did not say which minerals your products contain or need (%(names)s?).")
                % {"names": names}
            ],
        )
    shared = [m for m in wanted if m.slug in company.minerals]
    if shared:
        return Test(
            True,
            [
                _("Your products contain or need %(minerals)s.")
                % {"minerals": ", ".join(inline(m.label) for m in shared)}
            ],
        )
    return Test(False, [_("Your products need none of %(minerals)s.") % {"minerals": names}])


def _imports(company, rule):
    """Annex I, line by line: the yearly kilograms declared under each line, against its
    threshold (Art. 1(3): below every threshold, the Regulation does not apply)."""
    if not company.imports:
        return Test(
            False, [_("You declared no imports into the EU of the minerals or metals of Annex I.")]
        )
    lines = list(rule.annex_lines.all())
    totals, unclear, outside = _sorted_imports(company.imports, lines)
    tests = [_line_test(line, totals[line.pk]) for line in lines if line.pk in totals]
    tests += [_unclear_test(digits, broader) for digits, broader in unclear]
    tests += [
        Test(False, [_("CN %(code)s falls under no line of Annex I.") % {"code": spaced(digits)}])
        for digits in outside
    ]
    return _any(tests)


def _sorted_imports(imports, lines):
    """The kilograms added up under each line a code falls under; the codes wider than a line
    (with the lines they are wider than); and the codes under no line."""
    totals, unclear, outside = {}, [], []
    for digits, kg in imports:
        under = [line for line in lines if digits.startswith(line.digits)]
        broader = [line for line in lines if line.digits.startswith(digits) and line not in under]
        for line in under:
            totals[line.pk] = totals.get(line.pk, 0) + kg
        if broader and not under:
            unclear.append((digits, broader))
        elif not under:
            outside.append(digits)
    return totals, unclear, outside


def _line_test(line, kg):
    words = {
        "kg": number_format(_whole(kg), force_grouping=True),
        "what": inline(line.in_language("description")),
        "code": line.printed_code,
    }
    if line.threshold_kg is None:
        return Test(
            None,
            [
                _(
                    "You import %(kg)s kg a year of %(what)s (CN %(code)s), whose threshold the "
                    "Hub could not confirm from the official text: see Annex I."
                )
                % words
            ],
        )
    words["threshold"] = number_format(line.threshold_kg, force_grouping=True)
    if kg >= line.threshold_kg:
        sentence = _(
            "You import %(kg)s kg a year of %(what)s (CN %(code)s); the threshold is "
            "%(threshold)s kg."
        )
        return Test(True, [sentence % words])
    sentence = _(
        "You import %(kg)s kg a year of %(what)s (CN %(code)s), below the threshold "
        "of %(threshold)s kg."
    )
    return Test(False, [sentence % words])


def _unclear_test(digits, broader):
    sentence = _(
        "CN %(code)s is wider than the annex's line for %(what)s (CN %(line)s): give the "
        "full code to tell."
    )
    words = {
        "code": spaced(digits),
        "what": inline(broader[0].in_language("description")),
        "line": broader[0].printed_code,
    }
    return Test(None, [sentence % words])


def _any(tests):
    """Holds when one test holds; else cannot be told when one cannot; else fails. The reasons
    of all, in their order."""
    verdicts = [test.holds for test in tests]
    holds = True if True in verdicts else (None if None in verdicts else False)
    return Test(holds, [reason for test in tests for reason in test.reasons])


def _whole(kg):
    return int(kg) if kg == int(kg) else kg


def spaced(digits):
    """A CN code as the annex prints it: 2609 00 00, TARIC subdivision after a space."""
    head, rest = digits[:4], digits[4:8]
    pairs = [rest[i : i + 2] for i in range(0, len(rest), 2)]
    taric = digits[8:]
    return " ".join([head, *pairs, *([taric] if taric else [])])


def _applies_from(day):
    return _("It applies from %(date)s.") % {"date": date_format(day, "DATE_FORMAT")}


FLAGS = {
    Criterion.Kind.BATTERIES: (
        "batteries",
        _("You place batteries on the EU market or put them into service."),
        _("You do not place batteries on the EU market or put them into service."),
    ),
    Criterion.Kind.SEC_REGISTRANT: (
        "sec_registrant",
        _("You file reports with the US SEC under section 13(a) or 15(d) of the Exchange Act."),
        _("You do not file reports with the US SEC under section 13(a) or 15(d)."),
    ),
    Criterion.Kind.PRODUCTS_EU: (
        "products_eu",
        _("You make products available on the EU market or export them from it."),
        _("You do not make products available on the EU market or export them from it."),
    ),
}


def as_of(rule_list=None):
    """The date the rules hold as of: the oldest of their "last checked" dates (of the rules
    already loaded, else in one query)."""
    if rule_list is None:
        return Rule.objects.aggregate(oldest=Min("checked"))["oldest"]
    return min((rule.checked for rule in rule_list), default=None)
