"""A path through the five OECD steps: the few published resources that fit a company best,
step by step, each with the reason it was picked (docs/path.md).

A profile is read from the query string (`tier`, `mineral`, `size`, `need`; values the Hub does
not know are set aside and named, never an error). The candidates are read in one query (and
four for their vocabulary), whatever the library's size:

- **Fit is a filter first.** A resource that names supply-chain tiers but none of the
  profile's is left out, and so is one that names minerals but none of the profile's: a
  downstream tin buyer never meets an upstream-only mine guide. A resource that names no tier
  (or no mineral) is general, and stays, below an exact match.
- **Then a score** (the weights below, explained in docs/path.md): tier and minerals, the
  company's size, the business need, the reader's language, and how focused the resource is
  on the step. Featured and recency only break ties.
- **Mixed in kind**: per step, the best guidance, the best tool or template and the best case
  study, where there is one; else the next best of any kind.
- "Start here" comes first: the two or three resources that frame everything else (the
  guidance and the law for the profile's tiers and minerals). A resource appears once.
"""

import re
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.conf import settings
from django.db.models import Exists, OuterRef, Prefetch
from django.urls import reverse
from django.utils.translation import gettext as _

from eprm_hub import i18n
from eprm_hub.facets import CONTROL, shown
from eprm_hub.models import BusinessNeed, Mineral, OECDStep, SupplyChainTier
from eprm_hub.templatetags.hub import inline
from members.models import CompanySize
from resources.models import Resource

PER_STEP = 3
START_HERE = 3
SME_SIZES = {CompanySize.MICRO, CompanySize.SMALL, CompanySize.MEDIUM}

# The weights of the score (docs/path.md says why each is where it is).
TIER_MATCH = 30  # shares one of the profile's tiers
TIER_GENERAL = 10  # names no tier: for every place in the chain
MINERAL_MATCH = 30
MINERAL_GENERAL = 10
MINERAL_DEFAULT_3TG = 5  # no minerals said: 3TG first, as the EU Regulation's
FOCUS_TIER = 5  # names only tiers of the profile (not "everyone")
FOCUS_MINERAL = 5  # names a handful of minerals, not all of them
FEW_MINERALS = 4
SIZE_MATCH = 20  # made for the company's size
SIZE_MISMATCH = -15  # made for the other size: still shown when nothing else fits
NEED_MATCH = 20  # serves one of the needs asked for
LANGUAGE_MATCH = 15  # in the reader's language, or described in it on the Hub
STEP_FOCUS = 2  # per OECD step fewer than five: a step's own resource above a general one
# "Start here": what frames the rest
FRAME_BREADTH = 4  # per OECD step it covers: a guide to the whole path
FRAME_UNDERSTAND = 8  # listed under "Understand the regulation"
START_MIN_STEPS = 3
START_GUIDES = 2  # two guides, then the law written for the profile's tier, if any

# Kinds, for the mix of a step: one to read, one to use, one to learn from.
GUIDANCE, TOOL, CASE = "guidance", "tool", "case"
KINDS = {
    "guidance": GUIDANCE,
    "regulation": GUIDANCE,
    "standard": GUIDANCE,
    "training": GUIDANCE,
    "tool": TOOL,
    "template": TOOL,
    "database": TOOL,
    "case-study": CASE,
}
KIND_ORDER = (GUIDANCE, TOOL, CASE)
SME_WORDS = re.compile(r"\b(SMEs?|KMU)\b")
MAX_VALUES = 20  # values per parameter read; more is not a profile


@dataclass
class Profile:
    """What the path is for: the company's tiers, minerals, size and needs, and the values of
    the query string that were set aside."""

    tiers: list = field(default_factory=list)
    minerals: list = field(default_factory=list)
    size: str = ""
    needs: list = field(default_factory=list)
    ignored: list = field(default_factory=list)  # (parameter, value) not understood

    @property
    def is_empty(self):
        return not (self.tiers or self.minerals or self.size or self.needs)

    @property
    def is_sme(self):
        return self.size in SME_SIZES

    @property
    def size_label(self):
        return CompanySize(self.size).label if self.size else ""

    def params(self):
        """The profile as a query string's pairs, only values understood, in a fixed order."""
        pairs = [("tier", t.slug) for t in self.tiers]
        pairs += [("mineral", m.slug) for m in self.minerals]
        if self.size:
            pairs.append(("size", self.size))
        pairs += [("need", n.slug) for n in self.needs]
        return pairs

    @property
    def query(self):
        return urlencode(self.params())

    def library_url(self, step=None):
        """The library filtered the same way: the step, the tiers, the minerals (and needs)."""
        pairs = [("step", step.number)] if step else []
        pairs += [(name, value) for name, value in self.params() if name != "size"]
        return f"{reverse('resources:list')}?{urlencode(pairs)}"


