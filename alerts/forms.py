from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .models import Alert


class AlertForm(forms.Form):
    email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    frequency = forms.ChoiceField(
        label=_("How often"),
        choices=Alert.Frequency.choices,
        initial=Alert.Frequency.WEEKLY,
        widget=forms.RadioSelect,
    )
    language = forms.ChoiceField(label=_("Language of the e-mails"), choices=settings.LANGUAGES)

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()


class FrequencyForm(forms.Form):
    frequency = forms.ChoiceField(label=_("How often"), choices=Alert.Frequency.choices)
