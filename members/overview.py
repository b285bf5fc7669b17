"""The "My organisation" overview of the profile: each part with what it holds and who sees it,
how complete the profile is, and the path through the five OECD steps that fits it. The Check
(checks/overview.py) and the reading list (guidance/reading_list.py) add their own cards."""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from .models import Organisation, Visibility

PUBLIC, MEMBERS, PRIVATE = "public", "members", "private"
VISIBILITY_LABELS = {
    PUBLIC: _("Public"),
    MEMBERS: _("EPRM members only"),
    PRIVATE: _("Never public"),
}


@dataclass
class Item:
    """One field of the profile as the overview shows it."""

    name: str  # the profile form's field
    label: str
    value: object  # as shown; empty when not recorded
    counts: bool = True  # part of the completeness measure
    anchor: str = ""  # the field's id in the edit form

    @property
    def missing(self):
        return self.value in (None, "", [])

    @property
    def shown(self):
        return ", ".join(map(str, self.value)) if isinstance(self.value, list) else self.value


@dataclass
class Part:
    key: str  # also the fieldset's id in the edit form: part-<key>
    title: str
    visibility: str
    items: list = field(default_factory=list)

    @property
    def visibility_label(self):
        return VISIBILITY_LABELS[self.visibility]


def _item(name, label, value, *, multiple=False, counts=True):
    return Item(name, label, value, counts, f"id_{name}_0" if multiple else f"id_{name}")


def parts(organisation):
    """The profile's parts in the edit form's order."""
    o = organisation
    about = Part(
        "about",
        _("About the organisation"),
        PUBLIC,
        [
            _item("description", _("Short description"), o.description),
            _item("website", _("Website"), o.website),
            _item("logo", _("Logo"), o.logo.url if o.logo else ""),
        ],
    )
    contacts = Part(
        "contacts",
        _("Contacts"),
        PRIVATE,
        [
            _item("contact_name", _("Contact person"), o.contact_name),
            _item("contact_email", _("Contact email"), o.contact_email),
            _item("contact_phone", _("Contact phone"), o.contact_phone, counts=False),
        ],
    )
    # The public page shows the supply chain of supply-chain actors only.
    actor = o.pillar == Organisation.Pillar.SUPPLY_CHAIN
    supply_chain = Part(
        "supply-chain",
        _("Place in the supply chain"),
        _visibility(o.supply_chain_visibility),
        [
            _item(
                "supply_chain_tiers",
                _("Supply-chain tiers"),
                [t.label for t in o.supply_chain_tiers.all()],
                multiple=True,
                counts=actor,
            ),
            _item("role", _("Role"), o.get_role_display(), counts=actor),
            _item(
                "minerals",
                _("Minerals"),
                [m.label for m in o.minerals.all()],
                multiple=True,
                counts=actor,
            ),
        ],
    )
    smelters = {True: _("Published"), False: _("Not published"), None: ""}
    templates = dict(Organisation.ReportingTemplate.choices)
    disclosures = Part(
        "disclosures",
        _("Due-diligence disclosures"),
        _visibility(o.disclosures_visibility),
        [
            _item("policy_url", _("Responsible-sourcing policy"), o.policy_url),
            _item("grievance_url", _("Grievance mechanism"), o.grievance_url),
            _item("report_url", _("Latest due-diligence report"), o.report_url),
            _item(
                "publishes_smelter_list",
                _("Smelter and refiner list"),
                smelters[o.publishes_smelter_list],
                multiple=True,
            ),
            _item(
                "reporting_templates",
                _("Reporting templates"),
                [templates.get(t, t) for t in o.reporting_templates],
                multiple=True,
            ),
            _item("assurance_programme", _("Audit or assurance programme"), o.assurance_programme),
        ],
    )
    return [about, contacts, supply_chain, disclosures]


def _visibility(value):
    return PUBLIC if value == Visibility.PUBLIC else MEMBERS


@dataclass
class Completeness:
    filled: int
    total: int
    missing: list  # [(part, item)]

    @property
    def percent(self):
        return round(100 * self.filled / self.total) if self.total else 100


def completeness(profile_parts):
    """How many of the fields that count are filled, and which are missing."""
    counted = [(part, item) for part in profile_parts for item in part.items if item.counts]
    missing = [(part, item) for part, item in counted if item.missing]
    return Completeness(len(counted) - len(missing), len(counted), missing)


def path_url(organisation):
    """The path through the five OECD steps for the organisation's profile: its tiers,
    minerals and company size (the guidance app's `/path/`, docs/path.md)."""
    pairs = [("tier", t.slug) for t in organisation.supply_chain_tiers.all()]
    pairs += [("mineral", m.slug) for m in organisation.minerals.all()]
    if organisation.company_size:
        pairs.append(("size", organisation.company_size))
    url = reverse("guidance:path")
    return f"{url}?{urlencode(pairs)}" if pairs else url
