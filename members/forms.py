from django import forms
from django.utils.translation import gettext_lazy as _

from eprm_hub.models import OECDStep

from . import logos
from .models import Answer, Organisation

STEP_FIELDS = [f"step{n}_{part}" for n in range(1, 6) for part in ("status", "note")]


class LogoMixin:
    """Logos are checked by content, and stored re-encoded and resized (members/logos.py)."""

    def clean_logo(self):
        logo = self.cleaned_data.get("logo")
        if logo and logo is not self.initial.get("logo") and hasattr(logo, "content_type"):
            return logos.normalise(logo, self.instance.name or "logo")
        return logo


class ProfileForm(LogoMixin, forms.ModelForm):
    """What a profile editor keeps current on "My organisation"."""

    version = forms.IntegerField(widget=forms.HiddenInput)
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
            "supply_chain_tiers", "role", "minerals", "supply_chain_visibility",
            "policy_url", "grievance_url", "report_url", "publishes_smelter_list",
            "reporting_templates", "assurance_programme", "disclosures_visibility",
            *STEP_FIELDS, "steps_visibility",
        ]  # fmt: skip
        widgets = {
            "description": forms.Textarea(attrs={"rows": 5}),
            "supply_chain_tiers": forms.CheckboxSelectMultiple,
            "minerals": forms.CheckboxSelectMultiple,
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

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["version"] = self.instance.version
            smelters = self.instance.publishes_smelter_list
            self.initial["publishes_smelter_list"] = {True: "yes", False: "no"}.get(smelters, "")
        for name in ("supply_chain_visibility", "disclosures_visibility", "steps_visibility"):
            self.fields[name].label = _("Who can see this part")
        steps = {step.number: step for step in OECDStep.objects.all()}
        for number, step in steps.items():
            self.fields[f"step{number}_status"].label = str(step)
            self.fields[f"step{number}_note"].label = _("Note on step %(number)s") % {
                "number": number
            }
        self.fields["role"].help_text = _("Supply-chain actors: your main place in the chain.")

    @property
    def step_rows(self):
        """(status field, note field) for each of the five steps, for the template."""
        return [(self[f"step{n}_status"], self[f"step{n}_note"]) for n in range(1, 6)]


class AssessmentForm(forms.Form):
    """The Due Diligence Check: for each question an answer and a note."""

    def __init__(self, questions, *args, answers=None, submitting=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = list(questions)
        self.submitting = submitting
        answers = answers or {}
        for question in self.questions:
            previous = answers.get(question.pk)
            self.fields[f"q{question.pk}"] = forms.ChoiceField(
                label=question.label,
                help_text=question.help_label,
                choices=Answer.Value.choices,
                widget=forms.RadioSelect,
                required=False,
                initial=previous.value if previous else None,
            )
            self.fields[f"q{question.pk}_note"] = forms.CharField(
                label=_("Note (optional)"),
                max_length=500,
                required=False,
                widget=forms.Textarea(attrs={"rows": 2}),
                initial=previous.note if previous else "",
            )

    def clean(self):
        cleaned = super().clean()
        if self.submitting:
            for question in self.questions:
                if not cleaned.get(f"q{question.pk}"):
                    self.add_error(
                        f"q{question.pk}", _("Answer this question to finish the check.")
                    )
        return cleaned

    def steps(self):
        """[(step, [(answer field, note field), …]), …] in the questions' order."""
        grouped = []
        for question in self.questions:
            if not grouped or grouped[-1][0] != question.step:
                grouped.append((question.step, []))
            grouped[-1][1].append((self[f"q{question.pk}"], self[f"q{question.pk}_note"]))
        return grouped

    def answers(self):
        """(question, value, note) for the questions that have an answer."""
        return [
            (q, self.cleaned_data[f"q{q.pk}"], self.cleaned_data[f"q{q.pk}_note"])
            for q in self.questions
            if self.cleaned_data.get(f"q{q.pk}")
        ]
