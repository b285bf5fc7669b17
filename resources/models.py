"""The curated resource library."""

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator, MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords
from taggit.managers import TaggableManager

from eprm_hub import languages
from eprm_hub.fields import unique_slug
from eprm_hub.i18n import TranslatedContent, text_language_field
from eprm_hub.models import BusinessNeed, Mineral, OECDStep, Region, ResourceType, SupplyChainTier
from eprm_hub.textquery import document
from eprm_hub.versions import next_version

SUMMARY_MAX = 600


class Publisher(models.Model):
    """The organisation that published a resource: a facet of the search."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    website = models.URLField(_("website"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("publisher")
        verbose_name_plural = _("publishers")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Publisher, self.name)
        super().save(*args, **kwargs)


class ResourceQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Resource.Status.PUBLISHED)

    def newest_first(self):
        return self.order_by("-published_at", "-pk")

    def refresh_search_text(self):
        """Copy the tags and the publisher's name into the columns the search vector reads.

        The one place where these denormalised columns are kept current: the admin, the
        importer and the demo content call it after changing tags or publishers.
        """
        from django.contrib.postgres.aggregates import StringAgg
        from django.db.models import OuterRef, Subquery
        from django.db.models.functions import Coalesce

        tags = (
            Resource.tags.through.objects.filter(object_id=OuterRef("pk"))
            .values("object_id")
            .annotate(text=StringAgg("tag__name", " ", order_by="tag__name"))
            .values("text")
        )
        publisher = Publisher.objects.filter(pk=OuterRef("publisher_id")).values("name")
        return self.update(
            tag_text=Coalesce(Subquery(tags), models.Value("")),
            publisher_text=Coalesce(Subquery(publisher), models.Value("")),
        )


class Resource(TranslatedContent):
    """A public guidance document, tool, template, standard or case study, chosen by editors."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")
        ARCHIVED = "archived", _("Archived")

    class CompanySize(models.TextChoices):
        SME = "sme", _("Small or medium enterprise")
        LARGE = "large", _("Large company")

    class LinkStatus(models.TextChoices):
        UNCHECKED = "unchecked", _("Not checked yet")
        OK = "ok", _("Works")
        BROKEN = "broken", _("Broken")

    translated_fields = ("title", "summary")

    title = models.CharField(_("title"), max_length=300)
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        unique=True,
        blank=True,
        help_text=_("The last part of the page's address; made from the title when left empty."),
    )
    url = models.URLField(
        _("link"),
        max_length=500,
        unique=True,
        help_text=_("Where the resource itself is. Two resources cannot share a link."),
    )
    publisher = models.ForeignKey(
        Publisher,
        verbose_name=_("publisher"),
        on_delete=models.PROTECT,
        related_name="resources",
        null=True,
        blank=True,
    )
    year = models.PositiveSmallIntegerField(
        _("year published"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
        help_text=_("Of this version; leave empty when unknown."),
    )
    resource_type = models.ForeignKey(
        ResourceType, verbose_name=_("type"), on_delete=models.PROTECT, related_name="resources"
    )
    languages = ArrayField(
        models.CharField(max_length=3),
        verbose_name=_("languages"),
        default=list,
        blank=True,
        help_text=_("ISO 639-1 codes of its languages, separated by commas: en,fr,zh."),
    )
    minerals = models.ManyToManyField(Mineral, verbose_name=_("minerals"), blank=True)
    supply_chain_tiers = models.ManyToManyField(
        SupplyChainTier, verbose_name=_("supply-chain tiers"), blank=True
    )
    oecd_steps = models.ManyToManyField(OECDStep, verbose_name=_("OECD steps"), blank=True)
    business_needs = models.ManyToManyField(
        BusinessNeed, verbose_name=_("business needs"), blank=True
    )
    regions = models.ManyToManyField(Region, verbose_name=_("regions"), blank=True)
    tags = TaggableManager(
        _("tags"), blank=True, help_text=_("Free keywords, found by the search.")
    )
    summary = models.TextField(
        _("summary"),
        max_length=SUMMARY_MAX,
        validators=[MaxLengthValidator(SUMMARY_MAX)],  # a TextField's max_length binds forms only
        help_text=_("Plain text, up to 600 characters: what it is and who it helps."),
    )
    description = models.TextField(_("longer description"), blank=True)
    text_language = text_language_field()
    company_name = models.CharField(
        _("company"), max_length=200, blank=True, help_text=_("Case studies: the company studied.")
    )
    company_size = models.CharField(
        _("company size"), max_length=8, choices=CompanySize.choices, blank=True
    )

    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    featured = models.BooleanField(_("featured"), default=False)
    last_reviewed_on = models.DateField(_("last reviewed on"), null=True, blank=True)
    published_at = models.DateTimeField(_("first published"), null=True, blank=True, editable=False)
    created = models.DateTimeField(_("created"), auto_now_add=True)
    updated = models.DateTimeField(_("updated"), auto_now=True)
    link_status = models.CharField(
        _("link status"), max_length=10, choices=LinkStatus.choices, default=LinkStatus.UNCHECKED
    )
    link_http_status = models.PositiveSmallIntegerField(
        _("last HTTP status"), null=True, blank=True, editable=False
    )
    link_checked_at = models.DateTimeField(_("link checked at"), null=True, editable=False)
    # The link as two addresses of one document share it (resources/urlkeys.py): the
    # duplicate detector compares these, not the links themselves.
    url_key = models.CharField(max_length=500, default="", editable=False)
    # Optimistic concurrency (eprm_hub/versions.py): the admin's form carries the version it
    # was loaded from; every save moves it forward under a row lock, the import and the link
    # checker too, so a stale form is refused with a merge instead of undoing their changes.
    version = models.PositiveIntegerField(default=1, editable=False)

    # Many-to-many values cannot enter a generated column: refresh_search_text() copies them.
    tag_text = models.TextField(default="", editable=False)
    publisher_text = models.TextField(default="", editable=False)
    # Title above summary and tags, above the publisher, above the longer description; in
    # English, and in French too for French resources (eprm_hub.textquery). The names of its
    # vocabulary are matched through the facet index instead (docs/search.md).
    search_vector = models.GeneratedField(
        expression=document(
            (["title"], "A"),
            (["summary", "tag_text"], "B"),
            (["publisher_text"], "C"),
            (["description"], "D"),
            french_when=models.Q(languages__contains=["fr"]) | models.Q(text_language="fr"),
            translated=[("title", "B"), ("summary", "C")],
        ),
        output_field=SearchVectorField(),
        db_persist=True,
    )

    history = HistoricalRecords(
        m2m_fields=[minerals, supply_chain_tiers, oecd_steps, business_needs, regions],
        excluded_fields=["tag_text", "publisher_text", "search_vector", "updated", "url_key"],
    )
    objects = ResourceQuerySet.as_manager()

    class Meta:
        ordering = ["title"]
        verbose_name = _("resource")
        verbose_name_plural = _("resources")
        indexes = [
            # Full-text search: the search vector's matches (the free-text box).
            GinIndex(fields=["search_vector"], name="resource_search_gin"),
            # The feed, the home page's newest list and the "newest" sort.
            models.Index(fields=["status", "-published_at"], name="resource_status_published"),
            # The duplicate detector (resources/duplicates.py): titles of one publisher that
            # are nearly the same (pg_trgm's % operator), and links that differ only in form.
            GinIndex(fields=["title"], opclasses=["gin_trgm_ops"], name="resource_title_trgm"),
            models.Index(fields=["url_key"], name="resource_url_key"),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        """Save the row by the rules of saving (resources/saving.py): its slug, first-published
        date, link key and version. The rest of a save (search text, one history record,
        duplicates) is saving.save_resource()'s, which calls this."""
        from .saving import fill_row, give_slugs  # the service imports this module

        give_slugs([self])
        fill_row(self, timezone.now())
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, "version"}
            if "url" in update_fields:
                kwargs["update_fields"].add("url_key")
        with transaction.atomic():
            next_version(self)
            super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("resources:detail", args=[self.slug])

    def clean(self):
        unknown = [code for code in self.languages if not languages.is_valid(code)]
        if unknown:
            raise ValidationError(
                {"languages": _("Not ISO 639-1 codes: %(codes)s.") % {"codes": ", ".join(unknown)}}
            )
        is_case_study = self.resource_type_id and self.resource_type.slug == "case-study"
        if self.company_size and not is_case_study:
            raise ValidationError({"company_size": _("Only case studies name a company size.")})

    @property
    def language_pairs(self):
        """(code, name in the current language) for each of its languages."""
        return [(code, languages.name(code)) for code in self.languages]


class LinkReport(models.Model):
    """A visitor's report that a resource's link no longer works, for editors to look at."""

    resource = models.ForeignKey(
        Resource, verbose_name=_("resource"), on_delete=models.CASCADE, related_name="link_reports"
    )
    reported_at = models.DateTimeField(_("reported at"), auto_now_add=True)
    visitor = models.CharField(
        max_length=64, editable=False, help_text=_("A keyed hash of the visitor's address.")
    )
    resolved = models.BooleanField(_("dealt with"), default=False)

    class Meta:
        ordering = ["-reported_at"]
        verbose_name = _("broken-link report")
        verbose_name_plural = _("broken-link reports")
        indexes = [
            # The rate limit: a visitor's recent reports.
            models.Index(fields=["visitor", "-reported_at"], name="linkreport_visitor_recent"),
        ]

    def __str__(self):
        return _("Report on “%(title)s”") % {"title": self.resource.title}


class DuplicatePair(models.Model):
    """Two resources that may be one: the same publisher and nearly the same title, or links
    that differ only in form (resources/duplicates.py). Found on save and on import; an
    editor who confirms they are different keeps the pair, marked, so it is not flagged
    again."""

    class Reason(models.TextChoices):
        TITLE = "title", _("same publisher, nearly the same title")
        URL = "url", _("the same link written differently")

    first = models.ForeignKey(Resource, on_delete=models.CASCADE, related_name="+")
    second = models.ForeignKey(Resource, on_delete=models.CASCADE, related_name="+")
    reason = models.CharField(_("why"), max_length=10, choices=Reason.choices)
    similarity = models.FloatField(_("title similarity"), null=True, blank=True)
    found_at = models.DateTimeField(_("found at"), auto_now_add=True)
    not_duplicate = models.BooleanField(_("confirmed not a duplicate"), default=False)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("confirmed by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("possible duplicate")
        verbose_name_plural = _("possible duplicates")
        constraints = [
            # One row per pair, stored one way round.
            models.UniqueConstraint(fields=["first", "second"], name="duplicatepair_once"),
            models.CheckConstraint(
                condition=models.Q(first__lt=models.F("second")), name="duplicatepair_ordered"
            ),
        ]
        indexes = [
            # A resource's pairs, from either side (the change form, the list filter).
            models.Index(fields=["second"], name="duplicatepair_second"),
        ]

    def __str__(self):
        return f"{self.first_id} ~ {self.second_id}"


class DigestSubscription(models.Model):
    """An editor's choice to receive the weekly digest of the editors' desk by e-mail, and
    the week it was last sent, so that it never goes twice in one week."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="editor_digest"
    )
    weekly = models.BooleanField(_("send me the weekly digest"), default=False)
    last_sent_week = models.DateField(
        _("last sent for the week of"), null=True, blank=True, editable=False
    )

    class Meta:
        verbose_name = _("weekly digest")
        verbose_name_plural = _("weekly digests")

    def __str__(self):
        return str(self.user)


class ImportJob(models.Model):
    """A CSV file an editor uploaded in the admin: checked first (a dry run), then imported on
    their word. Small files run in the request, larger ones as background tasks
    (resources/jobs.py, docs/importing.md); this record is what the job page shows."""

    class Action(models.TextChoices):
        CHECK = "check", _("Check")
        IMPORT = "import", pgettext_lazy("the step of an import job", "Import")

    class State(models.TextChoices):
        QUEUED = "queued", _("Waiting")
        RUNNING = "running", _("Running")
        CHECKED = "checked", _("Checked, not imported yet")
        IMPORTED = "imported", _("Imported")
        REJECTED = "rejected", _("Rejected: bad rows")
        FAILED = "failed", _("Stopped by an error")

    file = models.FileField(_("file"), upload_to="imports/%Y/%m/", blank=True)
    file_name = models.CharField(_("file name"), max_length=255)
    file_size = models.PositiveBigIntegerField(_("size in bytes"))
    rows_expected = models.PositiveIntegerField(
        _("rows expected"), default=0, help_text=_("Counted, or estimated from the file's size.")
    )
    format_read = models.CharField(_("read as"), max_length=200, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)
    language = models.CharField(_("language of its messages"), max_length=10, default="en")
    action = models.CharField(
        _("step"), max_length=10, choices=Action.choices, default=Action.CHECK
    )
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.QUEUED)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    rows_done = models.PositiveIntegerField(_("rows done"), default=0)
    bytes_done = models.PositiveBigIntegerField(_("bytes read"), default=0)
    new = models.PositiveIntegerField(_("new"), null=True, blank=True)
    updated = models.PositiveIntegerField(_("updated"), null=True, blank=True)
    unchanged = models.PositiveIntegerField(_("unchanged"), null=True, blank=True)
    problems = models.JSONField(_("problems"), default=list, blank=True)
    duplicates = models.JSONField(_("possible duplicates"), default=list, blank=True)
    error = models.TextField(_("error"), blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("import")
        verbose_name_plural = _("imports")

    def __str__(self):
        return self.file_name

    @property
    def rows_estimate(self):
        """About how many rows the file has: from the part read so far, once there is one."""
        if self.rows_done and self.bytes_done:
            return max(self.rows_done, round(self.rows_done * self.file_size / self.bytes_done))
        return self.rows_expected
