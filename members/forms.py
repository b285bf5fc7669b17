import base64
import binascii
import re

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext_lazy as _

from eprm_hub.models import OECDStep
from eprm_hub.versions import NEW_FILE, VersionedForm

from . import logos
from .models import CompanySize, Organisation

STEP_FIELDS = [f"step{n}_{part}" for n in range(1, 6) for part in ("status", "note")]
SMELTER_LIST = {True: "yes", False: "no"}
NEW_LOGO = NEW_FILE  # a submission's newly uploaded logo: equal to no stored one
BASE64 = re.compile(r"[A-Za-z0-9+/]+={0,2}")


class LogoMixin:
    """Logos are checked by content, and stored re-encoded and resized (members/logos.py)."""

    def clean_logo(self):
        logo = self.cleaned_data.get("logo")
        if logo and logo is not self.initial.get("logo") and hasattr(logo, "content_type"):
            return logos.normalise(logo, self.instance.name or "logo")
        return logo


class LogoField(forms.ImageField):
    def bound_data(self, data, initial):
        # A ticked "Clear" comes back ticked beside the current logo, rather than hiding both.
        return initial if data is False else super().bound_data(data, initial)


class ProfileForm(LogoMixin, VersionedForm, forms.ModelForm):
    """What a profile editor keeps current on "My organisation".

    After a conflict (views.organisation_edit) the form comes back as a merge (merged_form(),
    eprm_hub/versions.py, the same as the admin's): `conflicts` names the fields both people
    changed, each with a required `keep_<field>` choice, and `pending_logo` carries a logo
    uploaded with the refused save."""

    # The normalised PNG (at most 400×400) in base64, as the browser cannot send a file again;
    # checked again like any upload (the request's size limit bounds it before that).
    pending_logo = forms.CharField(widget=forms.HiddenInput, required=False, strip=False)
    reporting_templates = forms.MultipleChoiceField(
        label=_("Reporting templates used"),
        choices=Organisation.ReportingTemplate.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    publishes_smelter_list = forms.TypedChoiceField(
        label=_("Do you publish the list of smelters and refiners in your supply chain?"),
        choices=[("", _("Not said")), ("yes", _("Yes")), ("no", _("No"))],
        coerce=lambda value: {"yes": True, "no": False}.get(value),
        empty_value=None,
        required=False,
        widget=forms.RadioSelect,
    )

    class Meta:
        model = Organisation
        fields = [
            "description", "website", "logo",
            "contact_name", "contact_email", "contact_phone",
            "supply_chain_tiers", "role", "minerals", "company_size", "supply_chain_visibility",
            "policy_url", "grievance_url", "report_url", "publishes_smelter_list",
            "reporting_templates", "assurance_programme", "disclosures_visibility",
            *STEP_FIELDS, "steps_visibility",
        ]  # fmt: skip
        field_classes = {"logo": LogoField}
        widgets = {
            "description": forms.Textarea(attrs={"rows": 5}),
            "supply_chain_tiers": forms.CheckboxSelectMultiple,
            "minerals": forms.CheckboxSelectMultiple,
            "company_size": forms.RadioSelect,
            "supply_chain_visibility": forms.RadioSelect,
            "disclosures_visibility": forms.RadioSelect,
            "steps_visibility": forms.RadioSelect,
            **{f"step{n}_status": forms.RadioSelect for n in range(1, 6)},
            **{f"step{n}_note": forms.Textarea(attrs={"rows": 2}) for n in range(1, 6)},
        }
        labels = {
            "policy_url": _("Link to your responsible-sourcing policy"),
            "grievance_url": _("Link to your grievance mechanism"),
            "report_url": _("Link to your latest public due-diligence report"),
        }

    def prepare_fields(self):
        if not self.is_bound:
            smelters = self.instance.publishes_smelter_list
            self.initial["publishes_smelter_list"] = SMELTER_LIST.get(smelters, "")
        for name in ("supply_chain_visibility", "disclosures_visibility", "steps_visibility"):
            self.fields[name].label = _("Who can see this part")
        steps = {step.number: step for step in OECDStep.objects.all()}
        for number, step in steps.items():
            self.fields[f"step{number}_status"].label = str(step)
            self.fields[f"step{number}_note"].label = _("Note on step %(number)s") % {
                "number": number
            }
        self.fields["role"].help_text = _("Supply-chain actors: your main place in the chain.")
        self.fields["company_size"].choices = [("", _("Not said")), *CompanySize.choices]
        self.fields["company_size"].help_text = _(
            "Staff headcount, as the EU counts SMEs. Never shown on the public page: it picks "
            "the resources of your path through the five OECD steps."
        )
        # Kept as loaded: validating puts the submitted values on the instance.
        self.stored_logo = self.instance.logo

    def clean(self):
        # The kept logo first: choosing "theirs" for the logo (VersionedForm.clean) wins.
        self._take_pending_logo(self.cleaned_data)
        return super().clean()

    def _take_pending_logo(self, cleaned):
        """The logo of a save that met a conflict, checked again like any upload. A new file,
        or ticking "Clear", replaces it."""
        encoded = cleaned.get("pending_logo")
        if not encoded or self.files.get("logo") or cleaned.get("logo") is False:
            return
        try:
            data = base64.b64decode(encoded, validate=True)
            name = self.instance.name or "logo"
            cleaned["logo"] = logos.normalise(ContentFile(data, name="logo.png"), name)
        except binascii.Error:
            self.add_error(
                "logo", _("The logo of your earlier save could not be read: choose the file again.")
            )
        except ValidationError as error:
            self.add_error("logo", error)

    def posted(self, name, value):
        if name == "publishes_smelter_list" and isinstance(value, bool):
            return SMELTER_LIST[value]
        return super().posted(name, value)

    def keep_new_file(self, name, data):
        """A logo uploaded with the refused save comes back in the form, to be checked again."""
        upload = self.cleaned_data["logo"]
        upload.seek(0)
        data["pending_logo"] = base64.b64encode(upload.read()).decode("ascii")

    @property
    def step_rows(self):
        """(status field, note field) for each of the five steps, for the template."""
        return [(self[f"step{n}_status"], self[f"step{n}_note"]) for n in range(1, 6)]

    @property
    def pending_logo_src(self):
        """The logo kept from a refused save, as an image address for its preview."""
        encoded = self.data.get("pending_logo", "") if self.is_bound else ""
        if not BASE64.fullmatch(encoded):
            return None
        return f"data:image/png;base64,{encoded}"

    @property
    def logo_removed(self):
        return self.is_bound and "logo-clear" in self.data

    @property
    def error_links(self):
        """(anchor, label, first message) of each field with an error, for the summary."""
        return [
            (field.id_for_label or f"{field.auto_id}_0", field.label, field.errors[0])
            for field in self
            if field.errors and not field.is_hidden
        ]

    def mine(self, name):
        if name == "logo":
            return "" if self.logo_removed else NEW_LOGO
        return super().mine(name)

    def shown(self, name, value):
        """A value as people read it; logos as images."""
        if name == "logo":
            if value is NEW_LOGO:
                return {"image": self.pending_logo_src, "text": _("Your new logo")}
            if value:
                return {"image": self.stored_logo.url, "text": _("Their logo")}
            return {"text": _("No logo")}
        return super().shown(name, value)


def version_values(record):
    """{profile field: value as posted} of an organisation or one of its historical records."""
    return ProfileForm().record_values(record)


def merged_form(submitted, current, base=None):
    """The profile form after a conflict: a three-way merge of the version the person loaded
    (from the history), the one saved since (current) and their valid submission
    (VersionedForm.become_merge, as in the admin). It carries the current version, so saving
    it succeeds unless someone saves again meanwhile; the fields both changed differently wait
    for a choice."""
    submitted.become_merge(current, submitted.cleaned_data["version"])
    return submitted
