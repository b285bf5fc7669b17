from django import forms
from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import PermissionDenied
from django.core.mail import send_mail
from django.db import transaction
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils import timezone, translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django_countries.fields import Country
from simple_history.admin import SimpleHistoryAdmin

from eprm_hub import i18n
from eprm_hub.admin_state import ListsThatFit, SaysWhetherPublic, badge
from eprm_hub.translation_admin import TranslatedAdmin, TranslationFilesAdmin
from eprm_hub.versions import VersionedAdmin, VersionedForm

from . import profiles
from .forms import LogoMixin
from .models import Membership, Organisation


class OrganisationForm(LogoMixin, VersionedForm, forms.ModelForm):
    """A save from a stale page is refused with a merge, as on "My organisation"
    (eprm_hub/versions.py): an editor's old page never undoes a member's newer save."""

    class Meta:
        model = Organisation
        fields = ["logo"]  # the admin adds the other fields from its fieldsets


class MembershipInline(admin.TabularInline):
    model = Membership
    fields = ["user", "role", "invited_at"]
    readonly_fields = ["user", "invited_at"]
    extra = 0
    can_delete = True

    def has_add_permission(self, request, obj=None):
        return False  # people join through "Invite a person", which sends the email


class CountryInUseFilter(admin.SimpleListFilter):
    """The countries of the organisations, not the 249 of the world."""

    title = _("country")
    parameter_name = "country"

    def lookups(self, request, model_admin):
        codes = Organisation.objects.exclude(country="").values_list("country", flat=True)
        return sorted(((code, Country(code).name) for code in set(codes)), key=lambda pair: pair[1])

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(country=self.value())
        return queryset


@admin.register(Organisation)
class OrganisationAdmin(
    VersionedAdmin,
    TranslationFilesAdmin,
    TranslatedAdmin,
    ListsThatFit,
    SaysWhetherPublic,
    SimpleHistoryAdmin,
):
    form = OrganisationForm

    def public(self, organisation):
        return Organisation.objects.visible().filter(pk=organisation.pk).exists()

    def hidden(self, organisation):
        if not organisation.is_member:
            return _("“{title}” is not a member: the directory does not list it."), False
        return _("“{title}” is not listed in the public directory."), False

    # Whether the directory lists it as one badge, beside the name (admin-lists.css).
    list_display = [
        "name",
        "listing",
        "pillar",
        "membership_type",
        "country",
        "translation_summary",
    ]
    # Whether it is listed first, then what editors sort members by.
    list_filter = [
        "is_public",
        "is_member",
        "pillar",
        "membership_type",
        CountryInUseFilter,
        "minerals",
        "company_size",
    ]
    search_fields = ["name", "description", "translations", "website"]
    autocomplete_fields = ["supply_chain_tiers", "minerals"]
    prepopulated_fields = {"slug": ["name"]}
    readonly_fields = ["created", "updated"]
    inlines = [MembershipInline]

    @admin.display(description=_("public directory"), ordering="is_public")
    def listing(self, organisation):
        if not organisation.is_member:  # a project partner: nothing to list, no badge
            return badge(_("Not a member"), "unchecked")
        if not organisation.is_public:
            return badge(_("Not listed"), "draft")
        return badge(_("Listed"), "published")

    fieldsets = [
        (None, {"fields": [
            "name", "slug", "pillar", "membership_type", "country", "website", "logo",
            "description", "text_language", "joined_on", "is_member", "is_public",
            "version", "conflicts",  # hidden: the version the page was loaded from, the merge
        ]}),
        (_("Supply chain"), {"fields": [
            "supply_chain_tiers", "role", "minerals", "company_size", "supply_chain_visibility",
        ]}),
        (_("Contacts (never public)"), {
            "fields": ["contact_name", "contact_email", "contact_phone"],
        }),
        (_("Disclosures"), {"fields": [
            "policy_url", "grievance_url", "report_url", "publishes_smelter_list",
            "reporting_templates", "assurance_programme", "disclosures_visibility",
        ]}),
        (_("OECD steps"), {"fields": [
            "step1_status", "step1_note", "step2_status", "step2_note", "step3_status",
            "step3_note", "step4_status", "step4_note", "step5_status", "step5_note",
            "steps_visibility",
        ]}),
        (_("Record"), {"fields": ["created", "updated"]}),
    ]  # fmt: skip

    def save_model(self, request, obj, form, change):
        # With its many-to-many values, as one version and one history entry, as "My
        # organisation" saves it (members/profiles.py; the form checked the version already,
        # under the lock this transaction holds). A revert (SimpleHistoryAdmin's
        # history_form_view) saves them again after: no change then.
        profiles.save_profile(
            obj,
            loaded_version=form.cleaned_data.get("version"),
            user=request.user,
            related=form.save_m2m,
        )

    def save_related(self, request, form, formsets, change):
        # The form's many-to-many values were saved with the organisation (save_model).
        for formset in formsets:
            self.save_formset(request, form, formset, change=change)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        request._version_id = version_id
        return super().history_form_view(request, object_id, version_id, extra_context)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        version_id = getattr(request, "_version_id", None)
        if version_id is None:
            return form
        # Reverting: the form starts from the version's tiers and minerals, which the
        # historical record keeps, not from today's.
        record = Organisation.history.get(history_id=version_id)
        initial = {
            "supply_chain_tiers": [r.supplychaintier_id for r in record.supply_chain_tiers.all()],
            "minerals": [r.mineral_id for r in record.minerals.all()],
        }

        class RevertForm(form):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                self.initial.update(initial)

        return RevertForm


