"""Member organisations, their accounts and due-diligence profiles."""

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from simple_history.models import HistoricalRecords

from eprm_hub.fields import WebURLField, unique_slug
from eprm_hub.i18n import TranslatedContent, text_language_field
from eprm_hub.models import Mineral, OECDStep, SupplyChainTier
from eprm_hub.textquery import document
from eprm_hub.uploads import RandomName


class Visibility(models.TextChoices):
    PUBLIC = "public", _("Public")
    MEMBERS = "members", _("EPRM members only")


class StepStatus(models.TextChoices):
    NOT_STARTED = "not-started", _("Not started")
    IN_PROGRESS = "in-progress", _("In progress")
    IN_PLACE = "in-place", _("In place")


# Kept here as well as on the model: the model's attribute becomes simple-history's manager,
# and history.record_once() needs this object to write one record for a whole save.
ORGANISATION_HISTORY = HistoricalRecords(
    m2m_fields=["supply_chain_tiers", "minerals"], excluded_fields=["search_vector", "updated"]
)


class CompanySize(models.TextChoices):
    """The EU's SME classes by staff headcount (Recommendation 2003/361/EC); `size=` of the
    path through the five steps takes these slugs."""

    MICRO = "micro", _("Micro (under 10 staff)")
    SMALL = "small", _("Small (under 50 staff)")
    MEDIUM = "medium", _("Medium (under 250 staff)")
    LARGE = "large", _("Large (250 staff or more)")


class OrganisationQuerySet(models.QuerySet):
    def visible(self):
        """Listed in the public directory: members that chose to be listed."""
        return self.filter(is_public=True, is_member=True)


