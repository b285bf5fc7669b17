from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from eprm_hub.facets import render_listing

from . import history, metadata, overview
from .forms import ProfileForm, merged_form
from .models import Assessment, Membership, Organisation, Visibility
from .search import CATALOGUE


def member_list(request):
    rows = Organisation.objects.prefetch_related("minerals")
    return render_listing(request, CATALOGUE, "members/list.html", rows)


def member_detail(request, slug):
    user = request.user
    visible = Organisation.objects.visible()
    if user.is_staff:
        visible = Organisation.objects.all()
    elif user.is_authenticated:
        # An organisation's own users see its page even when it is not listed (a preview).
        own_organisation = Membership.objects.filter(user=user).values("organisation")
        visible = Organisation.objects.filter(
            Q(is_public=True, is_member=True) | Q(pk__in=own_organisation)
        )
    organisation = get_object_or_404(
        visible.prefetch_related("supply_chain_tiers", "minerals"), slug=slug
    )
    own = user.is_authenticated and organisation.memberships.filter(user=user).exists()
    # "Preview the public page": the page as a visitor sees it, for the organisation's users.
    preview = own and "preview" in request.GET
    viewer = AnonymousUser() if preview else user
    can_see = organisation.can_see
    return render(
        request,
        "members/detail.html",
        {
            "organisation": organisation,
            "shows_supply_chain": can_see(organisation.supply_chain_visibility, viewer),
            "shows_disclosures": can_see(organisation.disclosures_visibility, viewer),
            "shows_steps": can_see(organisation.steps_visibility, viewer),
            # Read whether shown or not: the page costs as many queries for every organisation.
            "steps": organisation.steps,
            "members_only": Visibility.MEMBERS,
            "structured_data": metadata.json_ld(request, organisation),
            "own": own,
            "preview": preview,
            "listed": organisation.is_public and organisation.is_member,
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
    profile = overview.parts(organisation)
    measure = overview.completeness(profile)
    latest = overview.last_check(organisation)
    draft = organisation.assessments.filter(status=Assessment.Status.DRAFT).first()
    return render(
        request,
        "members/organisation.html",
        {
            "organisation": organisation,
            "membership": membership,
            "parts": profile,
            "completeness": measure,
            "latest": latest,
            "draft": draft,
            "next_step": overview.next_step(organisation, membership, measure, latest, draft),
            "reading": overview.reading_card(organisation),
            "listed": organisation.is_public and organisation.is_member,
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
