"""Demo content: real EPRM members from the reference data, and a fictional organisation for the
demo member account, with a filled profile and two checks a year apart."""

import csv
import datetime
from pathlib import Path

from django.contrib.auth import get_user_model

from eprm_hub.models import Mineral, SupplyChainTier

from . import question_resources
from .models import Answer, Assessment, CheckQuestion, Membership, Organisation, StepStatus

MEMBERS_CSV = Path(__file__).parent / "demo_data" / "members.csv"
DEMO_ORGANISATION = "Demo Metals B.V. (fictional)"
# Only what a source confirms: BMZ joined on 30 January 2020 (see the reference notes).
JOINED = {"German Federal Ministry for Economic Cooperation and Development (BMZ)": "2020-01-30"}
CHECK_DATES = [datetime.date(2025, 5, 20), datetime.date(2026, 5, 20)]


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
    for number, date in enumerate(CHECK_DATES):
        _check(demo, member, date, improved=number > 0)
    # The library is loaded by now (resources come before members): link each question to
    # the resources chosen for it, which migrations could not on a fresh database.
    question_resources.choose()
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


def _check(organisation, user, date, improved):
    check, created = Assessment.objects.get_or_create(
        organisation=organisation,
        date=date,
        defaults={"created_by": user, "status": Assessment.Status.SUBMITTED},
    )
    if not created:
        return
    # A pattern that reads like a real company: strong on policy, weak on audits and reports,
    # better a year later.
    pattern = {
        1: ["yes", "yes", "partly", "yes", "no"],
        2: ["partly", "no", "partly", "no", "na"],
        3: ["no", "no", "partly", "no", "no"],
        4: ["no", "no", "na", "no", "no"],
        5: ["no", "no", "no", "na", "no"],
    }
    better = {"no": "partly", "partly": "yes", "yes": "yes", "na": "na"}
    for step, questions in _questions_by_step().items():
        for question, value in zip(questions, pattern[step], strict=False):
            Answer.objects.create(
                assessment=check,
                question=question,
                value=better[value] if improved and step <= 3 else value,
            )
    check.submitted_at = datetime.datetime.combine(date, datetime.time(12), datetime.UTC)
    check.save()


def _questions_by_step():
    grouped = {}
    for question in CheckQuestion.objects.filter(active=True).select_related("step"):
        grouped.setdefault(question.step.number, []).append(question)
    return grouped
