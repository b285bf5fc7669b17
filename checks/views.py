"""The Due Diligence Check's pages: the list of checks, taking one in five parts (one per OECD
step), its results with advice, and the results as a PDF (docs/check.md)."""

import datetime
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from eprm_hub.charts import PALETTE, bar_chart, grouped_bar_chart, responsive
from eprm_hub.models import OECDStep
from members.access import own_organisation
from members.overview import path_url

from . import advice, pdf, scoring, statistics
from .forms import CheckPartForm
from .models import Answer, Check, Question

TREND_CHECKS = 4  # the change over time shows at most this many checks


@login_required
def check_list(request, slug):
    organisation, membership = own_organisation(request.user, slug)
    checks = list(organisation.checks.all())
    submitted = [c for c in checks if c.status == Check.Status.SUBMITTED]
    return render(
        request,
        "checks/check_list.html",
        {
            "organisation": organisation,
            "membership": membership,
            "checks": checks,
            "trend": _trend(organisation, list(reversed(submitted))),
            "today": timezone.localdate(),
        },
    )


@login_required
@require_POST
def check_start(request, slug):
    organisation, membership = own_organisation(request.user, slug, edit=True)
    check, _created = Check.objects.get_or_create(
        organisation=organisation,
        date=timezone.localdate(),
        defaults={"created_by": request.user},
    )
    if check.status == Check.Status.SUBMITTED:
        # One check a day is kept, and a finished one is never reopened.
        messages.info(
            request, _("You finished today's check. You can take the check again tomorrow.")
        )
        return redirect("checks:result", organisation.slug, check.date.isoformat())
    return redirect("checks:take", organisation.slug, check.date.isoformat())


def _check(organisation, date):
    try:
        day = datetime.date.fromisoformat(date)
    except ValueError:
        raise Http404 from None
    return get_object_or_404(Check, organisation=organisation, date=day)


# Taking the check, one part per OECD step -----------------------------------------------------


def _parts(questions):
    """[(step, [questions])]: the check's parts, one per OECD step that has questions."""
    parts = []
    for question in questions:
        if not parts or parts[-1][0] != question.step:
            parts.append((question.step, []))
        parts[-1][1].append(question)
    return parts


def _part_number(value, parts):
    """The part asked for (1-based); anything else is the first part, never an error."""
    try:
        number = int(value)
    except (TypeError, ValueError):
        return 1
    return number if 1 <= number <= len(parts) else 1


def _part_url(check, number, anchor=""):
    url = reverse("checks:take", args=[check.organisation.slug, check.date.isoformat()])
    return f"{url}?{urlencode({'part': number})}{anchor}"


@dataclass
class Taking:
    """A check being taken: its answers so far, its parts and the part on screen."""

    check: Check
    answers: dict  # {question id: Answer}
    questions: list
    parts: list  # [(step, [questions])]
    number: int  # the part on screen, 1-based
    missing: list = field(default_factory=list)  # unanswered when finishing was asked

    @classmethod
    def of(cls, check, request):
        answers = {a.question_id: a for a in check.answers.all()}
        # The active questions, and any retired since that this check answered.
        questions = list(
            Question.objects.filter(Q(active=True) | Q(pk__in=answers.keys())).select_related(
                "step"
            )
        )
        parts = _parts(questions)
        source = request.POST if request.method == "POST" else request.GET
        return cls(check, answers, questions, parts, _part_number(source.get("part"), parts))

    @property
    def step(self):
        return self.parts[self.number - 1][0]

    @property
    def part_questions(self):
        return self.parts[self.number - 1][1]

    def form(self, data=None):
        return CheckPartForm(self.part_questions, data, answers=self.answers)


@login_required
def check_take(request, slug, date):
    organisation, _membership = own_organisation(request.user, slug, edit=True)
    check = _check(organisation, date)
    if check.status == Check.Status.SUBMITTED:
        return _finished(request, check)
    taking = Taking.of(check, request)
    if request.method != "POST":
        return _part_page(request, taking, taking.form())
    form = taking.form(request.POST)
    if not form.is_valid():
        return _part_page(request, taking, form)
    return _save(request, taking, form)


