"""Demo content: real EPRM members from the reference data, and a fictional organisation for the
demo member account, with a filled profile (its two checks: checks/demo.py)."""

import csv
import datetime
from pathlib import Path

from django.contrib.auth import get_user_model

from eprm_hub.models import Mineral, SupplyChainTier

from .models import Membership, Organisation, StepStatus

MEMBERS_CSV = Path(__file__).parent / "demo_data" / "members.csv"
DEMO_ORGANISATION = "Demo Metals B.V. (fictional)"
# Only what a source confirms: BMZ joined on 30 January 2020 (see the reference notes).
JOINED = {"German Federal Ministry for Economic Cooperation and Development (BMZ)": "2020-01-30"}


def seed(command):
    with open(MEMBERS_CSV, encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    for row in rows:
        joined = JOINED.get(row["name"])
        Organisation.objects.get_or_create(
            name=row["name"],
            defaults={
                "pillar": row["pillar"],
                "country": row["country"],
                "website": row["website"],
                "description": row["summary"],
                "joined_on": datetime.date.fromisoformat(joined) if joined else None,
            },
        )
    demo = _demo_organisation()
    member = get_user_model().objects.get(username="member")
    Membership.objects.get_or_create(
        user=member, defaults={"organisation": demo, "role": Membership.Role.EDITOR}
    )
    command.stdout.write(
        f"Members: {Organisation.objects.visible().count()} in the directory; "
        f"the demo member account edits {demo.name!r}."
    )


def _demo_organisation():
    organisation, created = Organisation.objects.get_or_create(
        name=DEMO_ORGANISATION,
        defaults={
            "pillar": Organisation.Pillar.SUPPLY_CHAIN,
            "membership_type": Organisation.MembershipType.BASIC,
            "country": "NL",
            "description": (
                "A fictional maker of electronic components, used to show what a member's "
                "profile and Due Diligence Check look like. It is not in the public directory."
            ),
            "is_public": False,
            "role": Organisation.Role.COMPONENT_MAKER,
            "contact_name": "Demo Member",
            "contact_email": "member@example.org",
            "policy_url": "https://example.org/demo-metals/responsible-sourcing-policy",
            "grievance_url": "https://example.org/demo-metals/grievances",
            "publishes_smelter_list": False,
            "reporting_templates": ["cmrt"],
            "assurance_programme": "Buys from RMAP-conformant smelters",
            "step1_status": StepStatus.IN_PLACE,
            "step1_note": "Policy adopted in 2024; a sourcing officer reports to the board.",
            "step2_status": StepStatus.IN_PROGRESS,
            "step2_note": "CMRTs requested from all tier-1 suppliers; 70% returned.",
            "step3_status": StepStatus.IN_PROGRESS,
            "step4_status": StepStatus.NOT_STARTED,
            "step5_status": StepStatus.NOT_STARTED,
        },
    )
    if created:
        organisation.supply_chain_tiers.set(SupplyChainTier.objects.filter(slug="downstream"))
        organisation.minerals.set(Mineral.objects.filter(slug__in=["tin", "tantalum", "gold"]))
    return organisation
