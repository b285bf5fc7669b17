"""The rules that may apply to a company, as data that editors keep (docs/rules.md).

A rule applies to a company through one of its scopes (`RuleScope`): a scope holds when all of
its criteria hold, from its own date. A criterion compares one of the company's figures with a
threshold from the official text; a threshold nobody could confirm is left empty, and a
company it would decide gets "cannot tell", never a guess. Regulation (EU) 2017/821's Annex I
is held line by line (`AnnexLine`). Code changes only for a new kind of criterion.
"""

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from eprm_hub.i18n import Translated
from eprm_hub.models import Mineral, OECDStep
from members.models import Organisation
from resources.models import Resource


class Rule(Translated):
    """A law or regulation that may apply to a company, with where it is written."""

    translated_fields = ("name", "summary")

    slug = models.SlugField(
        _("identifier"),
        max_length=40,
        unique=True,
        help_text=_("Fixed: the API and other tools call the rule by it."),
    )
    name = models.CharField(_("name"), max_length=200)
    summary = models.TextField(
        _("what it asks"),
        max_length=600,
        help_text=_("In a sentence or two, what a company in its scope must do."),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    checked = models.DateField(
        _("last checked"),
        help_text=_("The day an editor last compared this rule with its official text."),
    )
    resources = models.ManyToManyField(
        Resource,
        verbose_name=_("resources that help"),
        blank=True,
        related_name="rules",
        help_text=_("The library's resources to offer a company this rule applies to."),
    )
    library_query = models.CharField(
        _("library search"),
        max_length=300,
        blank=True,
        help_text=_(
            "The query string of the library search that lists every resource for this rule, "
            "such as q=2017/821&need=understand-regulation."
        ),
    )
    history = HistoricalRecords(m2m_fields=[resources])

    class Meta:
        ordering = ["order", "slug"]
        verbose_name = _("rule")
        verbose_name_plural = _("rules")

    def __str__(self):
        return self.name

    @property
    def label(self):
        return self.in_language("name")


class RuleSource(models.Model):
    """Where a rule is written (its official text and article), or who enforces it."""

    class Kind(models.TextChoices):
        TEXT = "text", _("Official text")
        AUTHORITY = "authority", _("Competent authority")

    rule = models.ForeignKey(Rule, on_delete=models.CASCADE, related_name="sources")
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.TEXT)
    title = models.CharField(_("title"), max_length=300)
    article = models.CharField(
        _("article"), max_length=200, blank=True, help_text=_("Where in the text, e.g. Art. 1(3).")
    )
    date = models.DateField(_("date of the text"), null=True, blank=True)
    url = models.URLField(_("address"), max_length=500)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["kind", "order", "pk"]
        verbose_name = _("source")
        verbose_name_plural = _("sources")

    def __str__(self):
        return self.title


class RuleScope(models.Model):
    """One way into a rule's scope: it holds when all of its criteria hold, from its date."""

    rule = models.ForeignKey(Rule, on_delete=models.CASCADE, related_name="scopes")
    label = models.CharField(
        _("label"), max_length=200, help_text=_("For editors, e.g. “Companies outside the EU”.")
    )
    applies_from = models.DateField(_("applies from"))
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("scope")
        verbose_name_plural = _("scopes")

    def __str__(self):
        return self.label


