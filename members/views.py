import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from eprm_hub.charts import bar_chart, grouped_bar_chart
from eprm_hub.facets import render_listing
from eprm_hub.models import OECDStep
from resources.models import Resource

from . import history, metadata, scoring
from .forms import AssessmentForm, ProfileForm, merged_form
from .models import Answer, Assessment, CheckQuestion, Organisation, Visibility
from .search import CATALOGUE

RECOMMEND_BELOW = 60


def member_list(request):
    rows = Organisation.objects.prefetch_related("minerals")
    return render_listing(request, CATALOGUE, "members/list.html", rows)


def member_detail(request, slug):
    visible = Organisation.objects.visible()
    if request.user.is_staff:
        visible = Organisation.objects.all()
    organisation = get_object_or_404(
        visible.prefetch_related("supply_chain_tiers", "minerals"), slug=slug
    )
    user = request.user
    return render(
        request,
        "members/detail.html",
        {
            "organisation": organisation,
            "shows_supply_chain": organisation.can_see(organisation.supply_chain_visibility, user),
            "shows_disclosures": organisation.can_see(organisation.disclosures_visibility, user),
            "shows_steps": organisation.can_see(organisation.steps_visibility, user),
            # Read whether shown or not: the page costs as many queries for every organisation.
            "steps": organisation.steps,
            "members_only": Visibility.MEMBERS,
            "structured_data": metadata.json_ld(request, organisation),
        },
    )


# "My organisation": only the organisation's own users, by their membership ------------------


def _get_org_for_user(request, slug, edit=False):
    """The user's own organisation and membership: 404 for any other, 403 to change as a viewer."""
    organisation = get_object_or_404(Organisation, slug=slug, memberships__user=request.user)
    membership = request.user.membership
    if edit and not membership.can_edit:
        raise PermissionDenied
    return organisation, membership


@login_required
def mine(request):
    membership = getattr(request.user, "membership", None)
    if membership is None and request.user.is_staff:
        # The member login leads here: the secretariat's work is in the admin.
        return redirect("admin:index")
    if membership is None:
        return render(request, "members/no_organisation.html", status=404)
    return redirect("members:organisation", membership.organisation.slug)


@login_required
def organisation(request, slug):
    organisation, membership = _get_org_for_user(request, slug)
    return render(
        request,
        "members/organisation.html",
        {
            "organisation": organisation,
            "membership": membership,
            "latest": organisation.assessments.filter(status=Assessment.Status.SUBMITTED).first(),
            "draft": organisation.assessments.filter(status=Assessment.Status.DRAFT).first(),
        },
    )


@login_required
def organisation_edit(request, slug):
    organisation, membership = _get_org_for_user(request, slug, edit=True)
    conflict = None
    if request.method == "POST":
        form = ProfileForm(request.POST, request.FILES, instance=organisation)
        if form.is_valid():
            with transaction.atomic():
                current = Organisation.objects.select_for_update().get(pk=organisation.pk)
                loaded = form.cleaned_data["version"]
                if current.version == loaded:
                    form.instance.version = current.version + 1
                    history.record_once(form.instance, form.save)
                    messages.success(request, _("The profile is saved."))
                    return redirect("members:organisation", organisation.slug)
            # Someone saved since this form was loaded: merge their version and this one.
            conflict = _conflict(current, loaded)
            form = merged_form(form, current, conflict["base"])
    else:
        form = ProfileForm(instance=organisation)
    status = 409 if conflict else 400 if form.errors else 200
    return render(
        request,
        "members/organisation_edit.html",
        {"organisation": organisation, "form": form, "conflict": conflict},
        status=status,
    )


def _conflict(current, loaded_version):
    """What others saved since this form was loaded: who, when and which fields, and the
    record of the version it was loaded from (the base of the merge)."""
    records = current.history.select_related("history_user").order_by("-history_date")
    newest = records.first()
    base = history.version(current, loaded_version)
    since = list(records.filter(version__gt=loaded_version)) or [newest]
    return {
        "base": base,
        "changes": history.changes(newest, base) if newest and base else [],
        "by": sorted({history.person(record.history_user) for record in since}),
        "at": newest.history_date if newest else None,
    }


@login_required
def organisation_history(request, slug):
    organisation, membership = _get_org_for_user(request, slug)
    return render(
        request,
        "members/organisation_history.html",
        {"organisation": organisation, "timeline": history.timeline(organisation)},
    )


# The Due Diligence Check ---------------------------------------------------------------------


@login_required
def assessments(request, slug):
    organisation, membership = _get_org_for_user(request, slug)
    checks = list(organisation.assessments.all())
    submitted = [c for c in checks if c.status == Assessment.Status.SUBMITTED]
    return render(
        request,
        "members/assessments.html",
        {
            "organisation": organisation,
            "membership": membership,
            "checks": checks,
            "trend": _trend(submitted),
            "today": timezone.localdate(),
        },
    )


@login_required
@require_POST
def assessment_start(request, slug):
    organisation, membership = _get_org_for_user(request, slug, edit=True)
    check, _created = Assessment.objects.get_or_create(
        organisation=organisation,
        date=timezone.localdate(),
        defaults={"created_by": request.user},
    )
    if check.status == Assessment.Status.SUBMITTED:
        # One check a day is kept, and a finished one is never reopened.
        messages.info(
            request, _("You finished today's check. You can take the check again tomorrow.")
        )
        return redirect("members:assessment_result", organisation.slug, check.date.isoformat())
    return redirect("members:assessment", organisation.slug, check.date.isoformat())


def _assessment(organisation, date):
    try:
        day = datetime.date.fromisoformat(date)
    except ValueError:
        raise Http404 from None
    return get_object_or_404(Assessment, organisation=organisation, date=day)