def path_url(tiers=(), minerals=(), size="", needs=()):
    """The address of the path for these slugs (an organisation's profile, a rules check)."""
    pairs = [("tier", t) for t in tiers] + [("mineral", m) for m in minerals]
    if size:
        pairs.append(("size", size))
    pairs += [("need", n) for n in needs]
    url = reverse("guidance:path")
    return f"{url}?{urlencode(pairs)}" if pairs else url


@dataclass
class Vocabulary:
    """The terms a path is described by, read once per request (four small queries)."""

    tiers: list
    minerals: list
    needs: list
    steps: list

    @classmethod
    def load(cls):
        return cls(
            list(SupplyChainTier.objects.all()),
            list(Mineral.objects.all()),
            list(BusinessNeed.objects.all()),
            list(OECDStep.objects.all()),
        )


def parse(data, vocabulary):
    """The Profile a query string asks for. Unknown or malformed values are set aside."""
    profile = Profile()
    for name, terms, target in [
        ("tier", vocabulary.tiers, profile.tiers),
        ("mineral", vocabulary.minerals, profile.minerals),
        ("need", vocabulary.needs, profile.needs),
    ]:
        by_slug = {term.slug: term for term in terms}
        wanted = set()
        for raw in _values(data, name, profile):
            if raw in by_slug:
                wanted.add(raw)
            else:
                profile.ignored.append((name, shown(raw)))
        target.extend(term for term in terms if term.slug in wanted)
    for raw in _values(data, "size", profile):
        if raw in CompanySize.values and not profile.size:
            profile.size = raw
        elif raw != profile.size:
            profile.ignored.append(("size", shown(raw)))
    return profile


def _values(data, name, profile):
    values = [v.strip() for v in data.getlist(name) if v.strip()]
    for raw in values[MAX_VALUES:]:
        profile.ignored.append((name, shown(raw)))
    return [v for v in dict.fromkeys(values[:MAX_VALUES]) if not _malformed(v, profile, name)]


def _malformed(value, profile, name):
    if len(value) > 100 or CONTROL.search(value):
        profile.ignored.append((name, shown(value)))
        return True
    return False


# The candidates -------------------------------------------------------------------------------


def candidates(profile):
    """The published resources that may fit: those that name none of the profile's tiers
    while naming tiers, or none of its minerals while naming minerals, are left out.
    One query for the rows and four for their terms, whatever the library's size."""
    resources = Resource.objects.published()
    for relation, terms, column in [
        (Resource.supply_chain_tiers.through, profile.tiers, "supplychaintier_id"),
        (Resource.minerals.through, profile.minerals, "mineral_id"),
    ]:
        if not terms:
            continue
        rows = relation.objects.filter(resource_id=OuterRef("pk"))
        names_any = Exists(rows)
        names_ours = Exists(rows.filter(**{f"{column}__in": [t.pk for t in terms]}))
        resources = resources.filter(names_ours | ~names_any)
    return list(
        resources.select_related("resource_type", "publisher")
        .defer("description", "search_vector", "publisher_text")
        .prefetch_related(
            "supply_chain_tiers",
            "minerals",
            Prefetch("oecd_steps", queryset=OECDStep.objects.only("pk", "number")),
            Prefetch("business_needs", queryset=BusinessNeed.objects.only("pk", "slug")),
        )
    )


# Scoring --------------------------------------------------------------------------------------


@dataclass
class Fit:
    """How one resource fits the profile: its score and the reasons, in the reader's words."""

    score: int = 0
    focus: int = 0  # how narrowly it is about the profile's tiers and minerals (steps only)
    reasons: list = field(default_factory=list)


def fit(resource, profile, language):
    """The resource's score for the profile, and why (independent of the step)."""
    result = Fit()
    _fit_tiers(resource, profile, result)
    _fit_minerals(resource, profile, result)
    _fit_size(resource, profile, result)
    _fit_needs(resource, profile, result)
    _fit_language(resource, language, result)
    return result