class InvitationForm(forms.Form):
    email = forms.EmailField(label=_("Email address"))
    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)
    organisation = forms.ModelChoiceField(
        label=_("Organisation"), queryset=Organisation.objects.filter(is_member=True)
    )
    role = forms.ChoiceField(label=_("Role"), choices=Membership.Role.choices)
    # Each language by its own name: the editor picks the one the person reads.
    language = forms.ChoiceField(
        label=_("Language of the email"),
        choices=[(code, i18n.own_name(code)) for code in i18n.codes()],
    )

    def clean_email(self):
        email = self.cleaned_data["email"].lower()
        User = get_user_model()
        if User.objects.filter(email__iexact=email).exists():
            raise forms.ValidationError(_("Someone with this address has an account already."))
        return email


def send_invitation(request, membership, language="en"):
    """Email the person a one-time link to set their password (Django's reset token)."""
    user = membership.user
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    with translation.override(language):
        link = request.build_absolute_uri(reverse("password_reset_confirm", args=[uid, token]))
        context = {"user": user, "organisation": membership.organisation, "link": link}
        send_mail(
            render_to_string("members/email/invitation_subject.txt", context).strip(),
            render_to_string("members/email/invitation.txt", context),
            None,
            [user.email],
        )
    membership.invited_at = timezone.now()
    membership.save(update_fields=["invited_at"])


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "email", "organisation", "role", "invited_at", "last_login"]
    list_filter = ["role", "organisation"]
    search_fields = ["user__email", "user__first_name", "user__last_name", "organisation__name"]
    list_select_related = ["user", "organisation"]
    fields = ["user", "organisation", "role", "invited_at"]
    readonly_fields = ["user", "invited_at"]
    actions = ["invite_again"]

    @admin.display(description=_("email"))
    def email(self, membership):
        return membership.user.email

    @admin.display(description=_("last login"))
    def last_login(self, membership):
        return membership.user.last_login

    def has_add_permission(self, request):
        return False  # "Invite a person" creates the account and the membership together

    def get_urls(self):
        return [
            path("invite/", self.admin_site.admin_view(self.invite), name="members_invite"),
            *super().get_urls(),
        ]

    def invite(self, request):
        if not self.has_change_permission(request):
            raise PermissionDenied
        form = InvitationForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            data = form.cleaned_data
            with transaction.atomic():
                user = get_user_model().objects.create_user(
                    username=data["email"],
                    email=data["email"],
                    first_name=data["first_name"],
                    last_name=data["last_name"],
                )
                user.set_unusable_password()
                user.save()
                membership = Membership.objects.create(
                    user=user, organisation=data["organisation"], role=data["role"]
                )
                send_invitation(request, membership, data["language"])
            self.message_user(
                request,
                _("Invitation sent to %(email)s.") % {"email": data["email"]},
                messages.SUCCESS,
            )
            return redirect("admin:members_membership_changelist")
        context = {
            **self.admin_site.each_context(request),
            "title": _("Invite a person"),
            "form": form,
            "opts": self.model._meta,
        }
        return render(request, "admin/members/invite.html", context)

    @admin.action(description=_("Send the invitation again"), permissions=["change"])
    def invite_again(self, request, queryset):
        sent = 0
        for membership in queryset.select_related("user", "organisation"):
            if membership.user.has_usable_password():
                continue  # they have set a password already: the reset page serves them
            send_invitation(request, membership)
            sent += 1
        self.message_user(
            request,
            ngettext("%(count)d invitation sent.", "%(count)d invitations sent.", sent)
            % {"count": sent},
            messages.SUCCESS,
        )