def _save(request, taking, form):
    """Save the part on screen; finish the check when that is asked and every question has an
    answer."""
    finishing = request.POST.get("action") == "submit"
    with transaction.atomic():
        # Locked and read again: another tab may have finished the check meanwhile.
        check = Check.objects.select_for_update().get(pk=taking.check.pk)
        if check.status == Check.Status.SUBMITTED:
            return _finished(request, check)
        taking.check = check
        taking.answers = _save_part(check, taking.part_questions, form.answers())
        taking.missing = [q for q in taking.questions if q.pk not in taking.answers]
        if finishing and not taking.missing:
            check.status = Check.Status.SUBMITTED
            check.submitted_at = timezone.now()
        check.save()
    if check.status == Check.Status.SUBMITTED:
        return redirect("checks:result", check.organisation.slug, check.date.isoformat())
    if not finishing:
        return _after_save(request, check, taking.number, taking.parts)
    # Finishing with questions unanswered: this part is saved as a draft, and the page lists
    # every question still to answer, each a link to it.
    for question in taking.missing:
        if question in taking.part_questions:
            form.add_error(f"q{question.pk}", _("Answer this question to finish the check."))
    return _part_page(request, taking, form)


def _part_page(request, taking, form):
    check = taking.check
    return render(
        request,
        "checks/check_form.html",
        {
            "organisation": check.organisation,
            "check": check,
            "form": form,
            "part": taking.number,
            "step": taking.step,
            "parts": _part_summaries(taking.parts, taking.answers, taking.number),
            "answered": sum(q.pk in taking.answers for q in taking.questions),
            "total": len(taking.questions),
            "missing": _missing_links(check, taking.parts, taking.missing, taking.number),
            "is_last": taking.number == len(taking.parts),
        },
        status=400 if form.errors or taking.missing else 200,
    )


def _save_part(check, part_questions, given):
    """Store this part's answers (an answer taken back is deleted); {question id: answer} of
    the whole check afterwards."""
    answered = {question.pk for question, _value, _note in given}
    check.answers.filter(question__in=part_questions).exclude(question__in=answered).delete()
    for question, value, note in given:
        Answer.objects.update_or_create(
            due_diligence_check=check, question=question, defaults={"value": value, "note": note}
        )
    return {a.question_id: a for a in check.answers.all()}


def _after_save(request, check, number, parts):
    """Where a saved part leads: the part asked for ("goto"), or the same part with a word."""
    goto = request.POST.get("goto")
    if goto is not None:
        return redirect(_part_url(check, _part_number(goto, parts)))
    messages.success(request, _("Your answers are saved. You can finish the check later."))
    return redirect(_part_url(check, number))


def _part_summaries(parts, answers, current):
    return [
        {
            "number": index,
            "step": step,
            "answered": sum(q.pk in answers for q in questions),
            "total": len(questions),
            "current": index == current,
        }
        for index, (step, questions) in enumerate(parts, start=1)
    ]


def _missing_links(check, parts, missing, current):
    """(address, part, question) of each unanswered question, for the error summary."""
    links = []
    for index, (_step, questions) in enumerate(parts, start=1):
        for question in questions:
            if question in missing:
                anchor = f"#id_q{question.pk}_0"
                url = anchor if index == current else _part_url(check, index, anchor)
                links.append((url, index, question))
    return links


def _finished(request, check):
    """A finished check is a record: it is read, never changed. A POST to it (a second click,
    the browser's Back button, a crafted request) changes nothing and lands on the results."""
    if request.method == "POST":
        messages.warning(
            request,
            _("This check is finished, so its answers can no longer change. Nothing was saved."),
        )
    return redirect("checks:result", check.organisation.slug, check.date.isoformat())


# Results ---------------------------------------------------------------------------------------


@login_required
def check_result(request, slug, date):
    organisation, membership = own_organisation(request.user, slug)
    check = _check(organisation, date)
    return render(request, "checks/check_result.html", results(organisation, membership, check))


@login_required
def check_pdf(request, slug, date):
    """The results page as a PDF, from the same template and the print stylesheet."""
    return _pdf(request, slug, date, "checks/check_result.html", "")


@login_required
def check_summary_pdf(request, slug, date):
    """One page to hand on: the scores, the chart and the three next steps."""
    return _pdf(request, slug, date, "checks/check_summary.html", "-summary")