class Organisation(TranslatedContent):
    """An organisation: an EPRM member, or a project partner that is not one."""

    translated_fields = ("description",)

    class Pillar(models.TextChoices):
        SUPPLY_CHAIN = "supply-chain-actor", _("Supply-chain actor")
        GOVERNMENT = "government", _("Government agency or institution")
        CIVIL_SOCIETY = "civil-society", _("Civil society")

    class MembershipType(models.TextChoices):
        STRATEGIC = "strategic", _("Strategic")
        NORMAL = "normal", _("Normal")
        BASIC = "basic", _("Basic (SME)")

    class Role(models.TextChoices):
        MINE = "mine-or-cooperative", _("Mine or cooperative")
        TRADER = "trader-or-exporter", _("Trader or exporter")
        SMELTER = "smelter-or-refiner", _("Smelter or refiner")
        COMPONENT_MAKER = "component-maker", _("Component maker")
        MANUFACTURER = "manufacturer-or-brand", _("Manufacturer or brand")
        RETAILER = "retailer", _("Retailer")
        RECYCLER = "recycler", _("Recycler")
        ASSOCIATION = "industry-association", _("Industry association")

    class ReportingTemplate(models.TextChoices):
        CMRT = "cmrt", _("CMRT (Conflict Minerals Reporting Template)")
        EMRT = "emrt", _("EMRT (Extended Minerals Reporting Template)")

    # Who they are (editors; the description, website and logo also by the organisation)
    name = models.CharField(_("name"), max_length=200, unique=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True, blank=True)
    pillar = models.CharField(
        _("pillar"),
        max_length=20,
        choices=Pillar.choices,
        blank=True,
        help_text=_("Members only; empty for project partners that are not members."),
    )
    membership_type = models.CharField(
        _("membership type"),
        max_length=10,
        choices=MembershipType.choices,
        blank=True,
        help_text=_("Supply-chain actors only."),
    )
    country = CountryField(_("country"), blank=True)
    website = WebURLField(_("website"), blank=True)
    # A random name (eprm_hub/uploads.py), served by config/media.py to those who may see it.
    logo = models.ImageField(_("logo"), upload_to=RandomName("logos", "png"), blank=True)
    description = models.TextField(_("short description"), max_length=1000, blank=True)
    text_language = text_language_field()
    joined_on = models.DateField(_("joined EPRM on"), null=True, blank=True)
    is_member = models.BooleanField(
        _("EPRM member"),
        default=True,
        help_text=_("Off for project partners that are not members."),
    )
    is_public = models.BooleanField(
        _("listed in the directory"),
        default=True,
        help_text=_("Shown on the public members pages."),
    )

    # The supply chain (supply-chain actors)
    supply_chain_tiers = models.ManyToManyField(
        SupplyChainTier, verbose_name=_("supply-chain tiers"), blank=True
    )
    role = models.CharField(_("role"), max_length=30, choices=Role.choices, blank=True)
    minerals = models.ManyToManyField(Mineral, verbose_name=_("minerals"), blank=True)
    company_size = models.CharField(
        _("company size"),
        max_length=6,
        choices=CompanySize.choices,
        blank=True,
        help_text=_("By staff, as the EU's SME classes count them: the path's resources suit it."),
    )
    supply_chain_visibility = models.CharField(
        _("who sees the supply chain"),
        max_length=10,
        choices=Visibility.choices,
        default=Visibility.PUBLIC,
    )

    # Contacts: never public
    contact_name = models.CharField(_("contact person"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)

    # Disclosures
    policy_url = WebURLField(_("responsible-sourcing policy"), blank=True)
    grievance_url = WebURLField(_("grievance mechanism"), blank=True)
    report_url = WebURLField(_("latest due-diligence report"), blank=True)
    publishes_smelter_list = models.BooleanField(
        _("publishes its smelter and refiner list"), null=True, blank=True
    )
    reporting_templates = ArrayField(
        models.CharField(max_length=10, choices=ReportingTemplate.choices),
        verbose_name=_("reporting templates used"),
        default=list,
        blank=True,
    )
    assurance_programme = models.CharField(
        _("audit or assurance programme"),
        max_length=200,
        blank=True,
        help_text=_("The third-party audit or assurance programme it takes part in, e.g. RMAP."),
    )
    disclosures_visibility = models.CharField(
        _("who sees the disclosures"),
        max_length=10,
        choices=Visibility.choices,
        default=Visibility.PUBLIC,
    )

    # Progress on the five OECD steps
    step1_status = models.CharField(
        _("step 1 status"),
        max_length=12,
        choices=StepStatus.choices,
        default=StepStatus.NOT_STARTED,
    )
    step1_note = models.CharField(_("step 1 note"), max_length=500, blank=True)
    step2_status = models.CharField(
        _("step 2 status"),
        max_length=12,
        choices=StepStatus.choices,
        default=StepStatus.NOT_STARTED,
    )
    step2_note = models.CharField(_("step 2 note"), max_length=500, blank=True)
    step3_status = models.CharField(
        _("step 3 status"),
        max_length=12,
        choices=StepStatus.choices,
        default=StepStatus.NOT_STARTED,
    )
    step3_note = models.CharField(_("step 3 note"), max_length=500, blank=True)
    step4_status = models.CharField(
        _("step 4 status"),
        max_length=12,
        choices=StepStatus.choices,
        default=StepStatus.NOT_STARTED,
    )
    step4_note = models.CharField(_("step 4 note"), max_length=500, blank=True)
    step5_status = models.CharField(
        _("step 5 status"),
        max_length=12,
        choices=StepStatus.choices,
        default=StepStatus.NOT_STARTED,
    )
    step5_note = models.CharField(_("step 5 note"), max_length=500, blank=True)
    steps_visibility = models.CharField(
        _("who sees the progress on the OECD steps"),
        max_length=10,
        choices=Visibility.choices,
        default=Visibility.MEMBERS,
    )

    # Optimistic concurrency: a profile form carries the version it was loaded from.
    version = models.PositiveIntegerField(default=1, editable=False)
    created = models.DateTimeField(_("created"), auto_now_add=True)
    updated = models.DateTimeField(_("updated"), auto_now=True)
    search_vector = models.GeneratedField(
        expression=document(
            (["name"], "A"), (["description"], "B"), translated=[("description", "B")]
        ),
        output_field=SearchVectorField(),
        db_persist=True,
    )

    history = ORGANISATION_HISTORY
    objects = OrganisationQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        indexes = [
            # The directory's free-text search.
            GinIndex(fields=["search_vector"], name="organisation_search_gin"),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Organisation, self.name, exclude_pk=self.pk)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("members:detail", args=[self.slug])

    @property
    def steps(self):
        """(step, status label, status, note) for the five OECD steps."""
        return [
            (
                step,
                StepStatus(getattr(self, f"step{step.number}_status")).label,
                getattr(self, f"step{step.number}_status"),
                getattr(self, f"step{step.number}_note"),
            )
            for step in OECDStep.objects.all()
        ]

    def can_see(self, visibility, user):
        """Whether user may see a part marked with this visibility: "members only" parts are
        for the staff, the users of a current EPRM member organisation (not of a former member
        or a project partner: is_member off), and the organisation's own users."""
        if visibility == Visibility.PUBLIC:
            return True
        if not user.is_authenticated:
            return False
        if user.is_staff:
            return True
        membership = getattr(user, "membership", None)
        if membership is None:
            return False
        return membership.organisation_id == self.pk or membership.organisation.is_member


class Membership(models.Model):
    """A member user's place in their organisation: one organisation per user."""

    class Role(models.TextChoices):
        EDITOR = "editor", _("Profile editor")
        VIEWER = "viewer", _("Viewer")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="membership",
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    role = models.CharField(_("role"), max_length=10, choices=Role.choices, default=Role.VIEWER)
    invited_at = models.DateTimeField(_("invited at"), null=True, blank=True)

    class Meta:
        ordering = ["organisation", "user__email"]
        verbose_name = _("member user")
        verbose_name_plural = _("member users")

    def __str__(self):
        return f"{self.user.get_full_name() or self.user.email} ({self.organisation})"

    @property
    def can_edit(self):
        return self.role == self.Role.EDITOR
