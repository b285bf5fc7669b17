"""Synthetic member organisations: the directory's listed members, and the organisations it
must not show (unlisted members, project partners that are no members) among them."""

import csv
import random
from collections import Counter
from datetime import UTC, date, datetime, timedelta

from eprm_hub.models import Mineral, SupplyChainTier
from members.demo import MEMBERS_CSV
from members.models import Organisation, StepStatus, Visibility
from projects.demo import PROJECTS_CSV

from .writing import copy, copy_links, one_of, restart_ids, sentence, skewed, truncate, words

Pillar, Role = Organisation.Pillar, Organisation.Role
PILLARS = {Pillar.SUPPLY_CHAIN: 60, Pillar.CIVIL_SOCIETY: 25, Pillar.GOVERNMENT: 15}
# Most supply-chain members are downstream companies, as in EPRM.
ROLES = {
    Role.MANUFACTURER: 30, Role.COMPONENT_MAKER: 15, Role.SMELTER: 12, Role.TRADER: 10,
    Role.ASSOCIATION: 10, Role.MINE: 8, Role.RETAILER: 8, Role.RECYCLER: 7,
}  # fmt: skip
ROLE_TIERS = {
    Role.MINE: ["upstream"], Role.TRADER: ["upstream"], Role.SMELTER: ["midstream"],
    Role.RECYCLER: ["midstream"], Role.COMPONENT_MAKER: ["downstream"],
    Role.MANUFACTURER: ["downstream"], Role.RETAILER: ["downstream"],
    Role.ASSOCIATION: ["upstream", "midstream", "downstream"],
}  # fmt: skip
# After the real members' countries, most frequent first: where else members are.
MORE_COUNTRIES = [
    "CH", "IT", "ES", "AT", "DK", "FI", "NO", "IE", "LU", "PL", "CZ", "CN", "JP", "KR", "TW",
    "IN", "CD", "RW", "CO", "PE", "GH", "ZA", "CA", "AU",
]  # fmt: skip
NAME_ENDINGS = {
    Pillar.SUPPLY_CHAIN: ["Metals", "Mining", "Electronics", "Trading", "Refining", "Group"],
    Pillar.CIVIL_SOCIETY: ["Foundation", "Network", "Institute", "Alliance", "Initiative"],
    Pillar.GOVERNMENT: ["Ministry", "Agency", "Department", "Office"],
}
TEMPLATES = ["{cmrt}", "{cmrt,emrt}", "{}", "{}"]


def generate(count, domain_words, seed=1):
    """Replace every organisation with `count` listed members and count / 10 others (half
    unlisted members, half partners that are no members), interleaved by primary key."""
    rng = random.Random(seed)
    with open(MEMBERS_CSV, encoding="utf-8") as f:
        reference = list(csv.DictReader(f))
    with open(PROJECTS_CSV, encoding="utf-8") as f:
        partners = [r["lead_organisation"] + " " + r["partners"] for r in csv.DictReader(f)]
    name_words = words([r["name"] for r in reference] + partners)
    # The members' own words, ten times as frequent as the library's among which they are
    # drawn: 12 demo summaries have 125 different words, too few for thousands of members.
    description_words = words(r["summary"] for r in reference) * 10 + domain_words
    countries = [code for code, _ in Counter(r["country"] for r in reference).most_common()]
    countries += [code for code in MORE_COUNTRIES if code not in countries]
    country_weights = {code: 1 / (i + 1) for i, code in enumerate(countries)}
    tiers = dict(SupplyChainTier.objects.values_list("slug", "pk"))
    minerals = list(Mineral.objects.values_list("pk", flat=True))

    truncate(Organisation)
    others = count // 10
    kinds = ["listed"] * count + ["unlisted"] * (others - others // 2) + ["partner"] * (others // 2)
    rng.shuffle(kinds)
    names, rows, tier_links, mineral_links = set(), [], [], []
    now = datetime.now(UTC).isoformat()
    for pk, kind in enumerate(kinds, start=1):
        pillar = "" if kind == "partner" else one_of(rng, PILLARS)
        ending = rng.choice(NAME_ENDINGS.get(pillar, ["Organisation"]))
        name = f"{sentence(rng, name_words, 1, 3).title()} {ending}"
        while name in names:  # names are unique
            name = f"{rng.choice(name_words).title()} {name}"
        names.add(name)
        role = ""
        if pillar == Pillar.SUPPLY_CHAIN:
            role = one_of(rng, ROLES)
            chosen = ROLE_TIERS[role] if role == Role.ASSOCIATION else ROLE_TIERS[role][:1]
            tier_links += [(pk, tiers[slug]) for slug in chosen]
            mineral_links += [(pk, m) for m in skewed(rng, minerals, 1, 4)]
        joined = date(2016, 5, 1) + timedelta(days=rng.randint(0, 9 * 365))
        steps = []
        for _ in range(5):
            steps += [rng.choice(StepStatus.values), ""]
        rows.append(
            (
                pk, name[:200], f"synthetic-{pk}", pillar,
                rng.choice(["strategic", "normal", "basic"]) if role else "",
                one_of(rng, country_weights),
                f"https://example.org/member/{pk}" if rng.random() < 0.7 else "", "",
                sentence(rng, description_words, 15, 45) + ".",
                None if kind == "partner" or rng.random() < 0.05 else joined.isoformat(),
                kind != "partner", kind == "listed", role,
                Visibility.PUBLIC if rng.random() < 0.85 else Visibility.MEMBERS,
                "", "", "", "", "", "", rng.choice([True, False, None]) if role else None,
                rng.choice(TEMPLATES) if role else "{}", "",
                Visibility.PUBLIC if rng.random() < 0.8 else Visibility.MEMBERS,
                *steps,
                Visibility.PUBLIC if rng.random() < 0.3 else Visibility.MEMBERS,
                1, now, now, "en", "{}", "{}", "",
            )
        )  # fmt: skip
    copy(
        Organisation._meta.db_table,
        [
            "id", "name", "slug", "pillar", "membership_type", "country", "website", "logo",
            "description", "joined_on", "is_member", "is_public", "role",
            "supply_chain_visibility", "contact_name", "contact_email", "contact_phone",
            "policy_url", "grievance_url", "report_url", "publishes_smelter_list",
            "reporting_templates", "assurance_programme", "disclosures_visibility",
            "step1_status", "step1_note", "step2_status", "step2_note", "step3_status",
            "step3_note", "step4_status", "step4_note", "step5_status", "step5_note",
            "steps_visibility", "version", "created", "updated", "text_language",
            "translations", "translation_states", "company_size",
        ],
        rows,
    )  # fmt: skip
    copy_links(Organisation, "supply_chain_tiers", tier_links)
    copy_links(Organisation, "minerals", mineral_links)
    restart_ids(Organisation, len(kinds))