#: How many next steps the one-page summary names.
SUMMARY_STEPS = 3


def next_steps(items, count=SUMMARY_STEPS):
    """The advice most worth doing first: the "no" answers before the "partly" ones, each in
    the questions' order."""
    return sorted(items, key=lambda item: item.answer.value != Answer.Value.NO)[:count]


def _pdf(request, slug, date, template, suffix):
    organisation, membership = own_organisation(request.user, slug)
    check = _check(organisation, date)
    context = {**results(organisation, membership, check), "as_pdf": True}
    context["next_steps"] = next_steps(context["advice"])
    html = render_to_string(template, context, request=request)
    try:
        document = pdf.from_html(html, base_url=request.build_absolute_uri("/"))
    except pdf.Unavailable:
        return render(
            request,
            "checks/pdf_unavailable.html",
            {"organisation": organisation, "check": check},
            status=503,
        )
    response = HttpResponse(document, content_type="application/pdf")
    name = f"due-diligence-check-{organisation.slug}-{check.date.isoformat()}{suffix}.pdf"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def results(organisation, membership, check):
    """The results page's context: scores, benchmark, answers and advice, the change over time."""
    answers = list(check.answers.select_related("question__step").order_by("question"))
    scores = scoring.step_scores(answers)
    steps = list(OECDStep.objects.all())
    medians = statistics.medians()
    rows = [(step, scores.get(step.number), medians.get(step.number)) for step in steps]
    colours = check_colours(organisation)
    earlier = (
        organisation.checks.finished().filter(date__lte=check.date).order_by("-date")[:TREND_CHECKS]
    )
    by_step = {step.number: [] for step in steps}
    for answer in answers:
        by_step[answer.question.step.number].append(answer)
    return {
        "organisation": organisation,
        "membership": membership,
        "check": check,
        "rows": rows,
        "overall": scoring.overall(scores),
        "chart": responsive(
            bar_chart,
            _("Scores per OECD step"),
            [
                (f"{step.number}. {step.label}", score, colours.get(check.pk))
                for step, score, _median in rows
            ],
            maximum=100,
            description=_("The score of each of the five OECD steps, from 0 to 100."),
            chart_id="scores",
        ),
        "benchmark": any(median is not None for _step, _score, median in rows),
        "minimum": statistics.MINIMUM,
        "answers_by_step": [(step, by_step[step.number]) for step in steps if by_step[step.number]],
        "advice": advice.for_answers(organisation, answers),
        "trend": _trend(organisation, list(reversed(earlier))),
        "path_url": path_url(organisation),
    }


def check_colours(organisation):
    """{check id: colour}: one colour per check, the same on every chart and page. A check's
    place among the organisation's checks by date never changes (checks are dated today), so
    neither does its colour."""
    dates = organisation.checks.order_by("date").values_list("pk", flat=True)
    return {pk: PALETTE[index % len(PALETTE)] for index, pk in enumerate(dates)}


def _trend(organisation, checks):
    """A chart and table of the step scores of the last finished checks, oldest first."""
    checks = checks[-TREND_CHECKS:]
    if len(checks) < 2:
        return None
    colours = check_colours(organisation)
    answers = Answer.objects.filter(due_diligence_check__in=checks).select_related("question__step")
    by_check = {c.pk: [] for c in checks}
    for answer in answers:
        by_check[answer.due_diligence_check_id].append(answer)
    steps = list(OECDStep.objects.all())
    series = []
    for check in checks:
        scores = scoring.step_scores(by_check[check.pk])
        series.append((check, [scores.get(step.number) for step in steps]))
    return {
        "chart": responsive(
            grouped_bar_chart,
            _("Scores per OECD step over time"),
            [f"{step.number}. {step.label}" for step in steps],
            # Dates as the page's language writes them, as in the table beside the chart.
            [
                (date_format(check.date, "DATE_FORMAT"), values, colours[check.pk])
                for check, values in series
            ],
            maximum=100,
            description=_("Each step's score in each of the last checks, from 0 to 100."),
            chart_id="trend",
        ),
        "dates": [check.date for check, _values in series],
        "rows": [(step, [values[i] for _check, values in series]) for i, step in enumerate(steps)],
    }