class Criterion(models.Model):
    """One condition of a scope. The kinds are what guidance/rules.py knows how to compare."""

    class Kind(models.TextChoices):
        COUNTRY_IN = "country-in", _("Registered office in one of the countries")
        COUNTRY_NOT_IN = "country-not-in", _("Registered office in none of the countries")
        EMPLOYEES = "employees", _("Employees worldwide")
        EMPLOYEES_IN_COUNTRY = "employees-in-country", _("Employees in the country")
        TURNOVER = "turnover", _("Net worldwide turnover (EUR)")
        EU_TURNOVER = "eu-turnover", _("Net turnover in the EU (EUR)")
        ANNEX_IMPORTS = "annex-imports", _("Imports above the thresholds of Annex I")
        BATTERIES = "batteries", _("Places batteries on the EU market")
        SEC_REGISTRANT = "sec-registrant", _("Files reports with the US SEC")
        PRODUCTS_EU = "products-eu", _("Makes products available on the EU market")
        MINERALS = "minerals", _("Its products contain or need one of the minerals")

    class Comparison(models.TextChoices):
        AT_LEAST = "at-least", _("at least")
        MORE_THAN = "more-than", _("more than")

    scope = models.ForeignKey(RuleScope, on_delete=models.CASCADE, related_name="criteria")
    kind = models.CharField(_("kind"), max_length=24, choices=Kind.choices)
    comparison = models.CharField(
        _("comparison"),
        max_length=10,
        choices=Comparison.choices,
        default=Comparison.AT_LEAST,
        help_text=_("For figures: as the official text words it."),
    )
    threshold = models.DecimalField(
        _("threshold"),
        max_digits=16,
        decimal_places=0,
        null=True,
        blank=True,
        help_text=_(
            "For figures. Leave empty when the official text could not be confirmed: a company "
            "it would decide is then told the Hub cannot tell."
        ),
    )
    countries = ArrayField(
        models.CharField(max_length=2),
        verbose_name=_("countries"),
        default=list,
        blank=True,
        help_text=_("ISO 3166-1 alpha-2 codes, separated by commas."),
    )
    minerals = models.ManyToManyField(Mineral, verbose_name=_("minerals"), blank=True)
    article = models.CharField(
        _("article"), max_length=200, blank=True, help_text=_("Where the text says it.")
    )

    class Meta:
        ordering = ["pk"]
        verbose_name = _("criterion")
        verbose_name_plural = _("criteria")

    def __str__(self):
        return self.get_kind_display()


class AnnexLine(Translated):
    """One line of Annex I of Regulation (EU) 2017/821: a CN code and its yearly threshold."""

    translated_fields = ("description",)

    class Part(models.TextChoices):
        MINERALS = "minerals", _("Part A: minerals")
        METALS = "metals", _("Part B: metals")

    rule = models.ForeignKey(Rule, on_delete=models.CASCADE, related_name="annex_lines")
    cn_code = models.CharField(
        _("CN code"),
        max_length=20,
        help_text=_("As the annex prints it: 2609 00 00, or 7108 for the whole heading."),
    )
    ex = models.BooleanField(
        _("ex"), default=False, help_text=_("Only part of the code is covered (“ex” in the annex).")
    )
    taric = models.CharField(_("TARIC subdivision"), max_length=2, blank=True)
    description = models.CharField(_("description"), max_length=300)
    part = models.CharField(_("part"), max_length=10, choices=Part.choices)
    threshold_kg = models.PositiveBigIntegerField(
        _("threshold (kg a year)"),
        null=True,
        blank=True,
        help_text=_("Empty when it could not be confirmed from the official text."),
    )
    source = models.CharField(
        _("source"), max_length=300, help_text=_("The official text that sets the threshold.")
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("line of Annex I")
        verbose_name_plural = _("lines of Annex I")

    def __str__(self):
        return f"{self.printed_code} {self.description}"

    @property
    def digits(self):
        """The code as a declaration gives it: digits only, TARIC subdivision included."""
        return "".join(c for c in self.cn_code if c.isdigit()) + self.taric

    @property
    def printed_code(self):
        code = f"ex {self.cn_code}" if self.ex else self.cn_code
        return f"{code} ({self.taric})" if self.taric else code


class ReadingList(models.Model):
    """A path through the five OECD steps that an organisation saved (guidance/path.py):
    the resources it picked, in order, each with why. Saving the path again replaces it."""

    organisation = models.OneToOneField(
        Organisation, on_delete=models.CASCADE, related_name="reading_list"
    )
    query = models.CharField(
        _("path"), max_length=500, help_text=_("The path's query string: tier, mineral, size.")
    )
    saved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    saved_at = models.DateTimeField(_("saved at"), auto_now=True)

    class Meta:
        verbose_name = _("reading list")
        verbose_name_plural = _("reading lists")

    def __str__(self):
        return str(self.organisation)


class ReadingListItem(models.Model):
    """One resource of a reading list, under its OECD step (none for "Start here")."""

    reading_list = models.ForeignKey(ReadingList, on_delete=models.CASCADE, related_name="items")
    resource = models.ForeignKey(Resource, on_delete=models.CASCADE, related_name="+")
    step = models.ForeignKey(
        OECDStep, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    position = models.PositiveSmallIntegerField(default=0)
    why = models.CharField(_("why"), max_length=500, blank=True)
    done = models.BooleanField(_("read"), default=False)

    class Meta:
        ordering = ["position", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["reading_list", "resource"], name="one_resource_once_per_reading_list"
            )
        ]

    def __str__(self):
        return f"{self.reading_list}: {self.resource_id}"