@login_required
def assessment_take(request, slug, date):
    organisation, membership = _get_org_for_user(request, slug, edit=True)
    check = _assessment(organisation, date)
    if check.status == Assessment.Status.SUBMITTED:
        return _finished(request, check)
    answers = {a.question_id: a for a in check.answers.all()}
    questions = CheckQuestion.objects.filter(
        Q(active=True) | Q(pk__in=answers.keys())
    ).select_related("step")
    submitting = request.POST.get("action") == "submit"
    if request.method == "POST":
        form = AssessmentForm(questions, request.POST, answers=answers, submitting=submitting)
        if form.is_valid():
            with transaction.atomic():
                # Locked and read again: another tab may have finished the check meanwhile.
                check = Assessment.objects.select_for_update().get(pk=check.pk)
                if check.status == Assessment.Status.SUBMITTED:
                    return _finished(request, check)
                given = form.answers()
                check.answers.exclude(question__in=[q for q, _v, _n in given]).delete()
                for question, value, note in given:
                    Answer.objects.update_or_create(
                        assessment=check, question=question, defaults={"value": value, "note": note}
                    )
                if submitting:
                    check.status = Assessment.Status.SUBMITTED
                    check.submitted_at = timezone.now()
                check.save()
            if submitting:
                return redirect("members:assessment_result", organisation.slug, date)
            messages.success(request, _("Your answers are saved. You can finish the check later."))
            return redirect("members:assessment", organisation.slug, date)
    else:
        form = AssessmentForm(questions, answers=answers)
    return render(
        request,
        "members/assessment_form.html",
        {"organisation": organisation, "check": check, "form": form},
        status=400 if form.errors else 200,
    )


def _finished(request, check):
    """A finished check is a record: it is read, never changed. A POST to it (a second click,
    the browser's Back button, a crafted request) changes nothing and lands on the results."""
    if request.method == "POST":
        messages.warning(
            request,
            _("This check is finished, so its answers can no longer change. Nothing was saved."),
        )
    return redirect("members:assessment_result", check.organisation.slug, check.date.isoformat())


@login_required
def assessment_result(request, slug, date):
    organisation, membership = _get_org_for_user(request, slug)
    check = _assessment(organisation, date)
    answers = check.answers.select_related("question__step")
    scores = scoring.step_scores(answers)
    steps = list(OECDStep.objects.all())
    rows = [(step, scores.get(step.number)) for step in steps]
    earlier = organisation.assessments.filter(
        status=Assessment.Status.SUBMITTED, date__lte=check.date
    ).order_by("-date")[:4]
    return render(
        request,
        "members/assessment_result.html",
        {
            "organisation": organisation,
            "membership": membership,
            "check": check,
            "rows": rows,
            "overall": scoring.overall(scores),
            "chart": bar_chart(
                _("Scores per OECD step"),
                [(f"{step.number}. {step.label}", score) for step, score in rows],
                maximum=100,
                description=_("The score of each of the five OECD steps, from 0 to 100."),
            ),
            "trend": _trend(list(reversed(earlier))),
            "recommendations": _recommendations(organisation, rows),
            "threshold": RECOMMEND_BELOW,
        },
    )


def _trend(checks):
    """A chart and table of the step scores of several finished checks, oldest first."""
    if len(checks) < 2:
        return None
    checks = checks[-4:]
    answers = Answer.objects.filter(assessment__in=checks).select_related("question__step")
    by_check = {c.pk: [] for c in checks}
    for answer in answers:
        by_check[answer.assessment_id].append(answer)
    steps = list(OECDStep.objects.all())
    series = []
    for check in checks:
        scores = scoring.step_scores(by_check[check.pk])
        series.append((check.date, [scores.get(step.number) for step in steps]))
    return {
        "chart": grouped_bar_chart(
            _("Scores per OECD step over time"),
            [f"{step.number}. {step.label}" for step in steps],
            [(date.isoformat(), values) for date, values in series],
            maximum=100,
            description=_("Each step's score in each of the last checks, from 0 to 100."),
        ),
        "dates": [date for date, _values in series],
        "rows": [(step, [values[i] for _date, values in series]) for i, step in enumerate(steps)],
    }


def _shared(field, ids):
    """How many of these ids a resource has in a many-to-many field."""
    return Count(field, filter=Q(**{f"{field}__in": ids}), distinct=True)


def _recommendations(organisation, rows, per_step=5):
    """For each weak step, published resources for that step, best first: those meant for the
    step's business needs, then those fitting the organisation's tiers and minerals, then the
    most focused (fewest steps). A resource is suggested under one step only."""
    tiers = list(organisation.supply_chain_tiers.values_list("pk", flat=True))
    minerals = list(organisation.minerals.values_list("pk", flat=True))
    found, shown = [], set()
    for step, score in rows:
        if score is None or score >= RECOMMEND_BELOW:
            continue
        candidates = (
            Resource.objects.published()
            .filter(oecd_steps=step)
            .exclude(pk__in=shown)
            .annotate(
                for_need=Count(
                    "business_needs", filter=Q(business_needs__step=step), distinct=True
                ),
                fit=_shared("supply_chain_tiers", tiers) + _shared("minerals", minerals),
                steps=Count("oecd_steps", distinct=True),
            )
            .select_related("publisher", "resource_type")
        )
        if tiers or minerals:
            candidates = candidates.filter(fit__gt=0)  # only what fits the organisation
        candidates = candidates.order_by("-for_need", "-fit", "steps", "-featured", "title")
        candidates = candidates[:per_step]
        candidates = list(candidates)
        shown.update(c.pk for c in candidates)
        found.append((step, score, candidates))
    return found
