"""The shared vocabulary: the terms that resources, members and projects are described by.

Seeded by data migrations (see vocabulary.py), so a fresh database is never without it.
Slugs are fixed: URLs, CSV files and the JSON export use them.
"""

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

hex_colour = RegexValidator(r"^#[0-9a-fA-F]{6}$", _("Use a colour such as #1f5f8b."))


class Term(models.Model):
    """A term with a fixed slug and a name in English and French."""

    slug = models.SlugField(_("slug"), max_length=40, unique=True)
    name = models.CharField(_("name (English)"), max_length=120)
    name_fr = models.CharField(
        _("name (French)"),
        max_length=120,
        blank=True,
        help_text=_("Shown on the French pages; the English name is used when empty."),
    )

    class Meta:
        abstract = True

    def __str__(self):
        return self.label

    @property
    def label(self):
        """The name in the language of the current request."""
        return self.in_language("name")

    def in_language(self, field):
        french = getattr(self, f"{field}_fr", "")
        return french if french and get_language() == "fr" else getattr(self, field)


class Mineral(Term):
    """A mineral or metal whose supply chain the Hub covers."""

    is_3tg = models.BooleanField(
        _("3TG"),
        default=False,
        help_text=_("Tin, tantalum, tungsten or gold: the minerals of the EU regulation."),
    )
    colour = models.CharField(
        _("badge colour"), max_length=7, validators=[hex_colour], default="#5b6770"
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("mineral")
        verbose_name_plural = _("minerals")


class SupplyChainTier(Term):
    """Upstream, midstream or downstream: a company's place in the supply chain."""

    description = models.CharField(_("who is in it"), max_length=200)
    description_fr = models.CharField(_("who is in it (French)"), max_length=200, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order"]
        verbose_name = _("supply-chain tier")
        verbose_name_plural = _("supply-chain tiers")

    @property
    def description_label(self):
        return self.in_language("description")


class OECDStep(Term):
    """One of the five steps of the OECD Due Diligence Guidance for minerals."""

    number = models.PositiveSmallIntegerField(_("number"), unique=True)

    class Meta:
        ordering = ["number"]
        verbose_name = _("OECD step")
        verbose_name_plural = _("OECD steps")

    def __str__(self):
        return _("Step %(number)s: %(name)s") % {"number": self.number, "name": self.label}


class BusinessNeed(Term):
    """Something a company wants to get done: the first facet a visitor meets."""

    description = models.CharField(
        _("when to pick it"),
        max_length=250,
        help_text=_("One sentence for the home page card, from the visitor's point of view."),
    )
    description_fr = models.CharField(_("when to pick it (French)"), max_length=250, blank=True)
    step = models.ForeignKey(
        OECDStep,
        verbose_name=_("OECD step"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="business_needs",
        help_text=_("The OECD step this need belongs to, if any."),
    )
    order = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("Needs are listed from the lowest number up.")
    )

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("business need")
        verbose_name_plural = _("business needs")

    @property
    def description_label(self):
        return self.in_language("description")


class ResourceType(Term):
    """What kind of thing a resource is: guidance, a tool, a template…"""

    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order"]
        verbose_name = _("resource type")
        verbose_name_plural = _("resource types")


class Region(Term):
    """A world region that a resource or project is about."""

    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")


class SDG(Term):
    """One of the 17 UN Sustainable Development Goals, with its official colour."""

    number = models.PositiveSmallIntegerField(_("number"), unique=True)
    colour = models.CharField(_("official colour"), max_length=7, validators=[hex_colour])

    class Meta:
        ordering = ["number"]
        verbose_name = _("Sustainable Development Goal")
        verbose_name_plural = _("Sustainable Development Goals")

    def __str__(self):
        return _("SDG %(number)s: %(name)s") % {"number": self.number, "name": self.label}


class IndexVersion(models.Model):
    """A version per listing that database triggers renew whenever its data changes.

    Each server process keeps the facet index of a listing in memory and rebuilds it when the
    version it read last differs (eprm_hub.facets). The "vocabulary" row counts changes to the
    terms above, which every listing shows.
    """

    name = models.CharField(max_length=40, primary_key=True)
    version = models.BigIntegerField(default=0)

    def __str__(self):
        return f"{self.name} v{self.version}"
