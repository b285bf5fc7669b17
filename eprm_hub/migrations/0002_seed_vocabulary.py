"""Seed the shared vocabulary (docs/vocabulary.md): its slugs are fixed, URLs depend on them."""

from django.db import migrations

MINERALS = [
    # slug, name, French name, 3TG, badge colour
    ("tin", "Tin", "Étain", True, "#5f6b73"),
    ("tantalum", "Tantalum", "Tantale", True, "#4a5a8c"),
    ("tungsten", "Tungsten", "Tungstène", True, "#3d4f5c"),
    ("gold", "Gold", "Or", True, "#9a7400"),
    ("cobalt", "Cobalt", "Cobalt", False, "#1f4fa0"),
    ("mica", "Mica", "Mica", False, "#7a6a55"),
    ("lithium", "Lithium", "Lithium", False, "#6b5b95"),
    ("natural-graphite", "Natural graphite", "Graphite naturel", False, "#333d45"),
    ("copper", "Copper", "Cuivre", False, "#a0522d"),
    ("nickel", "Nickel", "Nickel", False, "#55707a"),
]

TIERS = [
    ("upstream", "Upstream", "Amont", "Mines, traders, exporters", "Mines, négociants, exportateurs"),
    ("midstream", "Midstream", "Intermédiaire", "Smelters and refiners", "Fonderies et affineries"),
    (
        "downstream",
        "Downstream",
        "Aval",
        "Component makers, manufacturers, brands, retailers",
        "Fabricants de composants, fabricants, marques, distributeurs",
    ),
]

STEPS = [
    (1, "Establish strong management systems", "Établir des systèmes de gestion solides"),
    (
        2,
        "Identify and assess risks in the supply chain",
        "Identifier et évaluer les risques dans la chaîne d'approvisionnement",
    ),
    (
        3,
        "Design and implement a strategy to respond to risks",
        "Concevoir et mettre en œuvre une stratégie pour répondre aux risques",
    ),
    (
        4,
        "Carry out an independent third-party audit",
        "Faire réaliser un audit indépendant par un tiers",
    ),
    (
        5,
        "Report annually on supply-chain due diligence",
        "Rendre compte chaque année du devoir de diligence",
    ),
]

NEEDS = [
    # slug, name, French name, step, when to pick it, French
    (
        "understand-regulation",
        "Understand the regulation",
        "Comprendre la réglementation",
        None,
        "Find out whether the EU Conflict Minerals Regulation or other rules apply to you, "
        "and what they ask.",
        "Savoir si le règlement européen sur les minerais de conflit ou d'autres règles "
        "s'appliquent à vous, et ce qu'ils exigent.",
    ),
    (
        "set-up-management-system",
        "Set up a management system",
        "Mettre en place un système de gestion",
        1,
        "Write a supply-chain policy, give someone the job and build the internal controls.",
        "Rédiger une politique d'approvisionnement, désigner un responsable et bâtir les "
        "contrôles internes.",
    ),
    (
        "map-supply-chain",
        "Map the supply chain",
        "Cartographier la chaîne d'approvisionnement",
        2,
        "Trace where your minerals come from, through suppliers back to smelters and mines.",
        "Retracer l'origine de vos minerais, de vos fournisseurs jusqu'aux fonderies et aux "
        "mines.",
    ),
    (
        "assess-risks",
        "Assess risks",
        "Évaluer les risques",
        2,
        "Judge which suppliers and origins carry risks of conflict, abuse or corruption.",
        "Déterminer quels fournisseurs et quelles origines présentent des risques de conflit, "
        "d'abus ou de corruption.",
    ),
    (
        "respond-to-risks",
        "Respond to risks",
        "Répondre aux risques",
        3,
        "Decide what to do about a risk you found: mitigate it with suppliers, suspend or "
        "disengage.",
        "Décider quoi faire face à un risque identifié : l'atténuer avec les fournisseurs, "
        "suspendre ou se désengager.",
    ),
    (
        "audit-and-certification",
        "Audits and certification",
        "Audits et certification",
        4,
        "Understand smelter and refiner audits, assurance programmes and certification "
        "schemes.",
        "Comprendre les audits de fonderies et d'affineries, les programmes d'assurance et "
        "les certifications.",
    ),
    (
        "report-publicly",
        "Report publicly",
        "Rendre compte publiquement",
        5,
        "Publish what you did on due diligence each year, as the OECD guidance and the law "
        "expect.",
        "Publier chaque année ce que vous avez fait en matière de diligence, comme l'attendent "
        "l'OCDE et la loi.",
    ),
    (
        "engage-suppliers",
        "Engage suppliers",
        "Impliquer les fournisseurs",
        None,
        "Ask suppliers for information, set expectations in contracts and help them improve.",
        "Demander des informations aux fournisseurs, fixer des attentes dans les contrats et "
        "les aider à progresser.",
    ),
    (
        "support-responsible-mining",
        "Support responsible mining",
        "Soutenir l'exploitation minière responsable",
        None,
        "Source from, invest in or support programmes that improve conditions at mine sites.",
        "S'approvisionner auprès de programmes qui améliorent les conditions sur les sites "
        "miniers, les soutenir ou y investir.",
    ),
    (
        "learn-from-peers",
        "Learn from peers",
        "Apprendre de ses pairs",
        None,
        "See how other companies, large and small, did it: case studies and lessons learned.",
        "Voir comment d'autres entreprises, grandes et petites, s'y sont prises : études de "
        "cas et leçons apprises.",
    ),
]

