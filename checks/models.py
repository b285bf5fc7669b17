"""The Due Diligence Check: its questions under the five OECD steps, an organisation's checks
and their answers (docs/check.md)."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from eprm_hub.i18n import Translated
from eprm_hub.models import BusinessNeed, OECDStep
from members.models import Organisation
from resources.models import Resource


class Question(Translated):
    """A question of the Due Diligence Check, under one of the five OECD steps: written in
    English, with its translations. The questions ship as data (checks/data/questions-*.json)."""

    translated_fields = ("text", "help", "next_step")

    key = models.SlugField(
        _("identifier"),
        max_length=60,
        blank=True,
        editable=False,
    )
    step = models.ForeignKey(
        OECDStep, verbose_name=_("OECD step"), on_delete=models.PROTECT, related_name="questions"
    )
    text = models.CharField(_("question"), max_length=300)
    help = models.TextField(_("help"), blank=True, help_text=_("What a good answer looks like."))
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    weight = models.PositiveSmallIntegerField(
        _("weight"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
        help_text=_("1 to 5: how much the answer counts in its step's score."),
    )
    active = models.BooleanField(
        _("asked"), default=True, help_text=_("Retired questions stay in earlier checks.")
    )
    next_step = models.TextField(
        _("what to do next"),
        blank=True,
        help_text=_(
            "Shown in the results to a company that answers no or partly: the first thing to "
            "do, in a sentence or two."
        ),
    )
    # The advice on the results page: for a "no" or "partly" answer, the library's resources
    # for these needs that fit the organisation (checks/advice.py).
    business_needs = models.ManyToManyField(
        BusinessNeed,
        verbose_name=_("business needs that help"),
        blank=True,
        related_name="check_questions",
        help_text=_(
            "What a company that answers no or partly needs to do next. The results suggest "
            "the library's resources for these needs that fit the company's tiers and minerals."
        ),
    )
    resources = models.ManyToManyField(
        Resource,
        verbose_name=_("resources that help"),
        blank=True,
        related_name="check_questions",
        help_text=_(
            "Optional: resources to suggest first for this question, when they are published "
            "and fit the company's tiers and minerals."
        ),
    )

    class Meta:
        ordering = ["step__number", "order", "pk"]
        verbose_name = _("check question")
        verbose_name_plural = _("check questions")
        constraints = [
            # Loading a data file finds its questions by key; those editors add have none.
            models.UniqueConstraint(
                fields=["key"], condition=~models.Q(key=""), name="one_question_per_key"
            ),
        ]

    def __str__(self):
        return self.text

    @property
    def label(self):
        return self.in_language("text")

    @property
    def help_label(self):
        return self.in_language("help")

    @property
    def next_step_label(self):
        return self.in_language("next_step")


class CheckQuerySet(models.QuerySet):
    def finished(self):
        return self.filter(status=Check.Status.SUBMITTED)

    def drafts(self):
        return self.filter(status=Check.Status.DRAFT)


class Check(models.Model):
    """One organisation's Due Diligence Check on one date: private to the organisation."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Finished")

    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="checks",
    )
    date = models.DateField(_("date"), default=timezone.localdate)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("started by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    submitted_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    updated = models.DateTimeField(_("updated"), auto_now=True)

    objects = CheckQuerySet.as_manager()

    class Meta:
        ordering = ["organisation", "-date"]
        verbose_name = _("Due Diligence Check")
        verbose_name_plural = _("Due Diligence Checks")
        constraints = [
            # One check per organisation and date is kept.
            models.UniqueConstraint(fields=["organisation", "date"], name="one_check_per_day"),
        ]

    def __str__(self):
        return f"{self.organisation} {self.date:%Y-%m-%d}"


class Answer(models.Model):
    """An answer to one question in one Due Diligence Check."""

    class Value(models.TextChoices):
        YES = "yes", _("Yes")
        PARTLY = "partly", _("Partly")
        NO = "no", _("No")
        NOT_APPLICABLE = "na", _("Not applicable")

    # Not "check": a model's check() is Django's system check.
    due_diligence_check = models.ForeignKey(
        Check,
        verbose_name=_("Due Diligence Check"),
        on_delete=models.CASCADE,
        related_name="answers",
    )
    question = models.ForeignKey(Question, on_delete=models.PROTECT, related_name="answers")
    value = models.CharField(_("answer"), max_length=6, choices=Value.choices)
    note = models.CharField(_("note"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        constraints = [
            models.UniqueConstraint(
                fields=["due_diligence_check", "question"], name="one_answer_per_question"
            ),
        ]

    def __str__(self):
        return f"{self.question}: {self.get_value_display()}"
