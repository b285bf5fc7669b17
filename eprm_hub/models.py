"""The shared vocabulary: the terms that resources, members and projects are described by.

Seeded by data migrations from eprm_hub/data/, so a fresh database is never without it. Slugs
are fixed: URLs, CSV files and the JSON export use them (docs/vocabulary.md).

The thesaurus (Concept, ConceptTerm) is the field's words for the free-text search: a query that
names a concept also searches for its other terms (eprm_hub/textquery.py).
"""

from typing import ClassVar

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models.functions import Now
from django.utils.translation import gettext_lazy as _

from .i18n import Translated

hex_colour = RegexValidator(r"^#[0-9a-fA-F]{6}$", _("Use a colour such as #1f5f8b."))


class Term(Translated):
    """A term with a fixed slug and a name in English and, as translations, the site's other
    languages (the English name shows where one is missing)."""

    translated_fields: ClassVar[tuple[str, ...]] = ("name",)

    slug = models.SlugField(_("slug"), max_length=40, unique=True)
    name = models.CharField(
        _("name"),
        max_length=120,
        help_text=_("In English. Its names in the other languages are further down the form."),
    )

    class Meta:
        abstract = True

    def __str__(self):
        return self.label

    @property
    def label(self):
        """The name in the language of the current request."""
        return self.in_language("name")


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

    translated_fields = ("name", "description")

    description = models.CharField(_("who is in it"), max_length=200)
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

    translated_fields = ("name", "description")

    description = models.CharField(
        _("when to pick it"),
        max_length=250,
        help_text=_("One sentence for the home page card, from the visitor's point of view."),
    )
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
    """A world region that a resource or project is about; regions form a tree (Africa holds
    its sub-regions), and choosing a region in a search includes the regions under it."""

    order = models.PositiveSmallIntegerField(_("order"), default=0)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("part of"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        help_text=_("The larger region this one belongs to; searches for it include this one."),
    )

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")

    def clean(self):
        ancestor = self.parent
        while ancestor is not None:
            if ancestor.pk == self.pk:
                raise ValidationError({"parent": _("A region cannot be part of itself.")})
            ancestor = ancestor.parent


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


class Concept(models.Model):
    """A notion of the field with the words people use for it, for the free-text search.

    A query that uses any of its terms also finds the others (and those of its narrower
    concepts): "CAHRA" finds "conflict-affected and high-risk areas" and "zones de conflit ou à
    haut risque". Edits take effect at once in every server process.
    """

    class Facet(models.TextChoices):
        MINERAL = "mineral", _("Mineral")
        TIER = "tier", _("Supply-chain tier")
        STEP = "step", _("OECD step")
        TYPE = "type", _("Type")
        REGION = "region", _("Region")
        NEED = "need", _("Business need")

    key = models.SlugField(_("key"), max_length=60, unique=True)
    name = models.CharField(
        _("preferred term (English)"), max_length=120, help_text=_("How editors name it.")
    )
    note = models.TextField(_("scope note"), max_length=300, blank=True)
    narrower = models.ManyToManyField(
        "self",
        verbose_name=_("narrower concepts"),
        symmetrical=False,
        related_name="broader",
        blank=True,
        help_text=_("Concepts it includes: a search for 3TG also finds tin, tantalum…"),
    )
    filter_facet = models.CharField(
        _("offer as filter"), max_length=10, choices=Facet.choices, blank=True
    )
    filter_value = models.CharField(
        _("filter value"),
        max_length=40,
        blank=True,
        help_text=_("The slug (or step number) a query naming this concept offers as a filter."),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("thesaurus concept")
        verbose_name_plural = _("thesaurus")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(filter_facet="", filter_value="")
                | (~models.Q(filter_facet="") & ~models.Q(filter_value="")),
                name="concept_filter_complete",
                violation_error_message=_("Give both the filter and its value, or neither."),
            )
        ]

    def __str__(self):
        return self.name

    def clean(self):
        model = FILTER_MODELS.get(self.filter_facet)
        if model and not model.objects.filter(slug=self.filter_value).exists():
            slugs = ", ".join(model.objects.values_list("slug", flat=True))
            raise ValidationError(
                {"filter_value": _("Choose one of: %(slugs)s.") % {"slugs": slugs}}
            )