RESOURCE_TYPES = [
    ("guidance", "Guidance", "Guide"),
    ("regulation", "Regulation", "Réglementation"),
    ("tool", "Tool", "Outil"),
    ("template", "Template", "Modèle"),
    ("standard", "Standard", "Norme"),
    ("training", "Training", "Formation"),
    ("report", "Report", "Rapport"),
    ("case-study", "Case study", "Étude de cas"),
    ("database", "Database", "Base de données"),
    ("website", "Website", "Site web"),
]

REGIONS = [
    ("global", "Global", "Monde"),
    ("europe", "Europe", "Europe"),
    ("africa", "Africa", "Afrique"),
    ("central-africa", "Central Africa", "Afrique centrale"),
    ("east-africa", "East Africa", "Afrique de l'Est"),
    ("west-africa", "West Africa", "Afrique de l'Ouest"),
    ("great-lakes", "Great Lakes region", "Région des Grands Lacs"),
    ("latin-america", "Latin America", "Amérique latine"),
    ("north-america", "North America", "Amérique du Nord"),
    ("asia", "Asia", "Asie"),
]

# The official names and colours of the UN Sustainable Development Goals.
SDGS = [
    (1, "No poverty", "Pas de pauvreté", "#E5243B"),
    (2, "Zero hunger", "Faim « zéro »", "#DDA63A"),
    (3, "Good health and well-being", "Bonne santé et bien-être", "#4C9F38"),
    (4, "Quality education", "Éducation de qualité", "#C5192D"),
    (5, "Gender equality", "Égalité entre les sexes", "#FF3A21"),
    (6, "Clean water and sanitation", "Eau propre et assainissement", "#26BDE2"),
    (7, "Affordable and clean energy", "Énergie propre et d'un coût abordable", "#FCC30B"),
    (8, "Decent work and economic growth", "Travail décent et croissance économique", "#A21942"),
    (
        9,
        "Industry, innovation and infrastructure",
        "Industrie, innovation et infrastructure",
        "#FD6925",
    ),
    (10, "Reduced inequalities", "Inégalités réduites", "#DD1367"),
    (11, "Sustainable cities and communities", "Villes et communautés durables", "#FD9D24"),
    (
        12,
        "Responsible consumption and production",
        "Consommation et production responsables",
        "#BF8B2E",
    ),
    (
        13,
        "Climate action",
        "Mesures relatives à la lutte contre les changements climatiques",
        "#3F7E44",
    ),
    (14, "Life below water", "Vie aquatique", "#0A97D9"),
    (15, "Life on land", "Vie terrestre", "#56C02B"),
    (16, "Peace, justice and strong institutions", "Paix, justice et institutions efficaces", "#00689D"),
    (17, "Partnerships for the goals", "Partenariats pour la réalisation des objectifs", "#19486A"),
]


def seed(apps, schema_editor):
    def get(app_label, model_name):  # the manager of the database being migrated
        return apps.get_model(app_label, model_name).objects.using(schema_editor.connection.alias)

    for order, (slug, name, name_fr, is_3tg, colour) in enumerate(MINERALS):
        get("eprm_hub", "Mineral").update_or_create(
            slug=slug,
            defaults={
                "name": name,
                "name_fr": name_fr,
                "is_3tg": is_3tg,
                "colour": colour,
                "order": order,
            },
        )
    for order, (slug, name, name_fr, description, description_fr) in enumerate(TIERS):
        get("eprm_hub", "SupplyChainTier").update_or_create(
            slug=slug,
            defaults={
                "name": name,
                "name_fr": name_fr,
                "description": description,
                "description_fr": description_fr,
                "order": order,
            },
        )
    steps = {}
    for number, name, name_fr in STEPS:
        steps[number], _ = get("eprm_hub", "OECDStep").update_or_create(
            slug=str(number), defaults={"number": number, "name": name, "name_fr": name_fr}
        )
    for order, (slug, name, name_fr, step, description, description_fr) in enumerate(NEEDS):
        get("eprm_hub", "BusinessNeed").update_or_create(
            slug=slug,
            defaults={
                "name": name,
                "name_fr": name_fr,
                "step": steps.get(step),
                "description": description,
                "description_fr": description_fr,
                "order": (order + 1) * 10,
            },
        )
    for order, (slug, name, name_fr) in enumerate(RESOURCE_TYPES):
        get("eprm_hub", "ResourceType").update_or_create(
            slug=slug, defaults={"name": name, "name_fr": name_fr, "order": order}
        )
    for order, (slug, name, name_fr) in enumerate(REGIONS):
        get("eprm_hub", "Region").update_or_create(
            slug=slug, defaults={"name": name, "name_fr": name_fr, "order": order}
        )
    for number, name, name_fr, colour in SDGS:
        get("eprm_hub", "SDG").update_or_create(
            slug=str(number),
            defaults={"number": number, "name": name, "name_fr": name_fr, "colour": colour},
        )


class Migration(migrations.Migration):
    dependencies = [("eprm_hub", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
