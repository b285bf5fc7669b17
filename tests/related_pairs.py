"""What a due-diligence officer expects to find next to a resource, and under a Check question.

Written before the ranking was tuned (docs/related.md), from the officer's point of view: the
template next to its sister templates and the audit programme that uses it, a guidance next to
its supplements, a regulation next to its delegated acts and the authorities that apply it, a
standard next to the course that teaches it. Never edit the data to make a pair pass.

RESOURCE_PAIRS: for the resource titled `for`, at least one of `any_of` among its first five
related resources (on English pages).

ADVICE_PAIRS: for the Check question whose English text starts with `question`, answered "no"
by an organisation with these tiers and minerals, at least one of `any_of` among the
resources its advice suggests.
"""

CMRT = "Conflict Minerals Reporting Template (CMRT)"
EMRT = "Extended Minerals Reporting Template (EMRT)"
AMRT = "Additional Minerals Reporting Template (AMRT, formerly Pilot Reporting Template)"
RMAP = "Responsible Minerals Assurance Process (RMAP) standards"
RRA = "Risk Readiness Assessment (RRA)"
OECD_DDG = (
    "OECD Due Diligence Guidance for Responsible Supply Chains of Minerals from "
    "Conflict-Affected and High-Risk Areas (Third Edition)"
)
SUPPLEMENT_3T = "Supplement on Tin, Tantalum and Tungsten (OECD Minerals Due Diligence Guidance)"
SUPPLEMENT_GOLD = "Supplement on Gold (OECD Minerals Due Diligence Guidance)"
OECD_RBC = "OECD Due Diligence Guidance for Responsible Business Conduct"
OECD_MNE = (
    "OECD Guidelines for Multinational Enterprises on Responsible Business Conduct – "
    "2023 update (overview presentation)"
)
OECD_STAKEHOLDERS = (
    "OECD Due Diligence Guidance for Meaningful Stakeholder Engagement in the Extractive Sector"
)
OECD_ALIGNMENT = "OECD Due Diligence Alignment Assessment Methodology"
RMI_GUIDE = "RMI Practical Guide to Minerals Due Diligence Implementation (techUK summary)"
EU_REGULATION = (
    "Regulation (EU) 2017/821 laying down supply chain due diligence obligations for Union "
    "importers of tin, tantalum and tungsten, their ores, and gold from conflict-affected and "
    "high-risk areas"
)
EU_DELEGATED = (
    "Commission Delegated Regulation (EU) 2019/429 – methodology for recognising supply chain "
    "due diligence schemes"
)
EU_RECOMMENDATION = (
    "Commission Recommendation (EU) 2018/1149 on non-binding guidelines for the identification "
    "of conflict-affected and high-risk areas"
)
CAHRA_LIST = (
    "Indicative, non-exhaustive list of conflict-affected and high-risk areas (CAHRAs) – RAND "
    "Europe project for the European Commission"
)
CAHRA_METHOD = (
    "Methodology for the indicative list of conflict-affected and high-risk areas under the EU "
    "Conflict Minerals Regulation"
)
EU_HELP = "Conflict Minerals Regulation – help for your business"
EU_FAQ = "Conflict minerals FAQs (EU Conflict Minerals Regulation)"
DD_READY_EXPLAINED = "Due Diligence Ready! – Due diligence explained"
DD_READY_TOOLBOX = "Due Diligence Ready! – Due diligence toolbox"
BATTERIES = (
    "Regulation (EU) 2023/1542 concerning batteries and waste batteries (battery due diligence "
    "obligations)"
)
BATTERIES_GUIDE = (
    "Due diligence policy obligations under the EU Batteries Regulation: a 10-point guide for "
    "economic operators"
)
GBA_CHILD = "GBA Battery Passport Child Labour Rulebook"
GBA_PACK = (
    "GBA Battery Passport content pack (part 1 of 2): preliminary rulebooks for the wave-two pilots"
)
CSDDD = "Directive (EU) 2024/1760 on corporate sustainability due diligence (CSDDD)"
LKSG_GUIDANCES = "Supply Chain Act (LkSG) guidances"
LKSG = "German Supply Chain Due Diligence Act (LkSG) – overview"
UNGP = "UN Guiding Principles on Business and Human Rights"
UNGP_REPORTING = "UN Guiding Principles Reporting Framework"
ICMM = "ICMM Human Rights Due Diligence Guidance"
RMI_REPORTING = (
    "RMI public reporting resources: Step 5 report writing guidance and responsible mineral "
    "sourcing reporting toolkit"
)
IRBC_STEP5 = "Dutch IRBC Agreement for the Metals Sector – step 5 web tool"
WIKIRATE = "Assessing company reporting on mineral supply chain due diligence (WikiRate / OECD)"
SEC_RULE = "SEC Final Rule on Conflict Minerals (Dodd-Frank Act Section 1502)"
LBMA_RGG = "LBMA Responsible Gold Guidance (version 9)"
LBMA_GDR = "LBMA Good Delivery Rules"
LBMA_ASM = "Towards an LBMA Good Delivery List for artisanal and small-scale responsibly mined gold"
LBMA_REPORT = "LBMA Responsible Sourcing Report 2021"
RJC = "RJC Code of Practices (2019)"
CIBJO = "CIBJO Responsible Sourcing Toolkit"
FAIRMINED = "Fairmined Standard for Gold from Artisanal and Small-scale Mining"
FAIRTRADE = "Fairtrade Standard for Gold and Associated Precious Metals"
CRAFT = "CRAFT – Code of Risk-mitigation for ASM engaging in Formal Trade"
CRAFT_COURSE = "CRAFT online course"
PLANETGOLD = "planetGOLD"
PLANETGOLD_CRITERIA = "planetGOLD Criteria for Environmentally and Socially Responsible Operations"
PLANETGOLD_DD = "Due diligence resources for suppliers and buyers (planetGOLD)"
OECD_ASM = (
    "Support to artisanal and small-scale miners (OECD ASM hub and FAQ on sourcing gold from ASM)"
)
ITSCI = "ITSCI Programme (ITRI Tin Supply Chain Initiative)"
ITSCI_CHILD = "ITSCI – Child labour"
ICGLR = "ICGLR Regional Certification Mechanism (RCM)"
BGR = (
    "Mineral certification at BGR: Certified Trading Chains and ASM formalisation in the Great "
    "Lakes region"
)
OECD_CHILD = (
    "Practical actions for companies to identify and address the worst forms of child labour "
    "in mineral supply chains"
)
CHILD_MINING = "Child labour in mining and global supply chains"
IPIS_MAP = "IPIS interactive map of artisanal mining in eastern DRC"
IPIS_STORY = "IPIS story map: conflict financing and artisanal mining in eastern DRC"
KUFATILIA = "Kufatilia incident reporting – monitoring gold in eastern DRC"
INCIDENTS = "Ground-based incident reporting in eastern DRC – progress report 3"
INTEL = "Intel: conflict-free microprocessors"
INTEL_CASE = "Looking inside Intel: conflict minerals (teaching case)"
HRBDF = "Human Rights and Business Dilemmas Forum – conflict minerals case studies"
PHILIPS = (
    "Philips: using procurement power to improve lives in DR Congo (Conflict-Free Tin Initiative)"
)
SOLUTIONS_FOR_HOPE = "Solutions for Hope"
FAIRPHONE = "Fairphone 2: supporting fairer mineral initiatives"
PPA = "Independent assessment of responsible sourcing pilots in the Great Lakes region (PPA)"
FAIR_COBALT = "Fair Cobalt Alliance"
C4D = "Cobalt for Development (C4D)"
COBALT_PARTNERSHIP = (
    "Partnership for responsible cobalt sourcing (Fairphone, Huayou, Signify, The Impact Facility)"
)
CIRAF = "Cobalt Industry Responsible Assessment Framework (CIRAF)"
AMNESTY_COBALT = (
    "This is what we die for: human rights abuses in the DRC power the global trade in cobalt"
)
PACT = (
    "Pact projects in the Democratic Republic of Congo (artisanal mining formalisation and child "
    "labour in cobalt)"
)
MUTOSHI = (
    "The Mutoshi pilot project: local economic impact of a project aimed at formalizing "
    "artisanal and small-scale mining"
)
INTERCONNECTED = (
    "Interconnected supply chains: due diligence challenges and opportunities in sourcing "
    "cobalt and copper from the DRC"
)
COPPER_MARK = "The Copper Mark standards"
JOINT_STANDARD = "Joint Due Diligence Standard for Copper, Lead, Nickel and Zinc"
LME = "LME Responsible Sourcing requirements"
MICA_INITIATIVE = "Responsible Mica Initiative programmes"
MICA_CHILD = "Child labour in Madagascar's mica sector"
MICA_SOCIAL = (
    "Investing in social protection to reduce child labour and improve child well-being in the "
    "mica villages in the South of Madagascar"
)
DELVE = "Delve – global platform for artisanal and small-scale mining data"
ASM_STATE = "State of the Artisanal and Small-Scale Mining Sector (2019)"
IGF_ASM = "IGF Guidance for Governments: Managing Artisanal and Small-Scale Mining"
JEWELRY_COST = (
    "The Hidden Cost of Jewelry: human rights in supply chains and the responsibility of "
    "jewelry companies"
)
JEWELRY_SPARKLING = (
    "Sparkling Jewels, Opaque Supply Chains: jewelry companies, changing sourcing practices, "
    "and Covid-19"
)
GTAI = "EU: Konfliktmineralien-Verordnung (Germany Trade & Invest special)"
DEKSOR = "Hinweise der DEKSOR zu Konfliktmineralien"
CSR_GERMANY = "EU Regulation on Conflict Minerals – CSR in Germany"
SPF_BELGIUM = (
    "Commerce des minerais et métaux provenant de zones de conflit – SPF Economie (autorité "
    "compétente belge)"
)
ITALY_AUTHORITY = "Due diligence – Italian national competent authority for the EU 3TG Regulation"
CHILD_RIGHTS_TOOLKIT = (
    "Child Rights and Mining Toolkit: best practices for addressing children's issues in "
    "large-scale mining"
)
UNICEF_MINING = "Children's Rights and the Mining Sector (UNICEF Extractive Pilot)"
EPRM_LESSONS = (
    "Responsibly sourcing minerals from conflict-affected and high-risk areas: lessons from the "
    "European Partnership for Responsible Minerals"
)
EPRM_SCOPING = (
    "Scoping study on possible activities of the European Partnership for Responsible Minerals"
)
EPRM_PORTAL = "EPRM Knowledge Portal / Due Diligence Hub"
KMU_KOMPASS = "KMU Kompass: sustainable supply chain management compass for SMEs"
KMU_GLOBAL_COMPACT = "Unterstützungsangebote für KMU: Menschenrechte und Arbeitsnormen"
CSR_RISK_CHECK = "CSR Risk Check"
LITHIUM_RUSH = "Lithium rush in Africa: corruption and community harms at emerging lithium mines"
TRANSITION_TRACKER = "Transition Minerals Tracker"
LITHIUM_PARTNERSHIP = "Responsible Lithium Partnership (Salar de Atacama, Chile)"
NICKEL_UNEARTHED = "Nickel Unearthed: the human and climate costs of Indonesia's nickel industry"
NICKEL_INSTITUTE = "Responsible sourcing and ESG due diligence – Nickel Institute"
JUST_GOLD = (
    "The Just Gold Project: lessons for the future of artisanal gold in the Democratic Republic "
    "of Congo"
)
IMPACT_GOLD = "IMPACT on Gold"
COMPLY_CHAIN = "Comply Chain: Business Tools for Labor Compliance in Global Supply Chains"
RETAIL_TRAINING = "Conflict minerals training and education materials for retail suppliers"
TSM = "TSM Responsible Sourcing Alignment Supplement"

