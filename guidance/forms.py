"""The company's figures, as the rules check's page and its API take them (docs/rules.md): one
form for both, so a value the page refuses the API refuses with the same message."""

import datetime
import re
from decimal import Decimal, InvalidOperation

from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from eprm_hub.models import Mineral

from .rules import Company

# Whole numbers as people type them: 1200, 1 200, 1,200, 1.200, 1'200.
GROUPED = re.compile(r"^\d{1,3}([ ,.'\u00a0\u202f]\d{3})+$")
CN_CODE = re.compile(r"^\d{4}(\d{2}){0,3}$")  # 4, 6, 8 digits, or 10 with the TARIC subdivision
MAX_FIGURE = 10**15


def whole_number(text):
    text = text.strip()
    if GROUPED.match(text):
        text = re.sub(r"\D", "", text)
    if text.startswith("-") and text[1:].strip().isdigit():
        raise forms.ValidationError(_("Give a figure of 0 or more."))
    if not text.isdigit():
        raise forms.ValidationError(_("Enter a whole number, such as 1200."))
    value = int(text)
    if value >= MAX_FIGURE:
        raise forms.ValidationError(_("Enter a smaller number."))
    return value


def imports(text):
    """`CN:kg` pairs separated by commas (spaces in the code allowed) as [(digits, kg)]."""
    pairs = []
    for part in (p for p in text.split(",") if p.strip()):
        code, colon, kg = part.partition(":")
        digits = re.sub(r"[\s.]", "", code)
        if not colon or not CN_CODE.match(digits):
            raise forms.ValidationError(
                _("“%(pair)s” is not a CN code and kilograms, such as 26090000:6000."),
                params={"pair": part.strip()},
            )
        try:
            amount = Decimal(kg.strip())
        except InvalidOperation:
            amount = None
        if amount is None or not amount.is_finite() or amount < 0 or amount >= MAX_FIGURE:
            raise forms.ValidationError(
                _("“%(pair)s”: give the kilograms a year as a number, such as 6000."),
                params={"pair": part.strip()},
            )
        pairs.append((digits, amount))
    return pairs


class WholeNumberField(forms.Field):
    widget = forms.TextInput(attrs={"inputmode": "numeric", "maxlength": 30})

    def __init__(self, **kwargs):
        super().__init__(required=False, **kwargs)

    def to_python(self, value):
        value = str(value or "").strip()
        if len(value) > 30:
            raise forms.ValidationError(_("Enter a smaller number."))
        return whole_number(value) if value else None


class CompanyForm(forms.Form):
    """What the rules compare. Absent means "not said"; only what is said is checked."""

    country = forms.CharField(
        label=_("Country of the registered office"),
        required=False,
        max_length=60,
        help_text=_("Where the company is registered."),
    )
    employees = WholeNumberField(
        label=_("Employees worldwide"), help_text=_("With your subsidiaries.")
    )
    employees_in_country = WholeNumberField(
        label=_("Employees in that country"), help_text=_("If left empty: all of them.")
    )
    turnover_eur = WholeNumberField(
        label=_("Net worldwide turnover (EUR a year)"),
        help_text=_("With your subsidiaries, last financial year."),
    )
    eu_turnover_eur = WholeNumberField(
        label=_("Net turnover in the EU (EUR a year)"),
        help_text=_("If left empty: all of it for an EU company, none for another."),
    )
    imports = forms.CharField(
        label=_("What you import into the EU each year"),
        required=False,
        max_length=1000,
        help_text=_(
            "CN code and kilograms, separated by commas, such as 2609 00 00:6000, 7108 12 00:150."
        ),
    )
    minerals = forms.MultipleChoiceField(
        label=_("Minerals your products contain or need"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    batteries = forms.BooleanField(
        label=_("We place batteries on the EU market or put them into service"), required=False
    )
    sec_registrant = forms.BooleanField(
        label=_("We file reports with the US SEC (sections 13(a) or 15(d) of the Exchange Act)"),
        required=False,
    )
    products_eu = forms.BooleanField(
        label=_("We make products available on the EU market or export them from it"),
        required=False,
    )
    on = forms.DateField(
        label=_("Judge on"),
        required=False,
        help_text=_("Today if left empty."),
        widget=forms.DateInput(attrs={"type": "date"}),
        input_formats=["%Y-%m-%d"],
    )

    def __init__(self, data=None, **kwargs):
        if data is not None:
            data = _flattened(data)
        super().__init__(data, **kwargs)
        self.fields["minerals"].choices = [(m.slug, m.label) for m in Mineral.objects.all()]
        self.fields["country"].widget = forms.Select(
            choices=[("", _("Not said"))] + [(code, name) for code, name in countries]
        )

    def clean_country(self):
        value = self.cleaned_data["country"].strip().upper()
        if value and value not in countries:
            raise forms.ValidationError(
                _("“%(code)s” is not a country code (ISO 3166-1 alpha-2, such as DE)."),
                params={"code": value},
            )
        return value or None

    def clean_imports(self):
        return imports(self.cleaned_data["imports"])

    def company(self):
        data = self.cleaned_data
        return Company(
            country=data["country"],
            employees=data["employees"],
            employees_in_country=data["employees_in_country"],
            turnover_eur=data["turnover_eur"],
            eu_turnover_eur=data["eu_turnover_eur"],
            imports=data["imports"],
            minerals=data["minerals"],
            batteries=data["batteries"],
            sec_registrant=data["sec_registrant"],
            products_eu=data["products_eu"],
            on=data["on"] or datetime.date.today(),
        )

    def errors_by_field(self):
        return {name: [str(m) for m in messages] for name, messages in self.errors.items()}


def _flattened(data):
    """The query string as the form reads it: minerals either repeated (the page's checkboxes)
    or comma-separated (the API), and `1` for a yes."""
    flat = data.copy()
    if hasattr(data, "getlist"):
        minerals = [m.strip() for value in data.getlist("minerals") for m in value.split(",")]
        flat.setlist("minerals", [m for m in minerals if m])
    for name in ("batteries", "sec_registrant", "products_eu"):
        value = str(data.get(name, "")).strip().lower()
        if value in ("0", "false", "no", "off", ""):
            flat.pop(name, None)
    return flat
