"""Advice for each question of the Due Diligence Check, for a company that answers it "no" or
"partly" (members/advice.py, docs/check.md): what to do next, in English and French, and the
business needs whose resources help.

Keyed on the question's step and order (as seeded by 0002) and the needs' fixed slugs. Running
it again puts back the advice below for these questions; editors change it in the admin.
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

# (step, order): (needs, what to do next, the same in French)
ADVICE = {
    (1, 10): (
        [SYSTEM, REGULATION],
        "Write a supply-chain policy based on the OECD model policy (Annex II), have senior "
        "management approve it, and share it with your suppliers and on your website.",
        "Rédigez une politique de chaîne d'approvisionnement fondée sur le modèle de l'OCDE "
        "(Annexe II), faites-la approuver par la direction et communiquez-la à vos fournisseurs "
        "et sur votre site web.",
    ),
    (1, 20): (
        [SYSTEM],
        "Name one person responsible for due diligence, give them the authority and time it "
        "needs, and have them report to senior management at least once a year.",
        "Désignez une personne responsable du devoir de diligence, donnez-lui l'autorité et le "
        "temps nécessaires, et faites-la rendre compte à la direction au moins une fois par an.",
    ),
    (1, 30): (
        [SYSTEM, MAP],
        "Start recording, for each purchase, the supplier and what they tell you of the "
        "origin, and keep the records for at least five years.",
        "Commencez à enregistrer, pour chaque achat, le fournisseur et ce qu'il vous indique "
        "de l'origine, et conservez ces documents au moins cinq ans.",
    ),
    (1, 40): (
        [SUPPLIERS, SYSTEM],
        "Send your policy to your suppliers and add a due-diligence clause to new contracts or "
        "to your supplier code of conduct.",
        "Envoyez votre politique à vos fournisseurs et ajoutez une clause de devoir de "
        "diligence aux nouveaux contrats ou à votre code de conduite fournisseurs.",
    ),
    (1, 50): (
        [SYSTEM],
        "Give anyone a way to raise concerns (an e-mail address or a form is a start), or join "
        "an industry-wide grievance mechanism, and say on your website how to use it.",
        "Donnez à chacun un moyen de signaler une préoccupation (une adresse e-mail ou un "
        "formulaire suffit pour commencer), ou rejoignez un mécanisme sectoriel, et expliquez "
        "sur votre site comment l'utiliser.",
    ),
    (2, 10): (
        [MAP],
        "List the products that contain the minerals and their direct suppliers, then ask "
        "those suppliers where the minerals come from.",
        "Dressez la liste des produits qui contiennent ces minerais et de leurs fournisseurs "
        "directs, puis demandez à ces fournisseurs d'où viennent les minerais.",
    ),
    (2, 20): (
        [MAP, SUPPLIERS],
        "Ask your suppliers for a CMRT or EMRT and put together the smelters and refiners they "
        "name; upstream, record the mines and routes of each lot.",
        "Demandez un CMRT ou un EMRT à vos fournisseurs et rassemblez les fonderies et "
        "affineries qu'ils citent ; en amont, enregistrez les mines et les routes de chaque lot.",
    ),
    (2, 30): (
        [RISKS],
        "Compare the origins, routes and suppliers you know with a list of conflict-affected "
        "and high-risk areas, such as the EU's indicative list, and note each red flag.",
        "Comparez les origines, routes et fournisseurs connus avec une liste de zones de "
        "conflit ou à haut risque, comme la liste indicative de l'UE, et notez chaque signal "
        "d'alerte.",
    ),
    (2, 40): (
        [RISKS],
        "For each red flag, review the smelter's or refiner's due diligence and audit status; "
        "upstream, organise an assessment on the ground.",
        "Pour chaque signal d'alerte, examinez le devoir de diligence et l'audit de la fonderie "
        "ou de l'affinerie ; en amont, organisez une évaluation sur le terrain.",
    ),
    (2, 50): (
        [RISKS, REGULATION],
        "Check each risk you found against your policy and the Annex II model, and record "
        "whether it calls for action.",
        "Confrontez chaque risque identifié à votre politique et au modèle de l'Annexe II, et "
        "notez s'il appelle une action.",
    ),
    (3, 10): (
        [RESPOND],
        "Agree with senior management how and when risk findings reach them, and send them "
        "the findings of your latest assessment.",
        "Convenez avec la direction de la manière et du moment où les résultats de "
        "l'évaluation des risques lui parviennent, et transmettez-lui ceux de la dernière.",
    ),
    (3, 20): (
        [RESPOND],
        "Write a short risk management plan (each risk, the response chosen, who acts and by "
        "when) and have senior management approve it.",
        "Rédigez un court plan de gestion des risques (chaque risque, la réponse retenue, qui "
        "agit et pour quand) et faites-le approuver par la direction.",
    ),
    (3, 30): (
        [RESPOND, SUPPLIERS],
        "Say in your plan when you keep trading while mitigating a risk, when you suspend "
        "trade and when you disengage, as your policy and the OECD Guidance do.",
        "Précisez dans votre plan quand vous poursuivez les échanges en atténuant un risque, "
        "quand vous les suspendez et quand vous vous désengagez, comme le font votre politique "
        "et le Guide de l'OCDE.",
    ),
    (3, 40): (
        [RESPOND],
        "Give each mitigation measure an indicator and a deadline, and check the progress on "
        "set dates.",
        "Donnez à chaque mesure d'atténuation un indicateur et une échéance, et vérifiez les "
        "progrès à dates fixes.",
    ),
    (3, 50): (
        [RESPOND, MINING],
        "Before you decide on a mitigation, talk to the suppliers concerned and, where you "
        "can, to the local authorities, civil society or communities affected.",
        "Avant de choisir une mesure d'atténuation, échangez avec les fournisseurs concernés "
        "et, si possible, avec les autorités locales, la société civile ou les communautés "
        "touchées.",
    ),
    (4, 10): (
        [AUDIT],
        "If you are a smelter or refiner, contact an audit programme such as the RMAP and plan "
        "your first independent audit; if you are not, this question does not apply to you.",
        "Si vous êtes une fonderie ou une affinerie, contactez un programme d'audit comme le "
        "RMAP et planifiez votre premier audit indépendant ; sinon, cette question ne vous "
        "concerne pas.",
    ),
    (4, 20): (
        [AUDIT, SUPPLIERS],
        "Look up each smelter and refiner of your list in the audit programmes' lists of "
        "conformant facilities, and ask your suppliers to move away from those not audited.",
        "Cherchez chaque fonderie et affinerie de votre liste dans les listes d'installations "
        "conformes des programmes d'audit, et demandez à vos fournisseurs de s'écarter de "
        "celles qui ne sont pas auditées.",
    ),
    (4, 30): (
        [AUDIT, PEERS],
        "Join or support an industry programme that organises audits of smelters and "
        "refiners, directly or through your sector association.",
        "Rejoignez ou soutenez un programme sectoriel qui organise les audits des fonderies et "
        "affineries, directement ou par votre association professionnelle.",
    ),
    (4, 40): (
        [AUDIT],
        "Read the audit reports or summaries that concern you, list the corrective actions, "
        "and check that they are carried out.",
        "Lisez les rapports ou résumés d'audit qui vous concernent, listez les actions "
        "correctives et vérifiez qu'elles sont menées.",
    ),
    (4, 50): (
        [AUDIT],
        "Find out how the audit programmes you rely on choose their auditors and what they "
        "audit against, for example from assessments of their alignment with the OECD "
        "Guidance.",
        "Renseignez-vous sur la manière dont les programmes d'audit sur lesquels vous vous "
        "appuyez choisissent leurs auditeurs et sur ce qu'ils vérifient, par exemple d'après "
        "les évaluations de leur alignement sur le Guide de l'OCDE.",
    ),
    (5, 10): (
        [REPORT],
        "Publish a short yearly report on your due diligence on your website; a first one of a "
        "page or two is a good start.",
        "Publiez chaque année sur votre site un court rapport sur votre devoir de diligence ; "
        "un premier d'une ou deux pages est un bon début.",
    ),
    (5, 20): (
        [REPORT, SYSTEM],
        "Add to your report your supply-chain policy and who is responsible for due diligence "
        "in your company.",
        "Ajoutez à votre rapport votre politique de chaîne d'approvisionnement et qui est "
        "responsable du devoir de diligence dans votre entreprise.",
    ),
    (5, 30): (
        [REPORT, RISKS],
        "Add to your report how you identified and assessed risks, and which risks you found.",
        "Ajoutez à votre rapport comment vous avez identifié et évalué les risques, et lesquels "
        "vous avez trouvés.",
    ),
    (5, 40): (
        [REPORT, RESPOND],
        "Add to your report what you did about each risk you found, and with what result.",
        "Ajoutez à votre rapport ce que vous avez fait pour chaque risque trouvé, et avec quel "
        "résultat.",
    ),
    (5, 50): (
        [REPORT, AUDIT],
        "Add to your report the smelters and refiners you source from with their audit "
        "status, or a summary of your own audit.",
        "Ajoutez à votre rapport les fonderies et affineries dont vous vous approvisionnez, "
        "avec leur statut d'audit, ou un résumé de votre propre audit.",
    ),
}


def seed(apps, schema_editor):
    alias = schema_editor.connection.alias
    CheckQuestion = apps.get_model("members", "CheckQuestion")
    needs = apps.get_model("eprm_hub", "BusinessNeed").objects.using(alias).in_bulk(
        field_name="slug"
    )
    for (step, order), (slugs, next_step, next_step_fr) in ADVICE.items():
        questions = CheckQuestion.objects.using(alias).filter(step__number=step, order=order)
        for question in questions:
            question.next_step, question.next_step_fr = next_step, next_step_fr
            question.save(update_fields=["next_step", "next_step_fr"])
            question.business_needs.set([needs[slug] for slug in slugs if slug in needs])


def unseed(apps, schema_editor):
    alias = schema_editor.connection.alias
    CheckQuestion = apps.get_model("members", "CheckQuestion")
    for question in CheckQuestion.objects.using(alias).all():
        question.business_needs.clear()
    CheckQuestion.objects.using(alias).update(next_step="", next_step_fr="")


class Migration(migrations.Migration):
    dependencies = [
        ("eprm_hub", "0002_seed_vocabulary"),
        ("members", "0006_check_question_advice"),
    ]

    operations = [migrations.RunPython(seed, unseed)]