def _fit_tiers(resource, profile, result):
    if not profile.tiers:
        return
    own = list(resource.supply_chain_tiers.all())
    shared = [t for t in own if t in profile.tiers]
    if shared:
        result.score += TIER_MATCH
        if len(shared) == len(own):
            result.focus += FOCUS_TIER
        result.reasons.append(
            _("It covers your place in the supply chain (%(tiers)s).")
            % {"tiers": ", ".join(inline(t.label) for t in shared)}
        )
    else:
        result.score += TIER_GENERAL
        result.reasons.append(_("It applies to every place in the supply chain."))


def _fit_minerals(resource, profile, result):
    if not profile.minerals:
        # No minerals said: lean to 3TG, the minerals of the EU Regulation the Hub serves.
        if any(m.is_3tg for m in resource.minerals.all()):
            result.score += MINERAL_DEFAULT_3TG
        return
    own = list(resource.minerals.all())
    shared = [m for m in own if m in profile.minerals]
    if shared:
        result.score += MINERAL_MATCH
        if len(own) <= FEW_MINERALS:
            result.focus += FOCUS_MINERAL
        result.reasons.append(
            _("It covers your minerals (%(minerals)s).")
            % {"minerals": ", ".join(inline(m.label) for m in shared)}
        )
    else:
        result.score += MINERAL_GENERAL
        result.reasons.append(_("It is not about one mineral, so it applies to yours."))


def aimed_at(resource):
    """ "sme", "large" or "": the company size a resource is made for (a case study: the size
    of the company it studies), by its company size or, failing that, its tags ("SMEs")."""
    if resource.company_size:
        return resource.company_size
    if SME_WORDS.search(resource.tag_text or ""):
        return Resource.CompanySize.SME
    return ""


def _fit_size(resource, profile, result):
    if not profile.size:
        return
    aimed = aimed_at(resource)
    if not aimed:
        return
    ours = Resource.CompanySize.SME if profile.is_sme else Resource.CompanySize.LARGE
    case = resource.resource_type.slug == "case-study"
    if aimed == ours:
        result.score += SIZE_MATCH
        if case and ours == Resource.CompanySize.SME:
            result.reasons.append(_("It tells how a small or medium enterprise did it."))
        elif case:
            result.reasons.append(_("It tells how a large company did it."))
        elif ours == Resource.CompanySize.SME:
            result.reasons.append(_("It is made for small and medium enterprises like yours."))
        else:
            result.reasons.append(_("It is made for large companies like yours."))
    else:
        result.score += SIZE_MISMATCH
        if aimed == Resource.CompanySize.LARGE:
            result.reasons.append(
                _("It is about a large company: take from it what suits your size.")
            )
        else:
            result.reasons.append(_("It is made for smaller companies, and still useful."))


def _fit_needs(resource, profile, result):
    if not profile.needs:
        return
    own = {need.pk for need in resource.business_needs.all()}
    served = [need for need in profile.needs if need.pk in own]
    if served:
        result.score += NEED_MATCH
        result.reasons.append(
            _("It helps with what you need to do: %(needs)s.")
            % {"needs": ", ".join(inline(n.label) for n in served)}
        )


def in_language(resource, language):
    """Whether the resource is in this language, or the Hub describes it in this language."""
    if language in resource.languages:
        return True
    if not resource.languages and resource.original_language == language:
        return True
    return language != resource.original_language and bool(resource.translation("title", language))


def _fit_language(resource, language, result):
    if not in_language(resource, language):
        return
    result.score += LANGUAGE_MATCH
    if language == settings.LANGUAGE_CODE:
        return  # nearly everything is in English: saying so on every line says nothing
    name = i18n.name(language)
    if language in resource.languages:
        result.reasons.append(_("It is available in %(language)s.") % {"language": name})
    else:
        result.reasons.append(_("The Hub describes it in %(language)s.") % {"language": name})


def _step_numbers(resource):
    return {step.number for step in resource.oecd_steps.all()}


def tie_break(resource):
    """Featured first, then the newest: only between resources of the same score."""
    published = resource.published_at.timestamp() if resource.published_at else 0
    return (not resource.featured, -(resource.year or 0), -published, resource.title)


# Picking --------------------------------------------------------------------------------------


@dataclass
class Pick:
    resource: Resource
    why: str
    kind: str


@dataclass
class Step:
    step: OECDStep
    picks: list
    library_url: str


