"""Tie each question of the Due Diligence Check to the business needs that help a company that
answers it "no" or "partly" (members/advice.py).

Keyed on the question's step and order (as seeded by 0002) and the needs' fixed slugs. Running
it again puts back the needs below for these questions; editors change them in the admin.
"""

from django.db import migrations

SYSTEM = "set-up-management-system"
MAP = "map-supply-chain"
RISKS = "assess-risks"
RESPOND = "respond-to-risks"
AUDIT = "audit-and-certification"
REPORT = "report-publicly"
SUPPLIERS = "engage-suppliers"
REGULATION = "understand-regulation"
MINING = "support-responsible-mining"
PEERS = "learn-from-peers"

# (step, order): needs, the most useful first.
NEEDS = {
    (1, 10): [SYSTEM, REGULATION],  # a written policy (Annex II)
    (1, 20): [SYSTEM],  # who is responsible
    (1, 30): [SYSTEM, MAP],  # chain of custody, traceability
    (1, 40): [SUPPLIERS, SYSTEM],  # policy in supplier contracts
    (1, 50): [SYSTEM],  # grievance mechanism
    (2, 10): [MAP],  # supply chain mapped
    (2, 20): [MAP, SUPPLIERS],  # smelters and refiners, or mines and routes
    (2, 30): [RISKS],  # red flags
    (2, 40): [RISKS],  # in-depth assessment
    (2, 50): [RISKS, REGULATION],  # against the policy (Annex II)
    (3, 10): [RESPOND],  # risks reported to senior management
    (3, 20): [RESPOND],  # a risk management plan
    (3, 30): [RESPOND, SUPPLIERS],  # continue, suspend or disengage
    (3, 40): [RESPOND],  # measurable improvement
    (3, 50): [RESPOND, MINING],  # consult stakeholders
    (4, 10): [AUDIT],  # own audit
    (4, 20): [AUDIT, SUPPLIERS],  # smelters' and refiners' audits
    (4, 30): [AUDIT, PEERS],  # industry programmes
    (4, 40): [AUDIT],  # follow-up of findings
    (4, 50): [AUDIT],  # audit programmes checked
    (5, 10): [REPORT],  # a yearly report
    (5, 20): [REPORT, SYSTEM],
    (5, 30): [REPORT, RISKS],
    (5, 40): [REPORT, RESPOND],
    (5, 50): [REPORT, AUDIT],
}


def seed(apps, schema_editor):
    alias = schema_editor.connection.alias
    CheckQuestion = apps.get_model("members", "CheckQuestion")
    needs = apps.get_model("eprm_hub", "BusinessNeed").objects.using(alias).in_bulk(
        field_name="slug"
    )
    for (step, order), slugs in NEEDS.items():
        for question in CheckQuestion.objects.using(alias).filter(
            step__number=step, order=order
        ):
            question.business_needs.set([needs[slug] for slug in slugs if slug in needs])


def unseed(apps, schema_editor):
    alias = schema_editor.connection.alias
    CheckQuestion = apps.get_model("members", "CheckQuestion")
    for question in CheckQuestion.objects.using(alias).all():
        question.business_needs.clear()


class Migration(migrations.Migration):
    dependencies = [
        ("eprm_hub", "0002_seed_vocabulary"),
        ("members", "0006_check_question_needs"),
    ]

    operations = [migrations.RunPython(seed, unseed)]
