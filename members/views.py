from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import AnonymousUser
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from eprm_hub.facets import render_listing

from . import history, metadata, overview, profiles
from .access import own_organisation
from .forms import ProfileForm, merged_form
from .models import Membership, Organisation, Visibility
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
    organisation, membership = own_organisation(request.user, slug)
    profile = overview.parts(organisation)
    # The Check's cards and the reading list come from their apps' template tags.
    return render(
        request,
        "members/organisation.html",
        {
            "organisation": organisation,
            "membership": membership,
            "parts": profile,
            "completeness": overview.completeness(profile),
            "listed": organisation.is_public and organisation.is_member,
        },
    )


@login_required
def organisation_edit(request, slug):
    organisation, membership = own_organisation(request.user, slug, edit=True)
    conflict = None
    if request.method == "POST":
        form = ProfileForm(request.POST, request.FILES, instance=organisation)
        if form.is_valid():
            loaded = form.cleaned_data["version"]
            try:
                profiles.save_profile(
                    form.save(commit=False),
                    loaded_version=loaded,
                    user=request.user,
                    related=form.save_m2m,
                )
            except profiles.Stale as stale:
                # Someone saved since this form was loaded: merge their version and this one.
                conflict = _conflict(stale.current, loaded)
                form = merged_form(form, stale.current, conflict["base"])
            else:
                messages.success(request, _("The profile is saved."))
                return redirect("members:organisation", organisation.slug)
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
    organisation, membership = own_organisation(request.user, slug)
    return render(
        request,
        "members/organisation_history.html",
        {"organisation": organisation, "timeline": history.timeline(organisation)},
    )