RESOURCE_PAIRS = [
    # Reporting templates: the sister templates, and the audit programme whose smelter list
    # the CMRT is checked against.
    {"for": CMRT, "any_of": [EMRT, RMAP, AMRT]},
    {"for": EMRT, "any_of": [CMRT, AMRT]},
    {"for": AMRT, "any_of": [EMRT, CMRT]},
    {"for": RMAP, "any_of": [CMRT, EMRT, RRA, OECD_ALIGNMENT]},
    # The OECD Guidance and its supplements.
    {"for": OECD_DDG, "any_of": [SUPPLEMENT_3T, SUPPLEMENT_GOLD]},
    {"for": SUPPLEMENT_3T, "any_of": [OECD_DDG, SUPPLEMENT_GOLD]},
    {"for": SUPPLEMENT_GOLD, "any_of": [OECD_DDG, SUPPLEMENT_3T, LBMA_RGG]},
    {"for": OECD_RBC, "any_of": [OECD_MNE, UNGP, OECD_DDG, CSDDD]},
    # The EU Regulation, its acts, its list of areas and those who explain or enforce it.
    {"for": EU_REGULATION, "any_of": [EU_DELEGATED, EU_RECOMMENDATION, EU_HELP, EU_FAQ, OECD_DDG]},
    {"for": EU_RECOMMENDATION, "any_of": [CAHRA_LIST, CAHRA_METHOD]},
    {"for": CAHRA_LIST, "any_of": [CAHRA_METHOD, EU_RECOMMENDATION]},
    {"for": CAHRA_METHOD, "any_of": [CAHRA_LIST, EU_RECOMMENDATION]},
    {"for": EU_DELEGATED, "any_of": [OECD_ALIGNMENT, EU_REGULATION]},
    {"for": OECD_ALIGNMENT, "any_of": [EU_DELEGATED, RMAP, TSM]},
    {"for": EU_FAQ, "any_of": [EU_REGULATION, EU_HELP, DD_READY_EXPLAINED]},
    {"for": GTAI, "any_of": [DEKSOR, CSR_GERMANY, EU_REGULATION]},
    {"for": DEKSOR, "any_of": [GTAI, CSR_GERMANY, EU_REGULATION]},
    {"for": SPF_BELGIUM, "any_of": [ITALY_AUTHORITY, DEKSOR, EU_REGULATION, EU_HELP]},
    {"for": ITALY_AUTHORITY, "any_of": [SPF_BELGIUM, DEKSOR, EU_REGULATION, EU_HELP]},
    {"for": DD_READY_EXPLAINED, "any_of": [DD_READY_TOOLBOX]},
    {"for": DD_READY_TOOLBOX, "any_of": [DD_READY_EXPLAINED]},
    # Other laws.
    {"for": BATTERIES, "any_of": [BATTERIES_GUIDE, GBA_PACK, GBA_CHILD]},
    {"for": BATTERIES_GUIDE, "any_of": [BATTERIES]},
    {"for": LKSG, "any_of": [LKSG_GUIDANCES, CSDDD]},
    {"for": LKSG_GUIDANCES, "any_of": [LKSG, CSDDD]},
    {"for": CSDDD, "any_of": [LKSG, LKSG_GUIDANCES, OECD_RBC, UNGP]},
    {"for": SEC_RULE, "any_of": [CMRT, EU_REGULATION, INTEL]},
    {"for": UNGP, "any_of": [UNGP_REPORTING, OECD_MNE, OECD_RBC, ICMM]},
    # Reporting publicly (step 5).
    {"for": UNGP_REPORTING, "any_of": [UNGP, RMI_REPORTING, IRBC_STEP5, WIKIRATE]},
    {"for": RMI_REPORTING, "any_of": [IRBC_STEP5, WIKIRATE, UNGP_REPORTING]},
    # Gold.
    {"for": LBMA_RGG, "any_of": [LBMA_GDR, LBMA_REPORT, SUPPLEMENT_GOLD, RJC]},
    {"for": LBMA_GDR, "any_of": [LBMA_RGG, LBMA_ASM]},
    {"for": LBMA_ASM, "any_of": [LBMA_GDR, OECD_ASM, FAIRMINED, CRAFT]},
    {"for": FAIRMINED, "any_of": [FAIRTRADE, PLANETGOLD_CRITERIA, CRAFT]},
    {"for": FAIRTRADE, "any_of": [FAIRMINED, PLANETGOLD_CRITERIA]},
    {"for": PLANETGOLD, "any_of": [PLANETGOLD_CRITERIA, PLANETGOLD_DD, FAIRMINED]},
    {"for": JEWELRY_COST, "any_of": [JEWELRY_SPARKLING, CIBJO, RJC]},
    {"for": JEWELRY_SPARKLING, "any_of": [JEWELRY_COST, CIBJO, RJC]},
    {"for": CIBJO, "any_of": [RJC, JEWELRY_COST, JEWELRY_SPARKLING, SUPPLEMENT_GOLD]},
    {"for": JUST_GOLD, "any_of": [IMPACT_GOLD, KUFATILIA, INCIDENTS]},
    # Artisanal mining and the Great Lakes.
    {"for": CRAFT, "any_of": [CRAFT_COURSE, FAIRMINED]},
    {"for": CRAFT_COURSE, "any_of": [CRAFT]},
    {"for": ITSCI, "any_of": [ITSCI_CHILD, SUPPLEMENT_3T, ICGLR, BGR]},
    {"for": ITSCI_CHILD, "any_of": [ITSCI, OECD_CHILD, CHILD_MINING]},
    {"for": IPIS_MAP, "any_of": [IPIS_STORY, KUFATILIA, INCIDENTS]},
    {"for": KUFATILIA, "any_of": [INCIDENTS, IPIS_MAP, IPIS_STORY]},
    {"for": DELVE, "any_of": [ASM_STATE, IGF_ASM]},
    {"for": ASM_STATE, "any_of": [DELVE, IGF_ASM]},
    {"for": CHILD_RIGHTS_TOOLKIT, "any_of": [UNICEF_MINING, CHILD_MINING, OECD_CHILD]},
    {"for": UNICEF_MINING, "any_of": [CHILD_RIGHTS_TOOLKIT, CHILD_MINING]},
    # Case studies.
    {"for": INTEL, "any_of": [INTEL_CASE, HRBDF, PHILIPS]},
    {"for": INTEL_CASE, "any_of": [INTEL, HRBDF]},
    {"for": PHILIPS, "any_of": [SOLUTIONS_FOR_HOPE, FAIRPHONE, PPA]},
    {"for": SOLUTIONS_FOR_HOPE, "any_of": [PPA, PHILIPS, FAIRPHONE]},
    # Cobalt, copper, nickel, mica, lithium.
    {"for": FAIR_COBALT, "any_of": [C4D, COBALT_PARTNERSHIP, CIRAF, AMNESTY_COBALT, PACT]},
    {"for": CIRAF, "any_of": [FAIR_COBALT, C4D, INTERCONNECTED, AMNESTY_COBALT, MUTOSHI]},
    {"for": COPPER_MARK, "any_of": [JOINT_STANDARD, LME]},
    {"for": JOINT_STANDARD, "any_of": [COPPER_MARK, LME]},
    {"for": MICA_INITIATIVE, "any_of": [MICA_CHILD, MICA_SOCIAL]},
    {"for": MICA_CHILD, "any_of": [MICA_INITIATIVE, MICA_SOCIAL]},
    {"for": LITHIUM_RUSH, "any_of": [TRANSITION_TRACKER, LITHIUM_PARTNERSHIP]},
    {"for": NICKEL_UNEARTHED, "any_of": [NICKEL_INSTITUTE, TRANSITION_TRACKER, JOINT_STANDARD]},
    # EPRM itself, and SMEs.
    {"for": EPRM_SCOPING, "any_of": [EPRM_LESSONS, EPRM_PORTAL]},
    {"for": EPRM_LESSONS, "any_of": [EPRM_SCOPING, EPRM_PORTAL]},
    {"for": KMU_KOMPASS, "any_of": [KMU_GLOBAL_COMPACT, CSR_RISK_CHECK, LKSG, LKSG_GUIDANCES]},
]

