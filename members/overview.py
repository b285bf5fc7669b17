"""The "My organisation" overview: each part of the profile with what it holds and who sees
it, how complete the profile is, the last check's scores, the next suggested step and the
reading list saved from the path through the five OECD steps (docs/path.md)."""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from resources.models import Resource

from . import scoring
from .models import Assessment, Organisation, ReadingList, Visibility

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


def last_check(organisation):
    """The latest finished check with its scores, or None."""
    check = organisation.assessments.filter(status=Assessment.Status.SUBMITTED).first()
    if check is None:
        return None
    scores = scoring.step_scores(check.answers.select_related("question__step"))
    return {"check": check, "scores": sorted(scores.items()), "overall": scoring.overall(scores)}


def next_step(organisation, membership, measure, latest, draft):
    """(text, address) of the one thing most worth doing next, or None."""
    slug = organisation.slug
    if draft is not None and membership.can_edit:
        return (
            _("Finish the Due Diligence Check you started."),
            reverse("members:assessment", args=[slug, draft.date.isoformat()]),
        )
    if latest is None:
        return (
            _("Take the Due Diligence Check: 25 questions in five parts, one per OECD step."),
            reverse("members:assessments", args=[slug]),
        )
    if measure.missing and membership.can_edit:
        _part, item = measure.missing[0]
        return (
            _("Complete your profile: start with “%(field)s”.") % {"field": item.label},
            f"{reverse('members:edit', args=[slug])}#{item.anchor}",
        )
    weak = [(score, number) for number, score in latest["scores"] if score is not None]
    if weak and min(weak)[0] < 100:
        score, number = min(weak)
        return (
            _("Work on step %(number)s, your lowest score (%(score)s): see what to do next.")
            % {"number": number, "score": score},
            reverse("members:assessment_result", args=[slug, latest["check"].date.isoformat()])
            + "#next-heading",
        )
    return None


def path_url(organisation):
    """The path through the five OECD steps for the organisation's profile: its tiers,
    minerals and company size (the guidance app's `/path/`, docs/path.md)."""
    pairs = [("tier", t.slug) for t in organisation.supply_chain_tiers.all()]
    pairs += [("mineral", m.slug) for m in organisation.minerals.all()]
    if organisation.company_size:
        pairs.append(("size", organisation.company_size))
    url = reverse("guidance:path")
    return f"{url}?{urlencode(pairs)}" if pairs else url


@dataclass
class ReadingCard:
    """The reading list's card: the saved list by step (None for "Start here"), or the
    address of the path for the profile when none is saved."""

    saved: ReadingList | None
    groups: list  # [(step or None, [items])]
    path_url: str

    @property
    def total(self):
        return sum(len(items) for _step, items in self.groups)

    @property
    def done(self):
        return sum(item.done for _step, items in self.groups for item in items)


def reading_card(organisation):
    """Two queries with a saved list, three (the profile's terms) without."""
    saved = ReadingList.objects.filter(organisation=organisation).first()
    if saved is None:
        return ReadingCard(None, [], path_url(organisation))
    groups = []
    items = saved.items.select_related("resource__resource_type", "step").filter(
        resource__status=Resource.Status.PUBLISHED
    )
    for item in items:
        if not groups or groups[-1][0] != item.step:
            groups.append((item.step, []))
        groups[-1][1].append(item)
    url = reverse("guidance:path")
    return ReadingCard(saved, groups, f"{url}?{saved.query}" if saved.query else url)