@dataclass
class Path:
    profile: Profile
    start: list  # [Pick]
    steps: list  # [Step]

    @property
    def picks(self):
        """(step or None, pick) in the page's order: "Start here", then step by step."""
        found = [(None, pick) for pick in self.start]
        for step in self.steps:
            found += [(step.step, pick) for pick in step.picks]
        return found


STEP_LEADS = {
    "guidance": lambda: _("The guidance that fits you best for this step."),
    "regulation": lambda: _("What the law asks of you in this step."),
    "standard": lambda: _("The standard that sets out this step for you."),
    "training": lambda: _("Training for this step."),
    "tool": lambda: _("A tool to put this step into practice."),
    "template": lambda: _("A template to put this step into practice."),
    "database": lambda: _("Data to work with in this step."),
    "case-study": lambda: _("A case study: how a company went through this step."),
}


def _lead(resource):
    lead = STEP_LEADS.get(resource.resource_type.slug)
    return lead() if lead else _("More on this step, for your profile.")


def _start_lead(resource):
    if resource.resource_type.slug == "regulation":
        return _("Read it first: the law that frames what you must do.")
    if len(_step_numbers(resource)) == 5:
        return _("Read it first: it explains all five steps.")
    return _("Read it first: it frames due diligence for the steps that follow.")


def build(profile, vocabulary, language=None):
    """The path for a profile: "Start here", then the picks of each of the five steps."""
    language = language or i18n.current()
    rows = candidates(profile)
    fits = {r.pk: fit(r, profile, language) for r in rows}
    used = set()
    start = _start_here(rows, fits, profile, used)
    steps = []
    for step in vocabulary.steps:
        on_step = [r for r in rows if step.number in _step_numbers(r) and r.pk not in used]
        picks = _pick_step(on_step, fits, profile)
        used |= {pick.resource.pk for pick in picks}
        steps.append(Step(step, picks, profile.library_url(step)))
    return Path(profile, start, steps)


def _start_here(rows, fits, profile, used):
    """Two guides that span the steps for the profile, and the law that is written for its
    place in the supply chain (if the library has one); else a third guide."""

    def score(resource):
        value = fits[resource.pk].score + FRAME_BREADTH * len(_step_numbers(resource))
        if any(need.slug == "understand-regulation" for need in resource.business_needs.all()):
            value += FRAME_UNDERSTAND
        return value

    ranked = sorted(
        (r for r in rows if len(_step_numbers(r)) >= START_MIN_STEPS),
        key=lambda r: (-score(r), *tie_break(r)),
    )
    guides = [r for r in ranked if r.resource_type.slug == "guidance"]
    laws = [r for r in ranked if r.resource_type.slug == "regulation" and _written_for(r, profile)]
    chosen = guides[:START_GUIDES] + laws[:1]
    chosen += [r for r in guides if r not in chosen][: START_HERE - len(chosen)]
    chosen.sort(key=lambda r: (-score(r), *tie_break(r)))
    picks = []
    for resource in chosen:
        reasons = [_start_lead(resource), *fits[resource.pk].reasons]
        picks.append(Pick(resource, " ".join(reasons), GUIDANCE))
        used.add(resource.pk)
    return picks


def _written_for(resource, profile):
    """A law written for the profile's place in the chain: it names at most two tiers, one
    of them the profile's (any law, for a profile without tiers)."""
    tiers = list(resource.supply_chain_tiers.all())
    if not profile.tiers:
        return True
    return len(tiers) <= 2 and any(t in profile.tiers for t in tiers)


def _pick_step(rows, fits, profile):
    """The best of each kind (guidance, tool or template, case study), then the best of any."""

    def score(resource):
        focus = STEP_FOCUS * (5 - len(_step_numbers(resource)))
        return fits[resource.pk].score + fits[resource.pk].focus + focus

    ranked = sorted(rows, key=lambda r: (-score(r), *tie_break(r)))
    chosen = []
    for kind in KIND_ORDER:
        best = next((r for r in ranked if KINDS.get(r.resource_type.slug) == kind), None)
        if best is not None:
            chosen.append(best)
    for resource in ranked:
        if len(chosen) >= PER_STEP:
            break
        if resource not in chosen:
            chosen.append(resource)
    return [
        Pick(
            r,
            " ".join([_lead(r), *fits[r.pk].reasons]),
            KINDS.get(r.resource_type.slug, ""),
        )
        for r in chosen[:PER_STEP]
    ]
