"""Seed the Due Diligence Check with five questions per OECD step.

The questions follow the five-step framework of the OECD Due Diligence Guidance for Responsible
Supply Chains of Minerals from Conflict-Affected and High-Risk Areas. Each is answered yes,
partly, no or not applicable; the help says what "yes" looks like. The cornerstone questions
(a written policy, knowing the smelters and refiners, a risk management plan, audits, a public
report) weigh 2, the others 1. Editors can reword them in the admin; running this migration
again (keyed on step and order) puts back the text below.
"""

from django.db import migrations

QUESTIONS = {
    1: [
        (
            10,
            2,
            "Has your company adopted a written supply-chain policy for minerals from "
            "conflict-affected and high-risk areas, consistent with the OECD model policy "
            "(Annex II)?",
            "Votre entreprise a-t-elle adopté une politique écrite pour la chaîne "
            "d'approvisionnement en minerais de zones de conflit ou à haut risque, conforme au "
            "modèle de l'OCDE (Annexe II) ?",
            "Yes: a policy approved by senior management that covers the Annex II risks (serious "
            "abuses, support to armed groups, security forces, bribery, money laundering, "
            "taxes) and is shared with suppliers and the public.",
            "Oui : une politique approuvée par la direction, couvrant les risques de l'Annexe II "
            "(atteintes graves, soutien à des groupes armés, forces de sécurité, corruption, "
            "blanchiment, taxes), communiquée aux fournisseurs et au public.",
        ),
        (
            20,
            1,
            "Has senior management given a named person or team the responsibility, authority "
            "and resources to carry out supply-chain due diligence?",
            "La direction a-t-elle confié à une personne ou une équipe désignée la "
            "responsabilité, l'autorité et les moyens de mettre en œuvre le devoir de diligence "
            "dans la chaîne d'approvisionnement ?",
            "Yes: a named manager with enough authority oversees due diligence, the staff "
            "involved are trained, and the team reports to senior management.",
            "Oui : un responsable désigné, doté d'une autorité suffisante, supervise le devoir "
            "de diligence ; le personnel concerné est formé et l'équipe rend compte à la "
            "direction.",
        ),
        (
            30,
            1,
            "Do you have a chain-of-custody or traceability system that records where your "
            "minerals come from and who supplied them?",
            "Disposez-vous d'un système de chaîne de traçabilité qui enregistre l'origine de vos "
            "minerais et leurs fournisseurs ?",
            "Yes: for each shipment or product you can trace the suppliers and, as far as "
            "possible, the smelters, refiners and origins, and you keep the records for at "
            "least five years.",
            "Oui : pour chaque livraison ou produit, vous retrouvez les fournisseurs et, autant "
            "que possible, les fonderies, affineries et origines ; les documents sont conservés "
            "au moins cinq ans.",
        ),
        (
            40,
            1,
            "Have you communicated your policy to your suppliers and written your due-diligence "
            "expectations into your contracts or agreements with them?",
            "Avez-vous communiqué votre politique à vos fournisseurs et inscrit vos attentes en "
            "matière de devoir de diligence dans vos contrats ou accords avec eux ?",
            "Yes: suppliers have received the policy, and contracts or supplier codes require "
            "them to follow it and to share information on origins and on their own due "
            "diligence.",
            "Oui : les fournisseurs ont reçu la politique, et les contrats ou codes fournisseurs "
            "les obligent à la respecter et à communiquer l'origine des minerais et leur propre "
            "diligence.",
        ),
        (
            50,
            1,
            "Do you have or take part in a grievance mechanism through which anyone can raise "
            "concerns about your mineral supply chain?",
            "Disposez-vous d'un mécanisme de traitement des plaintes, propre ou partagé, par "
            "lequel chacun peut signaler des préoccupations sur votre chaîne d'approvisionnement "
            "en minerais ?",
            "Yes: workers, communities, civil society and others can raise concerns, "
            "anonymously if they wish, and you follow up each one. An industry-wide mechanism "
            "counts.",
            "Oui : travailleurs, communautés, société civile et autres peuvent signaler leurs "
            "préoccupations, anonymement s'ils le souhaitent, et chaque signalement est suivi. "
            "Un mécanisme sectoriel compte.",
        ),
    ],
    2: [
        (
            10,
            1,
            "Have you mapped your mineral supply chain, from your direct suppliers to the "
            "smelters, refiners and mines where possible?",
            "Avez-vous cartographié votre chaîne d'approvisionnement en minerais, de vos "
            "fournisseurs directs jusqu'aux fonderies, affineries et mines lorsque c'est "
            "possible ?",
            "Yes: you know which of your products contain the minerals, who supplies them and "
            "the actors between you and the mine, and you update the map regularly.",
            "Oui : vous savez quels produits contiennent ces minerais, qui les fournit et quels "
            "acteurs se trouvent entre vous et la mine, et la cartographie est mise à jour "
            "régulièrement.",
        ),
        (
            20,
            2,
            "Have you identified the smelters and refiners in your supply chain or, if you are "
            "upstream, the mines and transport routes your minerals come from?",
            "Avez-vous identifié les fonderies et affineries de votre chaîne d'approvisionnement "
            "ou, si vous êtes en amont, les mines et les routes de transport d'où viennent vos "
            "minerais ?",
            "Yes: you hold a list of smelters and refiners (e.g. from CMRT or EMRT replies) or "
            "of mines and routes, checked for completeness and kept up to date.",
            "Oui : vous disposez d'une liste des fonderies et affineries (par exemple d'après "
            "les CMRT ou EMRT reçus) ou des mines et routes, vérifiée et tenue à jour.",
        ),
        (
            30,
            1,
            "Do you check your supply chain for red flags, such as minerals from or transported "
            "through conflict-affected and high-risk areas?",
            "Vérifiez-vous la présence de signaux d'alerte dans votre chaîne "
            "d'approvisionnement, comme des minerais provenant de zones de conflit ou à haut "
            "risque ou y transitant ?",
            "Yes: you look for red-flag origins, transit routes and suppliers (for example "
            "unexplained volumes or links to red-flag areas) and record what you find.",
            "Oui : vous recherchez les origines, routes de transit et fournisseurs qui "
            "présentent des signaux d'alerte (volumes inexpliqués, liens avec des zones à "
            "risque…) et consignez les résultats.",
        ),
        (
            40,
            1,
            "Where red flags appear, do you assess the risks in depth: on-the-ground "
            "assessments upstream, or a review of the smelters' and refiners' due diligence "
            "downstream?",
            "Lorsque des signaux d'alerte apparaissent, évaluez-vous les risques en profondeur : "
            "évaluations sur le terrain en amont, ou examen de la diligence des fonderies et "
            "affineries en aval ?",
            "Yes: upstream, assessment teams visit mines, traders and routes; downstream, you "
            "review the smelters' and refiners' due diligence and audit status.",
            "Oui : en amont, des équipes d'évaluation se rendent sur les mines, chez les "
            "négociants et sur les routes ; en aval, vous examinez la diligence et le statut "
            "d'audit des fonderies et affineries.",
        ),
        (
            50,
            1,
            "Do you assess the risks you find against the standards of your supply-chain "
            "policy (OECD Annex II)?",
            "Évaluez-vous les risques identifiés au regard des normes de votre politique "
            "relative à la chaîne d'approvisionnement (Annexe II de l'OCDE) ?",
            "Yes: each risk is compared with your policy and the Annex II model, and you "
            "record whether it is an adverse impact that calls for a response.",
            "Oui : chaque risque est confronté à votre politique et au modèle de l'Annexe II, "
            "et vous consignez s'il s'agit d'un impact négatif appelant une réponse.",
        ),
    ],
    3: [
        (
            10,
            1,
            "Do you report the risks you identified to a designated member of senior management?",
            "Signalez-vous les risques identifiés à un membre désigné de la direction ?",
            "Yes: the findings of the risk assessment reach senior management, who decide on "
            "the response.",
            "Oui : les résultats de l'évaluation des risques sont transmis à la direction, qui "
            "décide de la réponse à y apporter.",
        ),
        (
            20,
            2,
            "Do you have a written risk management plan that sets out how you respond to the "
            "risks you identified?",
            "Disposez-vous d'un plan écrit de gestion des risques qui précise comment vous "
            "répondez aux risques identifiés ?",
            "Yes: a plan approved by senior management names each risk, the response chosen, "
            "who acts and by when.",
            "Oui : un plan approuvé par la direction indique chaque risque, la réponse retenue, "
            "qui agit et dans quel délai.",
        ),
        (
            30,
            1,
            "Does your plan say when you continue trading while mitigating a risk, when you "
            "suspend trade temporarily and when you disengage from a supplier?",
            "Votre plan précise-t-il quand vous poursuivez les échanges tout en atténuant un "
            "risque, quand vous les suspendez temporairement et quand vous vous désengagez d'un "
            "fournisseur ?",
            "Yes: the choices follow your policy and the OECD Guidance, for instance immediate "
            "disengagement for the most serious abuses, and you apply them.",
            "Oui : ces choix suivent votre politique et le Guide de l'OCDE, par exemple un "
            "désengagement immédiat pour les atteintes les plus graves, et vous les appliquez.",
        ),
        (
            40,
            1,
            "Do you follow up risk mitigation with measurable improvement targets and "
            "timelines, and check the progress?",
            "Assurez-vous le suivi de l'atténuation des risques avec des objectifs "
            "d'amélioration mesurables et des échéances, et en vérifiez-vous les progrès ?",
            "Yes: mitigation measures have indicators and deadlines (the Guidance expects "
            "significant, measurable improvement within six months) and you review them.",
            "Oui : les mesures d'atténuation ont des indicateurs et des échéances (le Guide "
            "attend une amélioration significative et mesurable dans les six mois) et vous les "
            "réexaminez.",
        ),
        (
            50,
            1,
            "Do you consult suppliers and affected stakeholders, such as local authorities, "
            "civil society and communities, when you decide on and carry out mitigation?",
            "Consultez-vous les fournisseurs et les parties prenantes concernées, comme les "
            "autorités locales, la société civile et les communautés, pour décider et mettre en "
            "œuvre l'atténuation ?",
            "Yes: you agree the mitigation plan with suppliers and involve the people affected, "
            "for example through industry or multi-stakeholder initiatives.",
            "Oui : le plan d'atténuation est convenu avec les fournisseurs et associe les "
            "personnes concernées, par exemple au sein d'initiatives sectorielles ou "
            "multipartites.",
        ),
    ],
    4: [
        (
            10,
            2,
            "If you are a smelter or refiner: has an independent third party audited your due "
            "diligence against the OECD Guidance, for example under the RMAP?",
            "Si vous êtes une fonderie ou une affinerie : un tiers indépendant a-t-il audité "
            "votre devoir de diligence au regard du Guide de l'OCDE, par exemple dans le cadre "
            "du RMAP ?",
            "Yes: a recent audit found your practices conformant and its summary is public. "
            'Answer "not applicable" if you are not a smelter or refiner.',
            "Oui : un audit récent a jugé vos pratiques conformes et son résumé est public. "
            "Répondez « sans objet » si vous n'êtes pas une fonderie ou une affinerie.",
        ),
        (
            20,
            2,
            "Do the smelters and refiners in your supply chain have a valid independent audit "
            "against the OECD Guidance (for example RMAP conformant)?",
            "Les fonderies et affineries de votre chaîne d'approvisionnement ont-elles un audit "
            "indépendant valide au regard du Guide de l'OCDE (par exemple conformes au RMAP) ?",
            "Yes: every smelter and refiner you identified is conformant with a recognised "
            "audit programme; partly if only some are.",
            "Oui : toutes les fonderies et affineries identifiées sont conformes à un programme "
            "d'audit reconnu ; en partie si seules certaines le sont.",
        ),
        (
            30,
            1,
            "Do you take part in an industry programme that organises or supports independent "
            "audits of smelters and refiners, such as the Responsible Minerals Initiative?",
            "Participez-vous à un programme sectoriel qui organise ou soutient des audits "
            "indépendants des fonderies et affineries, comme la Responsible Minerals Initiative ?",
            "Yes: you are a member of such a programme, or support it through your industry "
            "association, and you encourage non-audited smelters and refiners to join.",
            "Oui : vous êtes membre d'un tel programme, ou le soutenez via votre association "
            "professionnelle, et vous encouragez les fonderies et affineries non auditées à y "
            "participer.",
        ),
        (
            40,
            1,
            "Do you follow up the findings and corrective actions of the audits of your own "
            "operations or of your smelters and refiners?",
            "Assurez-vous le suivi des constats et des mesures correctives des audits de vos "
            "propres activités ou de vos fonderies et affineries ?",
            "Yes: you know what the audits found, and corrective actions are tracked to "
            "completion or taken into your risk management plan.",
            "Oui : vous connaissez les constats des audits, et les mesures correctives sont "
            "suivies jusqu'à leur achèvement ou intégrées à votre plan de gestion des risques.",
        ),
        (
            50,
            1,
            "Have you checked that the audit programmes you rely on are independent, competent "
            "and assess due diligence against the OECD Guidance?",
            "Avez-vous vérifié que les programmes d'audit sur lesquels vous vous appuyez sont "
            "indépendants, compétents et évaluent le devoir de diligence au regard du Guide de "
            "l'OCDE ?",
            "Yes: you rely on programmes whose alignment with the OECD Guidance has been "
            "assessed, and whose auditors are independent of the audited companies.",
            "Oui : vous vous appuyez sur des programmes dont l'alignement sur le Guide de "
            "l'OCDE a été évalué et dont les auditeurs sont indépendants des entreprises "
            "auditées.",
        ),
    ],
    5: [
        (
            10,
            2,
            "Do you publish a report on your supply-chain due diligence at least once a year?",
            "Publiez-vous au moins une fois par an un rapport sur votre devoir de diligence dans "
            "la chaîne d'approvisionnement ?",
            "Yes: a report on your due diligence is freely available, for example on your "
            "website, and is updated every year.",
            "Oui : un rapport sur votre devoir de diligence est librement accessible, par "
            "exemple sur votre site web, et mis à jour chaque année.",
        ),
        (
            20,
            1,
            "Does your report describe your supply-chain policy and your management system, "
            "including who is responsible for due diligence?",
            "Votre rapport décrit-il votre politique relative à la chaîne d'approvisionnement et "
            "votre système de gestion, y compris qui est responsable du devoir de diligence ?",
            "Yes: the report includes or links to the policy and explains the management "
            "structure, the traceability system and the grievance mechanism.",
            "Oui : le rapport contient la politique ou y renvoie, et explique l'organisation, le "
            "système de traçabilité et le mécanisme de traitement des plaintes.",
        ),
        (
            30,
            1,
            "Does your report explain how you identified and assessed risks in your supply "
            "chain, and which risks you found?",
            "Votre rapport explique-t-il comment vous avez identifié et évalué les risques de "
            "votre chaîne d'approvisionnement, et quels risques vous avez trouvés ?",
            "Yes: the report describes the supply-chain mapping, the red flags found and the "
            "method of the risk assessment.",
            "Oui : le rapport décrit la cartographie de la chaîne, les signaux d'alerte relevés "
            "et la méthode d'évaluation des risques.",
        ),
        (
            40,
            1,
            "Does your report describe the steps you took to manage the risks you found, and "
            "their results?",
            "Votre rapport décrit-il les mesures prises pour gérer les risques identifiés, et "
            "leurs résultats ?",
            "Yes: the report sets out the mitigation measures, any suspension or "
            "disengagement, and the progress made since the previous report.",
            "Oui : le rapport présente les mesures d'atténuation, les éventuelles suspensions ou "
            "désengagements, et les progrès accomplis depuis le rapport précédent.",
        ),
        (
            50,
            1,
            "Does your report include your audit report or its summary, or list the smelters "
            "and refiners you source from with their audit status?",
            "Votre rapport contient-il votre rapport d'audit ou son résumé, ou la liste des "
            "fonderies et affineries dont vous vous approvisionnez avec leur statut d'audit ?",
            "Yes: smelters and refiners publish their audit summary; downstream companies "
            "publish the smelters and refiners identified and whether they are audited.",
            "Oui : les fonderies et affineries publient le résumé de leur audit ; les "
            "entreprises en aval publient les fonderies et affineries identifiées et leur "
            "statut d'audit.",
        ),
    ],
}


def seed(apps, schema_editor):
    alias = schema_editor.connection.alias
    CheckQuestion = apps.get_model("members", "CheckQuestion")
    steps = apps.get_model("eprm_hub", "OECDStep").objects.using(alias).in_bulk(field_name="number")
    for number, questions in QUESTIONS.items():
        for order, weight, text, text_fr, help_text, help_fr in questions:
            CheckQuestion.objects.using(alias).update_or_create(
                step=steps[number],
                order=order,
                defaults={
                    "text": text,
                    "text_fr": text_fr,
                    "help": help_text,
                    "help_fr": help_fr,
                    "weight": weight,
                    "active": True,
                },
            )


def unseed(apps, schema_editor):
    alias = schema_editor.connection.alias
    CheckQuestion = apps.get_model("members", "CheckQuestion")
    for number, questions in QUESTIONS.items():
        CheckQuestion.objects.using(alias).filter(
            step__number=number, order__in=[order for order, *_ in questions]
        ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("eprm_hub", "0002_seed_vocabulary"),
        ("members", "0001_initial"),
    ]

    operations = [migrations.RunPython(seed, unseed)]
