"""The projects EPRM funds in mining areas: calls for proposals, projects, partners, results."""

import datetime
import re
from decimal import Decimal

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Case, F, Q, Value, When
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from simple_history.models import HistoricalRecords

from eprm_hub.fields import WebURLField, unique_slug
from eprm_hub.i18n import TranslatedContent, text_language_field
from eprm_hub.models import SDG, Mineral
from eprm_hub.textquery import document
from eprm_hub.uploads import RandomName
from members.models import Organisation

euros = {"max_digits": 12, "decimal_places": 2, "validators": [MinValueValidator(Decimal(0))]}

# What the IATI Standard Ruleset forbids in an activity identifier (rule 1.3.13).
NOT_IN_IATI_IDENTIFIERS = re.compile(r"[/&|?]")


def iati_identifier_errors(value):
    """Why value cannot be an IATI activity identifier of the reporting organisation: a list of
    messages, empty when it can. The Validator wants it to start with the organisation's
    identifier and a hyphen (rule 1.1.21), to differ from that identifier (1.1.3) and to
    contain none of / & | ? (1.3.13)."""
    prefix = f"{settings.IATI_REPORTING_ORG['ref']}-"
    messages = []
    if not value.startswith(prefix) or value == prefix:
        messages.append(
            _(
                "An IATI identifier starts with the reporting organisation's identifier and a "
                "hyphen (%(prefix)s), then the project's own reference."
            )
            % {"prefix": prefix}
        )
    if NOT_IN_IATI_IDENTIFIERS.search(value):
        messages.append(_("An IATI identifier cannot contain /, &, | or ?."))
    return messages


def hub_iati_identifier(pk):
    """The IATI identifier the Hub gives a project that has none of its own."""
    return f"{settings.IATI_REPORTING_ORG['ref']}-HUB-{pk}"


class Call(models.Model):
    """A call for proposals: the round of funding a project came from."""

    name = models.CharField(_("name"), max_length=120, unique=True)
    slug = models.SlugField(_("slug"), max_length=60, unique=True, blank=True)
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(2000), MaxValueValidator(2100)]
    )
    minerals = models.ManyToManyField(
        Mineral,
        verbose_name=_("mineral scope"),
        blank=True,
        help_text=_("Minerals it was open to."),
    )
    opens_on = models.DateField(_("opens on"), null=True, blank=True)
    closes_on = models.DateField(_("closes on"), null=True, blank=True)
    grant_ceiling = models.DecimalField(
        _("grant ceiling (EUR)"),
        null=True,
        blank=True,
        help_text=_("Most a project could get."),
        **euros,
    )
    max_cost_share = models.PositiveSmallIntegerField(
        _("maximum share of eligible costs (%)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
    )
    description = models.TextField(_("description"), blank=True)

    class Meta:
        ordering = ["year", "name"]
        verbose_name = _("call for proposals")
        verbose_name_plural = _("calls for proposals")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Call, self.name, max_length=60, exclude_pk=self.pk)
        super().save(*args, **kwargs)

    def clean(self):
        if self.opens_on and self.closes_on and self.closes_on < self.opens_on:
            raise ValidationError({"closes_on": _("A call cannot close before it opens.")})


class Status(models.TextChoices):
    PLANNED = "planned", _("Planned")
    ONGOING = "ongoing", _("Ongoing")
    COMPLETED = "completed", _("Completed")


class ProjectQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)

    def with_status(self, today=None):
        """Annotate `current_status`: the editor's override, or what the dates say today."""
        today = today or timezone.localdate()
        return self.annotate(
            current_status=Case(
                When(~Q(status_override=""), then=F("status_override")),
                When(
                    Q(start_date__gt=today) | Q(start_date=None, start_year__gt=today.year),
                    then=Value(Status.PLANNED),
                ),
                When(Q(start_date=None, start_year=None), then=Value(Status.PLANNED)),
                When(
                    Q(end_date__lt=today) | Q(end_date=None, end_year__lt=today.year),
                    then=Value(Status.COMPLETED),
                ),
                default=Value(Status.ONGOING),
                output_field=models.CharField(),
            )
        )