# The vocabulary model whose slugs a concept's filter names, by facet.
FILTER_MODELS: dict[str, type[Term]] = {
    Concept.Facet.MINERAL: Mineral,
    Concept.Facet.TIER: SupplyChainTier,
    Concept.Facet.STEP: OECDStep,
    Concept.Facet.TYPE: ResourceType,
    Concept.Facet.REGION: Region,
    Concept.Facet.NEED: BusinessNeed,
}


class ConceptTerm(models.Model):
    """One way of saying a concept: a synonym, an acronym or a term in another language."""

    class Kind(models.TextChoices):
        SYNONYM = "synonym", _("Synonym or variant")
        ACRONYM = "acronym", _("Acronym")
        TRANSLATION = "translation", _("Term in another language")

    concept = models.ForeignKey(
        Concept, verbose_name=_("concept"), on_delete=models.CASCADE, related_name="terms"
    )
    text = models.CharField(_("term"), max_length=120)
    language = models.CharField(
        _("language"), max_length=2, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices, default=Kind.SYNONYM)

    class Meta:
        ordering = ["language", "text"]
        verbose_name = _("term")
        verbose_name_plural = _("terms")
        constraints = [
            models.UniqueConstraint(
                fields=["concept", "text"],
                name="conceptterm_unique_per_concept",
                violation_error_message=_("This concept already has this term."),
            )
        ]

    def __str__(self):
        return self.text


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


class IndexChange(models.Model):
    """A row of a listing that a write changed, logged by the catalogue's triggers: each
    process applies these to its index instead of rebuilding it (docs/facets.md, "Changes").

    `key` is the written row's link back to the catalogue's rows (its own key, a many-to-many
    row's key of the catalogue's row, a related row's key); NULL when the write cannot be
    told apart (a truncate), which makes processes rebuild."""

    name = models.CharField(max_length=40)
    version = models.BigIntegerField()
    source = models.CharField(max_length=63)  # the table written
    key = models.BigIntegerField(null=True)
    at = models.DateTimeField(db_default=Now())

    class Meta:
        indexes = [models.Index(fields=["name", "version"], name="eprm_hub_indexchange_version")]

    def __str__(self):
        return f"{self.name} v{self.version}: {self.source} {self.key}"


class RequestCounter(models.Model):
    """A visitor's requests of one kind in a fixed window (eprm_hub/throttle.py): the key is a
    keyed hash of the client, enough to count, not to tell who asked."""

    key = models.CharField(max_length=80, primary_key=True)
    window_start = models.DateTimeField(db_index=True)
    count = models.PositiveIntegerField()

    def __str__(self):
        return self.key


# The longest words and filters a search record keeps (eprm_hub/insights/).
SEARCH_WORDS_MAX, SEARCH_FILTERS_MAX = 400, 1000


class SearchRecord(models.Model):
    """A day's searches of one text with one set of filters, on one listing in one language
    (eprm_hub/insights/): how many, how many results the last one had, how many led to a
    result being opened. Counts, never who searched: no address, cookie, session or user.
    Deleted after 13 months (`manage.py prune_search_insights`)."""

    day = models.DateField(_("day"))
    catalogue = models.CharField(_("listing"), max_length=20)
    language = models.CharField(_("language"), max_length=2, choices=settings.LANGUAGES)
    words = models.CharField(_("words"), max_length=SEARCH_WORDS_MAX)  # normalised, no fillers
    filters = models.CharField(_("filters"), max_length=SEARCH_FILTERS_MAX, blank=True)
    searches = models.PositiveIntegerField(_("searches"), default=0)
    results = models.PositiveIntegerField(_("results"), default=0)  # of the day's last search
    opened = models.PositiveIntegerField(_("results opened"), default=0)

    class Meta:
        verbose_name = _("search insight")
        verbose_name_plural = _("search insights")
        constraints = [
            # Also the index of the 30 days the desk reads and of the pruning: day comes first.
            models.UniqueConstraint(
                fields=["day", "catalogue", "language", "words", "filters"],
                name="searchrecord_one_per_day",
            )
        ]

    def __str__(self):
        return f"{self.day} {self.catalogue} {self.language}: {self.words}"


class OpenedPosition(models.Model):
    """How often a result at this position (1 for the first of the whole list) was opened
    from a day's search."""

    record = models.ForeignKey(SearchRecord, on_delete=models.CASCADE, related_name="positions")
    position = models.PositiveIntegerField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["record", "position"], name="openedposition_one_per_position"
            )
        ]

    def __str__(self):
        return f"{self.record_id} #{self.position}: {self.count}"