DOWNSTREAM_3TG = {"tiers": ["downstream"], "minerals": ["tin", "tantalum", "gold"]}
SMELTER = {"tiers": ["midstream"], "minerals": ["tin", "tungsten"]}
BUYER_OF_SMELTERS = {"tiers": ["midstream", "downstream"], "minerals": ["tin", "tantalum"]}
UPSTREAM_GOLD = {"tiers": ["upstream"], "minerals": ["gold"]}
UPSTREAM_TIN = {"tiers": ["upstream"], "minerals": ["tin"]}

ADVICE_PAIRS = [
    {
        "question": "Has your company adopted a written supply-chain policy",
        **DOWNSTREAM_3TG,
        "any_of": [OECD_DDG, SUPPLEMENT_3T, DD_READY_EXPLAINED, RMI_GUIDE],
    },
    {
        "question": "Do you have a chain-of-custody or traceability system",
        **UPSTREAM_TIN,
        "any_of": [ITSCI, ICGLR, BGR],
    },
    {
        "question": "Have you communicated your policy to your suppliers",
        **DOWNSTREAM_3TG,
        "any_of": [DD_READY_TOOLBOX, COMPLY_CHAIN, RETAIL_TRAINING, CMRT],
    },
    {
        "question": "Do you have or take part in a grievance mechanism",
        **UPSTREAM_GOLD,
        "any_of": [KUFATILIA, INCIDENTS, OECD_STAKEHOLDERS],
    },
    {
        "question": "Have you mapped your mineral supply chain",
        **DOWNSTREAM_3TG,
        "any_of": [CMRT, DD_READY_TOOLBOX],
    },
    {
        "question": "Have you identified the smelters and refiners",
        **DOWNSTREAM_3TG,
        "any_of": [CMRT],
    },
    {
        "question": "Do you check your supply chain for red flags",
        **SMELTER,
        "any_of": [CAHRA_LIST, EU_RECOMMENDATION, CAHRA_METHOD, RRA],
    },
    {
        "question": "Does your plan say when you continue trading",
        **DOWNSTREAM_3TG,
        "any_of": [OECD_DDG, SUPPLEMENT_3T, RMI_GUIDE],
    },
    {
        "question": "Do you consult suppliers and affected stakeholders",
        **UPSTREAM_GOLD,
        "any_of": [OECD_STAKEHOLDERS, SUPPLEMENT_GOLD],
    },
    {
        "question": "If you are a smelter or refiner",
        **SMELTER,
        "any_of": [RMAP],
    },
    {
        "question": "Do the smelters and refiners in your supply chain have a valid",
        **BUYER_OF_SMELTERS,
        "any_of": [RMAP, CMRT],
    },
    {
        "question": "Have you checked that the audit programmes you rely on",
        **BUYER_OF_SMELTERS,
        "any_of": [OECD_ALIGNMENT, EU_DELEGATED],
    },
    {
        "question": "Do you publish a report on your supply-chain due diligence",
        **DOWNSTREAM_3TG,
        "any_of": [RMI_REPORTING, IRBC_STEP5, UNGP_REPORTING, WIKIRATE],
    },
]