class Project(TranslatedContent):
    """A project EPRM funds: where, with whom, with how much, and what it achieved."""

    class GenderFocus(models.TextChoices):
        # The OECD DAC gender equality policy marker.
        NOT_TARGETED = "not-targeted", _("Not targeted")
        SIGNIFICANT = "significant", _("Significant objective")
        PRINCIPAL = "principal", _("Principal objective")

    translated_fields = ("title", "summary", "objectives", "description", "lessons_learned")

    title = models.CharField(_("title"), max_length=300)
    slug = models.SlugField(_("slug"), max_length=120, unique=True, blank=True)
    summary = models.TextField(_("summary"), max_length=800)
    description = models.TextField(_("description"), blank=True)
    text_language = text_language_field()
    countries = CountryField(
        _("countries"),
        multiple=True,
        blank=True,
        help_text=_("Where it works. A published project needs at least one (IATI requires it)."),
    )
    minerals = models.ManyToManyField(Mineral, verbose_name=_("minerals"), blank=True)
    call = models.ForeignKey(
        Call,
        verbose_name=_("call for proposals"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="projects",
    )
    start_year = models.PositiveSmallIntegerField(
        _("start year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(2000), MaxValueValidator(2100)],
        help_text=_("Filled from the start date when that is known."),
    )
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_year = models.PositiveSmallIntegerField(
        _("end year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(2000), MaxValueValidator(2100)],
    )
    end_date = models.DateField(_("end date"), null=True, blank=True)
    status_override = models.CharField(
        _("status"),
        max_length=10,
        choices=Status.choices,
        blank=True,
        help_text=_("Leave empty to follow the dates (planned, ongoing, completed)."),
    )
    total_budget = models.DecimalField(_("total budget (EUR)"), null=True, blank=True, **euros)
    eprm_grant = models.DecimalField(_("EPRM grant (EUR)"), null=True, blank=True, **euros)
    sdgs = models.ManyToManyField(SDG, verbose_name=_("Sustainable Development Goals"), blank=True)
    gender_focus = models.CharField(
        _("gender focus"), max_length=15, choices=GenderFocus.choices, blank=True
    )
    objectives = models.TextField(_("objectives"), blank=True)
    lessons_learned = models.TextField(_("lessons learned"), blank=True)
    iati_identifier = models.CharField(
        _("IATI identifier"),
        max_length=150,
        blank=True,
        help_text=_(
            "As published in IATI: the reporting organisation's identifier, a hyphen and the "
            "project's own reference, e.g. NL-KVK-27378529-EPRM20S19. Leave it empty and the "
            "Hub gives one."
        ),
    )
    website = WebURLField(_("website"), blank=True)
    is_published = models.BooleanField(_("published"), default=False)
    # Set once, when first published: the projects feed's date and order.
    published_at = models.DateTimeField(_("first published"), null=True, blank=True, editable=False)
    created = models.DateTimeField(_("created"), auto_now_add=True)
    updated = models.DateTimeField(_("updated"), auto_now=True)
    search_vector = models.GeneratedField(
        expression=document(
            (["title"], "A"),
            (["summary"], "B"),
            (["description", "objectives", "lessons_learned"], "C"),
            translated=[
                ("title", "A"),
                ("summary", "B"),
                ("objectives", "C"),
                ("description", "C"),
                ("lessons_learned", "C"),
            ],
        ),
        output_field=SearchVectorField(),
        db_persist=True,
    )

    history = HistoricalRecords(
        m2m_fields=[minerals, sdgs], excluded_fields=["search_vector", "updated"]
    )
    objects = ProjectQuerySet.as_manager()

    class Meta:
        ordering = ["-start_year", "title"]
        verbose_name = _("project")
        verbose_name_plural = _("projects")
        indexes = [
            # The portfolio's free-text search.
            GinIndex(fields=["search_vector"], name="project_search_gin"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__gte=F("start_date")) | Q(end_date=None) | Q(start_date=None),
                name="project_ends_after_start",
            ),
            models.CheckConstraint(
                condition=Q(eprm_grant__lte=F("total_budget"))
                | Q(eprm_grant=None)
                | Q(total_budget=None),
                name="project_grant_within_budget",
            ),
            # Two activities with one identifier hide each other in IATI. Projects without an
            # identifier of their own are exported under the Hub's, which is unique by pk.
            models.UniqueConstraint(
                fields=["iati_identifier"],
                condition=~Q(iati_identifier=""),
                name="project_iati_identifier_unique",
                violation_error_code="unique",
                violation_error_message=_(
                    "Another project already has this IATI identifier: IATI would take the two "
                    "for one."
                ),
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Project, self.title, exclude_pk=self.pk)
        self.iati_identifier = self.iati_identifier.strip()
        if self.start_date:
            self.start_year = self.start_date.year
        if self.end_date:
            self.end_year = self.end_date.year
        if self.is_published and self.published_at is None:
            self.published_at = timezone.now()
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("projects:detail", args=[self.slug])

    def clean(self):
        if self.start_date:
            self.start_year = self.start_date.year
        if self.end_date:
            self.end_year = self.end_date.year
        errors = self._date_errors()
        both = self.eprm_grant is not None and self.total_budget is not None
        if both and self.eprm_grant > self.total_budget:
            errors["eprm_grant"] = _("The EPRM grant cannot be more than the total budget.")
        if self.is_published and not self.countries:
            errors["countries"] = _(
                "A published project needs at least one country: IATI requires the country or "
                "region where a project works."
            )
        self.iati_identifier = self.iati_identifier.strip()
        if messages := self._iati_identifier_errors():
            errors["iati_identifier"] = messages
        if errors:
            raise ValidationError(errors)

    def _date_errors(self):
        """{field: message} for an end before the start, or a status its start contradicts."""
        errors = {}
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("The end date cannot be before the start date.")
        elif self.start_year and self.end_year and self.end_year < self.start_year:
            errors["end_year"] = _("The end year cannot be before the start year.")
        if self.status_override in (Status.ONGOING, Status.COMPLETED) and self.starts_after(
            timezone.localdate()
        ):
            errors["status_override"] = _(
                "The project starts in the future, so it cannot be ongoing or completed yet: "
                "correct the start or the status."
            )
        return errors

    def _iati_identifier_errors(self):
        if not self.iati_identifier:
            return []
        messages = iati_identifier_errors(self.iati_identifier)
        hub_form = rf"{re.escape(hub_iati_identifier(''))}\d+"
        own = hub_iati_identifier(self.pk) if self.pk else None
        if self.iati_identifier != own and re.fullmatch(hub_form, self.iati_identifier):
            # Another project's identifier from the Hub: both would be exported under it.
            messages.append(
                _(
                    "%(prefix)s and a number is how the Hub names projects that have no IATI "
                    "identifier: choose another."
                )
                % {"prefix": hub_iati_identifier("")}
            )
        return messages

    def starts_after(self, day):
        """Whether the start, from the date or else the year, is known and after day."""
        if self.start_date:
            return self.start_date > day
        return self.start_year is not None and self.start_year > day.year

    @property
    def status(self):
        """planned, ongoing or completed: the editor's override, or what the dates say today."""
        return self.status_on(timezone.localdate())

    def status_on(self, today: datetime.date):
        if self.status_override:
            return self.status_override
        if self.start_date:
            if self.start_date > today:
                return Status.PLANNED
        elif self.start_year is None or self.start_year > today.year:
            return Status.PLANNED
        if self.end_date:
            if self.end_date < today:
                return Status.COMPLETED
        elif self.end_year is not None and self.end_year < today.year:
            return Status.COMPLETED
        return Status.ONGOING

    @property
    def status_label(self):
        return Status(self.status).label

    @property
    def co_funding(self):
        """What others put in: the total budget minus the EPRM grant, when both are known."""
        if self.total_budget is None or self.eprm_grant is None:
            return None
        return self.total_budget - self.eprm_grant

    @property
    def lead(self):
        return next(
            (p.organisation for p in self.partnerships.all() if p.role == Partnership.Role.LEAD),
            None,
        )


class Partnership(models.Model):
    """An organisation's part in a project. A partner need not be an EPRM member."""

    class Role(models.TextChoices):
        LEAD = "lead", _("Lead organisation")
        IMPLEMENTING = "implementing", _("Implementing partner")
        FUNDING = "funding", _("Co-funder")
        ADVISORY = "advisory", _("Technical or advisory partner")

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="partnerships")
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="partnerships",
    )
    role = models.CharField(
        _("role"), max_length=15, choices=Role.choices, default=Role.IMPLEMENTING
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        constraints = [
            models.UniqueConstraint(
                fields=["project", "organisation"], name="one_part_per_organisation"
            ),
            models.UniqueConstraint(
                fields=["project"], condition=Q(role="lead"), name="one_lead_per_project"
            ),
        ]

    def __str__(self):
        return f"{self.organisation} ({self.get_role_display()})"


class Location(models.Model):
    """A named place where a project works, with its coordinates (WGS 84)."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="locations")
    name = models.CharField(_("name"), max_length=200)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("location")
        verbose_name_plural = _("locations")

    def __str__(self):
        return self.name


class Indicator(models.Model):
    """A result indicator: what a project measures, where it started, aimed for and got to."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="indicators")
    name = models.CharField(_("name"), max_length=200, help_text=_("e.g. Miners trained"))
    unit = models.CharField(_("unit"), max_length=40, help_text=_("e.g. people, mine sites, %"))
    baseline = models.DecimalField(
        _("baseline"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    target = models.DecimalField(
        _("target"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    actual = models.DecimalField(
        _("actual"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    as_of = models.DateField(_("as of"), null=True, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("result indicator")
        verbose_name_plural = _("result indicators")

    def __str__(self):
        return f"{self.name} ({self.unit})"

    def clean(self):
        # A result is measured once the work has begun; IATI reports no actual value for an
        # activity still in the pipeline.
        try:
            project = self.project
        except Project.DoesNotExist:
            project = None
        if self.actual is not None and project is not None and project.status == Status.PLANNED:
            raise ValidationError(
                {
                    "actual": _(
                        "As far as its dates say, the project has not started, so it has no "
                        "actual value yet: give its start, or leave this empty until it starts."
                    )
                }
            )

    @property
    def progress(self):
        """How far from the baseline to the target the actual value is, 0–100, or None."""
        if self.target is None or self.actual is None:
            return None
        start = self.baseline or Decimal(0)
        if self.target == start:
            return 100 if self.actual >= self.target else 0
        share = (self.actual - start) / (self.target - start) * 100
        return max(0, min(100, round(share)))


class Document(models.Model):
    """A project document: a link, or an uploaded PDF."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="documents")
    title = models.CharField(_("title"), max_length=200)
    url = WebURLField(_("link"), blank=True)
    # A random name (eprm_hub/uploads.py), served by config/media.py to those who may see it.
    file = models.FileField(
        _("PDF file"), upload_to=RandomName("project-documents", "pdf"), blank=True
    )

    class Meta:
        ordering = ["title"]
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def __str__(self):
        return self.title

    def clean(self):
        if bool(self.url) == bool(self.file):
            raise ValidationError(_("Give either a link or a PDF file, not both or neither."))

    @property
    def href(self):
        return self.file.url if self.file else self.url
