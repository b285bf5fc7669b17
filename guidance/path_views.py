"""The path through the five OECD steps (`/<lang>/path/`), and saving it as an organisation's
reading list (docs/path.md)."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from members.access import own_organisation
from members.models import CompanySize, Membership

from . import path, reading_list
from .models import ReadingList


def path_page(request):
    """GET shows the path for the query string's profile; POST (a member's profile editor)
    saves it as the organisation's reading list (action=save) or marks its items read
    (action=read), then goes back to My organisation."""
    if request.method == "POST":
        return _post(request)
    vocabulary = path.Vocabulary.load()
    profile = path.parse(request.GET, vocabulary)
    found = path.build(profile, vocabulary)
    membership = _membership(request.user)
    saved = None
    if membership is not None and membership.can_edit:
        saved = ReadingList.objects.filter(organisation=membership.organisation_id).first()
    return render(
        request,
        "guidance/path.html",
        {
            "path": found,
            "profile": profile,
            "vocabulary": vocabulary,
            "sizes": CompanySize.choices,
            "chosen_tiers": {t.slug for t in profile.tiers},
            "chosen_minerals": {m.slug for m in profile.minerals},
            "chosen_needs": {n.slug for n in profile.needs},
            "membership": membership,
            "saved": saved,
            "library_url": profile.library_url(),
        },
    )


def _membership(user):
    if not user.is_authenticated:
        return None
    return Membership.objects.filter(user=user).select_related("organisation").first()


def _post(request):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    organisation, _membership = own_organisation(
        request.user, request.POST.get("organisation", ""), edit=True
    )
    action = request.POST.get("action")
    overview = reverse("members:organisation", args=[organisation.slug]) + "#reading-list"
    if action == "save":
        vocabulary = path.Vocabulary.load()
        found = path.build(path.parse(request.GET, vocabulary), vocabulary)
        reading_list.save(organisation, found, request.user)
        messages.success(
            request,
            _("The path is saved as your organisation's reading list: %(count)s resources.")
            % {"count": len(found.picks)},
        )
        return redirect(overview)
    if action == "read":
        ids = [
            int(v)
            for v in request.POST.getlist("read")
            if v.isascii() and v.isdigit() and len(v) < 12
        ]
        reading_list.mark_read(organisation, ids)
        messages.success(request, _("Your reading list is up to date."))
        return redirect(overview)
    return redirect(request.get_full_path())
