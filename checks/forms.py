from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Answer


class CheckPartForm(forms.Form):
    """One part of the Due Diligence Check: for each of its questions an answer and a note.
    Whether every question of the check has an answer is the view's to say (views.py)."""

    def __init__(self, questions, *args, answers=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = list(questions)
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
