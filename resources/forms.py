from django import forms
from django.utils.translation import gettext_lazy as _

from . import jobs


class ImportForm(forms.Form):
    """A CSV file to import in the admin, read enough to refuse a bad one at once."""

    file = forms.FileField(
        label=_("CSV file"),
        help_text=_("UTF-8, with the header row of the import format."),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,text/csv"}),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        self.rows, self.small, self.format_read = jobs.read_upload(upload)
        return upload
