"""The relevance suite's queries: what SME staff and exporters would type, each with the
resources a due-diligence officer expects in the top 3. Written before the search was tuned;
never edited to make a query pass (see docs/library.md, "Search quality")."""

QUERIES = [
    {
        "category": "question",
        "page": "en",
        "q": "what does the EU require from importers of gold",
        "expect": [
            (
                "Regulation (EU) 2017/821 laying down supply chain due diligence obligations for "
                "Union importers of tin, tantalum and tungsten, their ores, and gold from "
                "conflict-affected and high-risk areas"
            ),
        ],
        "why": (
            "Regulation (EU) 2017/821 is the EU law that sets importers' due diligence duties for "
            "gold."
        ),
    },
    {
        "category": "question",
        "page": "en",
        "q": "how do we start mapping our suppliers",
        "any_of": [
            "Conflict Minerals Reporting Template (CMRT)",
            "Due Diligence Ready! – Due diligence toolbox",
        ],
        "why": (
            "Supply chain mapping starts with collecting smelter data from suppliers: the CMRT, or "
            "the Due Diligence Ready! toolbox that explains how to gather it."
        ),
    },
    {
        "category": "question",
        "page": "en",
        "q": "where can I check if a smelter is audited",
        "expect": ["Responsible Minerals Assurance Process (RMAP) standards"],
        "why": "RMAP is the audit programme for 3TG smelters and refiners.",
    },
    {
        "category": "question",
        "page": "fr",
        "q": "do I need an audit if I only buy components",
        "any_of": [
            "Conflict minerals FAQs (EU Conflict Minerals Regulation)",
            (
                "Regulation (EU) 2017/821 laying down supply chain due diligence obligations for "
                "Union importers of tin, tantalum and tungsten, their ores, and gold from "
                "conflict-affected and high-risk areas"
            ),
            "Conflict Minerals Regulation – help for your business",
        ],
        "why": (
            "Downstream buyers want to know whether the EU regulation (which targets importers of "
            "ores and metals) applies to them: the regulation, the Commission's help page or the "
            "FAQ for downstream companies answer it."
        ),
    },
    {
        "category": "question",
        "page": "en",
        "q": "which countries are considered high risk for sourcing minerals",
        "any_of": [
            (
                "Indicative, non-exhaustive list of conflict-affected and high-risk areas (CAHRAs) "
                "– RAND Europe project for the European Commission"
            ),
            (
                "Commission Recommendation (EU) 2018/1149 on non-binding guidelines for the "
                "identification of conflict-affected and high-risk areas"
            ),
        ],
        "why": "The EU indicative CAHRA list and the Commission's CAHRA guidelines answer this.",
    },
    {
        "category": "question",
        "page": "en",
        "q": "how do I write our annual due diligence report",
        "any_of": [
            (
                "RMI public reporting resources: Step 5 report writing guidance and responsible "
                "mineral sourcing reporting toolkit"
            ),
            "UN Guiding Principles Reporting Framework",
            "Dutch IRBC Agreement for the Metals Sector – step 5 web tool",
        ],
        "why": (
            "Step 5 public reporting: RMI's report-writing guidance, the UNGP Reporting Framework "
            "or the Dutch step 5 web tool."
        ),
    },
    {
        "category": "question",
        "page": "en",
        "q": "what are the rules for batteries sold in Europe",
        "any_of": [
            (
                "Regulation (EU) 2023/1542 concerning batteries and waste batteries (battery due "
                "diligence obligations)"
            ),
            (
                "Due diligence policy obligations under the EU Batteries Regulation: a 10-point "
                "guide for economic operators"
            ),
        ],
        "why": "The EU Batteries Regulation or the law-firm guide to its due diligence duties.",
    },
    {
        "category": "question",
        "page": "en",
        "q": "quick online check of human rights risks by country and product",
        "any_of": [
            "CSR Risk Check",
            "Material Insights",
            "List of Goods Produced by Child Labor or Forced Labor",
        ],
        "why": (
            "Country/product risk screening tools: CSR Risk Check, Material Insights, the US list "
            "of goods made with child or forced labour."
        ),
    },
    {
        "category": "question",
        "page": "en",
        "q": "quick self-test to see where our company stands on due diligence",
        "any_of": [
            "MineralTrail: guided due diligence self-check",
            "Due Diligence Ready! – Due diligence toolbox",
        ],
        "why": (
            "MineralTrail is a guided self-check; the Due Diligence Ready! toolbox contains a "
            "self-assessment."
        ),
    },
    {
        "category": "question",
        "page": "en",
        "q": "what does a refinery need to get on the London gold list",
        "any_of": ["LBMA Good Delivery Rules", "LBMA Responsible Gold Guidance (version 9)"],
        "why": (
            "The LBMA Good Delivery List (London) requires the Good Delivery Rules and the "
            "Responsible Gold Guidance."
        ),
    },
    {
        "category": "question",
        "page": "en",
        "q": "should we stop buying gold from small artisanal miners",
        "any_of": [
            (
                "Support to artisanal and small-scale miners (OECD ASM hub and FAQ on sourcing "
                "gold from ASM)"
            ),
            "Supplement on Gold (OECD Minerals Due Diligence Guidance)",
        ],
        "why": (
            "The OECD ASM page and FAQ (and the Gold Supplement) say to engage rather than "
            "disengage from artisanal gold."
        ),
    },
    {
        "category": "question",
        "page": "en",
        "q": "what are the human rights risks in congolese cobalt mining",
        "any_of": [
            (
                "This is what we die for: human rights abuses in the DRC power the global trade in "
                "cobalt"
            ),
            (
                "Interconnected supply chains: due diligence challenges and opportunities in "
                "sourcing cobalt and copper from the DRC"
            ),
        ],
        "why": "Amnesty's cobalt investigation and the OECD study of the DRC copper-cobalt chain.",
    },
    {
        "category": "question",
        "page": "en",
        "q": "how can local communities alert buyers about abuses at mines in eastern Congo",
        "any_of": [
            "Kufatilia incident reporting – monitoring gold in eastern DRC",
            "Ground-based incident reporting in eastern DRC – progress report 3",
        ],
        "why": (
            "Community incident reporting in eastern DRC: Kufatilia and the ground-based incident "
            "reporting pilot."
        ),
    },
    {
        "category": "question",
        "page": "en",
        "q": "how do I know if rebels are present at a mine site in eastern Congo",
        "any_of": [
            "IPIS interactive map of artisanal mining in eastern DRC",
            "IPIS story map: conflict financing and artisanal mining in eastern DRC",
        ],
        "why": (
            "IPIS's map records armed presence at mine sites; its story map covers armed-group "
            "financing."
        ),
    },
    {
        "category": "question",
        "page": "en",
        "q": "I run a small jewellery shop, where do I start with responsible gold",
        "any_of": [
            "CIBJO Responsible Sourcing Toolkit",
            "Responsible Gold Agreement (Dutch IRBC agreement for the gold sector)",
            "RJC Code of Practices (2019)",
        ],
        "why": (
            "CIBJO toolkit for small jewellers, the Dutch gold agreement for jewellers, or the RJC "
            "code."
        ),
    },
    {
        "category": "question",
        "page": "en",
        "q": "how can artisanal gold miners stop using mercury",
        "any_of": [
            "planetGOLD",
            "planetGOLD Criteria for Environmentally and Socially Responsible Operations",
        ],
        "why": "planetGOLD and its criteria are about cutting mercury in artisanal gold mining.",
    },
    {
        "category": "question",
        "page": "en",
        "q": "car industry: which raw materials carry the biggest social and environmental risks",
        "any_of": [
            (
                "Material Change: a study of risks and opportunities for collective action in the "
                "materials supply chains of the automotive and electronics industries"
            ),
            "Drive Sustainability Raw Materials Observatory and Raw Material Outlook",
        ],
        "why": (
            "Material Change and the Drive Sustainability Raw Materials Observatory screen raw "
            "materials for automotive firms."
        ),
    },
    {
        "category": "question",
        "page": "en",
        "q": "how do I ask suppliers about copper and lithium smelters",
        "any_of": [
            "Extended Minerals Reporting Template (EMRT)",
            "Additional Minerals Reporting Template (AMRT, formerly Pilot Reporting Template)",
        ],
        "why": (
            "EMRT v2 and the AMRT are the RMI templates for minerals beyond 3TG such as copper and "
            "lithium."
        ),
    },
    {
        "category": "question",
        "page": "en",
        "q": "is the conflict minerals regulation still valid in the UK after Brexit",
        "expect": ["Conflict minerals FAQs (EU Conflict Minerals Regulation)"],
        "why": (
            "Only the Fieldfisher FAQ discusses the regulation's position in the UK after Brexit."
        ),
    },
    {
        "category": "question",
        "page": "en",
        "q": "has the EU evaluated how well the conflict minerals regulation works",
        "expect": [
            (
                "Report from the Commission on the review of the Conflict Minerals Regulation – "
                "COM(2024) 415"
            ),
        ],
        "why": "COM(2024) 415 is the Commission's review of the regulation.",
    },
    {
        "category": "question",
        "page": "en",
        "q": "how can a buyer detect child labour deep in its mineral supply chain",
        "any_of": [
            (
                "Practical actions for companies to identify and address the worst forms of child "
                "labour in mineral supply chains"
            ),
            "Child labour in mining and global supply chains",
        ],
        "why": (
            "The OECD practical actions paper on worst forms of child labour, or the ILO paper on "
            "child labour in mining supply chains."
        ),
    },
    {
        "category": "question",
        "page": "en",
        "q": "what did Intel do to make its chips conflict-free",
        "any_of": [
            "Intel: conflict-free microprocessors",
            "Looking inside Intel: conflict minerals (teaching case)",
        ],
        "why": "The Intel case studies.",
    },
    {
        "category": "question",
        "page": "en",
        "q": "what do Chinese mineral companies have to follow on due diligence",
        "expect": ["Chinese Due Diligence Guidelines for Responsible Mineral Supply Chains"],
        "why": "The CCCMC guidelines apply OECD-style due diligence to Chinese firms.",
    },
    {
        "category": "question",
        "page": "fr",
        "q": "what does the UN expect from companies buying minerals from Congo",
        "expect": ["UN Group of Experts on the DRC – Due diligence guidelines"],
        "why": (
            "The UN Group of Experts on the DRC due diligence guidelines for buyers of Congolese "
            "minerals."
        ),
    },
    {
        "category": "question",
        "page": "en",
        "q": "will the new EU due diligence directive apply to my company",
        "expect": ["Directive (EU) 2024/1760 on corporate sustainability due diligence (CSDDD)"],
        "why": "The CSDDD is the EU's corporate due diligence directive.",
    },
    {
        "category": "question",
        "page": "en",
        "q": "how many employees before the German supply chain law applies to us",
        "expect": ["German Supply Chain Due Diligence Act (LkSG) – overview"],
        "why": "The BAFA LkSG overview states the 3,000 / 1,000 staff thresholds.",
    },
    {
        "category": "question",
        "page": "en",
        "q": "can our industry programme get official EU recognition",
        "expect": [
            (
                "Commission Delegated Regulation (EU) 2019/429 – methodology for recognising "
                "supply chain due diligence schemes"
            ),
        ],
        "why": "Delegated Regulation 2019/429 sets the method for recognising industry schemes.",
    },
    {
        "category": "question",
        "page": "en",
        "q": "free excel sheet to ask my suppliers which smelters they use for tin and gold",
        "expect": ["Conflict Minerals Reporting Template (CMRT)"],
        "why": "The CMRT is the free spreadsheet for collecting 3TG smelter data from suppliers.",
    },
    {
        "category": "question",
        "page": "en",
        "q": (
            "our automotive customers keep asking us for cobalt and mica smelter data, which form "
            "do we use"
        ),
        "expect": ["Extended Minerals Reporting Template (EMRT)"],
        "why": "The EMRT replaced the cobalt and mica templates.",
    },
    {
        "category": "acronym",
        "page": "en",
        "q": "3TG",
        "any_of": [
            (
                "Regulation (EU) 2017/821 laying down supply chain due diligence obligations for "
                "Union importers of tin, tantalum and tungsten, their ores, and gold from "
                "conflict-affected and high-risk areas"
            ),
            "Supplement on Tin, Tantalum and Tungsten (OECD Minerals Due Diligence Guidance)",
            "Conflict Minerals Reporting Template (CMRT)",
        ],
        "why": (
            "Tin, tantalum, tungsten and gold: the EU regulation, the OECD 3T supplement or the "
            "CMRT."
        ),
    },
    {
        "category": "acronym",
        "page": "en",
        "q": "CAHRA",
        "any_of": [
            (
                "Indicative, non-exhaustive list of conflict-affected and high-risk areas (CAHRAs) "
                "– RAND Europe project for the European Commission"
            ),
            (
                "Commission Recommendation (EU) 2018/1149 on non-binding guidelines for the "
                "identification of conflict-affected and high-risk areas"
            ),
            (
                "Methodology for the indicative list of conflict-affected and high-risk areas "
                "under the EU Conflict Minerals Regulation"
            ),
        ],
        "why": (
            "Conflict-affected and high-risk areas: the indicative list, the EU guidelines or the "
            "list methodology."
        ),
    },
    {
        "category": "acronym",
        "page": "en",
        "q": "ASM data",
        "expect": ["Delve – global platform for artisanal and small-scale mining data"],
        "why": "Delve is the global data platform on artisanal and small-scale mining.",
    },
    {
        "category": "acronym",
        "page": "en",
        "q": "SOR audit",
        "expect": ["Responsible Minerals Assurance Process (RMAP) standards"],
        "why": "SOR = smelter or refiner; RMAP audits them.",
    },
    {
        "category": "acronym",
        "page": "en",
        "q": "RMAP",
        "expect": ["Responsible Minerals Assurance Process (RMAP) standards"],
        "why": "The RMAP standards.",
    },
    {
        "category": "acronym",
        "page": "en",
        "q": "CMRT",
        "expect": ["Conflict Minerals Reporting Template (CMRT)"],
        "why": "The Conflict Minerals Reporting Template.",
    },
    {
        "category": "acronym",
        "page": "fr",
        "q": "EMRT",
        "expect": ["Extended Minerals Reporting Template (EMRT)"],
        "why": "The Extended Minerals Reporting Template.",
    },
    {
        "category": "acronym",
        "page": "en",
        "q": "LBMA",
        "any_of": ["LBMA Responsible Gold Guidance (version 9)", "LBMA Good Delivery Rules"],
        "why": "The LBMA Responsible Gold Guidance or Good Delivery Rules.",
    },
    {
        "category": "acronym",
        "page": "en",
        "q": "RJC",
        "expect": ["RJC Code of Practices (2019)"],
        "why": "The Responsible Jewellery Council's code.",
    },
    {
        "category": "acronym",
        "page": "fr",
        "q": "ITSCI",
        "expect": ["ITSCI Programme (ITRI Tin Supply Chain Initiative)"],
        "why": "The ITSCI programme page.",
    },
    {
        "category": "acronym",
        "page": "en",
        "q": "ICGLR",
        "expect": ["ICGLR Regional Certification Mechanism (RCM)"],
        "why": "The ICGLR Regional Certification Mechanism.",
    },
    {
        "category": "acronym",
        "page": "en",
        "q": "OECD DDG",
        "expect": [
            (
                "OECD Due Diligence Guidance for Responsible Supply Chains of Minerals from "
                "Conflict-Affected and High-Risk Areas (Third Edition)"
            ),
        ],
        "why": "DDG = the OECD Due Diligence Guidance for minerals.",
    },
    {
        "category": "acronym",
        "page": "en",
        "q": "OECD DDG gold",
        "expect": ["Supplement on Gold (OECD Minerals Due Diligence Guidance)"],
        "why": "The gold supplement of the OECD minerals guidance.",
    },
    {
        "category": "acronym",
        "page": "en",
        "q": "CSDDD",
        "expect": ["Directive (EU) 2024/1760 on corporate sustainability due diligence (CSDDD)"],
        "why": "Directive (EU) 2024/1760.",
    },
    {
        "category": "acronym",
        "page": "fr",
        "q": "LkSG",
        "any_of": [
            "German Supply Chain Due Diligence Act (LkSG) – overview",
            "Supply Chain Act (LkSG) guidances",
        ],
        "why": "BAFA's LkSG overview or guidances.",
    },
    {
        "category": "acronym",
        "page": "en",
        "q": "EU CMR",
        "any_of": [
            (
                "Regulation (EU) 2017/821 laying down supply chain due diligence obligations for "
                "Union importers of tin, tantalum and tungsten, their ores, and gold from "
                "conflict-affected and high-risk areas"
            ),
            "Conflict Minerals Regulation – help for your business",
        ],
        "why": "CMR = Conflict Minerals Regulation: the regulation or the Commission's help page.",
    },
    {
        "category": "acronym",
        "page": "en",
        "q": "UNGP",
        "expect": ["UN Guiding Principles on Business and Human Rights"],
        "why": "The UN Guiding Principles on Business and Human Rights.",
    },
    {
        "category": "acronym",
        "page": "en",
        "q": "RBC due diligence",
        "expect": ["OECD Due Diligence Guidance for Responsible Business Conduct"],
        "why": "RBC = responsible business conduct; the OECD cross-sector due diligence guidance.",
    },
    {
        "category": "acronym",
        "page": "en",
        "q": "MNE guidelines",
        "expect": [
            (
                "OECD Guidelines for Multinational Enterprises on Responsible Business Conduct – "
                "2023 update (overview presentation)"
            ),
        ],
        "why": "The OECD Guidelines for Multinational Enterprises.",
    },
    {
        "category": "acronym",
        "page": "en",
        "q": "LME",
        "expect": ["LME Responsible Sourcing requirements"],
        "why": "The London Metal Exchange's sourcing requirements.",
    },
    {
        "category": "synonym",
        "page": "en",
        "q": "child labor in cobalt mines",
        "any_of": [
            (
                "This is what we die for: human rights abuses in the DRC power the global trade in "
                "cobalt"
            ),
            (
                "Pact projects in the Democratic Republic of Congo (artisanal mining formalisation "
                "and child labour in cobalt)"
            ),
        ],
        "why": "US spelling; Amnesty's cobalt report and Pact's DRC cobalt child labour work.",
    },
    {
        "category": "synonym",
        "page": "en",
        "q": "kids working in mica mines",
        "any_of": [
            "Child labour in Madagascar's mica sector",
            "Responsible Mica Initiative programmes",
            (
                "Investing in social protection to reduce child labour and improve child "
                "well-being in the mica villages in the South of Madagascar"
            ),
        ],
        "why": "Kids = children / child labour; the mica child labour resources.",
    },
    {
        "category": "synonym",
        "page": "en",
        "q": "chain of custody for Rwandan tin",
        "any_of": [
            "ITSCI Programme (ITRI Tin Supply Chain Initiative)",
            (
                "Mineral certification at BGR: Certified Trading Chains and ASM formalisation in "
                "the Great Lakes region"
            ),
        ],
        "why": (
            "Chain of custody = traceability: ITSCI bagging and tagging or BGR Certified Trading "
            "Chains piloted in Rwanda."
        ),
    },
    {
        "category": "synonym",
        "page": "en",
        "q": "European law on blood minerals",
        "any_of": [
            (
                "Regulation (EU) 2017/821 laying down supply chain due diligence obligations for "
                "Union importers of tin, tantalum and tungsten, their ores, and gold from "
                "conflict-affected and high-risk areas"
            ),
            "Conflict Minerals Regulation – help for your business",
        ],
        "why": "Blood minerals = conflict minerals; law = regulation.",
    },
    {
        "category": "synonym",
        "page": "en",
        "q": "American disclosure rule for conflict minerals at listed companies",
        "expect": ["SEC Final Rule on Conflict Minerals (Dodd-Frank Act Section 1502)"],
        "why": "The SEC Dodd-Frank 1502 rule.",
    },
    {
        "category": "synonym",
        "page": "en",
        "q": "wolfram smelters",
        "expect": ["Tungsten Industry – Conflict Minerals Council (TI-CMC)"],
        "why": "Wolfram = tungsten; TI-CMC is the tungsten smelters' council.",
    },
    {
        "category": "synonym",
        "page": "en",
        "q": "lab test to prove where coltan comes from",
        "expect": [
            (
                "Mineral certification at BGR: Certified Trading Chains and ASM formalisation in "
                "the Great Lakes region"
            ),
        ],
        "why": "BGR's analytical fingerprinting of coltan (tantalum ore).",
    },
    {
        "category": "synonym",
        "page": "en",
        "q": "women in mining",
        "expect": ["Gender and mining guide – actors, issues and initiatives"],
        "why": "Women = gender; the gender and mining guide.",
    },
    {
        "category": "synonym",
        "page": "en",
        "q": "consulting local communities near a mine",
        "expect": [
            (
                "OECD Due Diligence Guidance for Meaningful Stakeholder Engagement in the "
                "Extractive Sector"
            ),
        ],
        "why": "OECD guidance on meaningful stakeholder engagement in extractives.",
    },
    {
        "category": "synonym",
        "page": "en",
        "q": "ecological harm from mines: how to cover it in supply chain due diligence",
        "expect": ["OECD Handbook on Environmental Due Diligence in Mineral Supply Chains"],
        "why": "The OECD environmental due diligence handbook.",
    },
    {
        "category": "synonym",
        "page": "en",
        "q": "militias profiting from mines in Congo",
        "any_of": [
            "IPIS story map: conflict financing and artisanal mining in eastern DRC",
            "IPIS interactive map of artisanal mining in eastern DRC",
        ],
        "why": (
            "Militias = armed groups; IPIS story map on conflict financing or the IPIS mine map."
        ),
    },
    {
        "category": "synonym",
        "page": "en",
        "q": "supplier questionnaire listing smelters for tin tantalum tungsten gold",
        "expect": ["Conflict Minerals Reporting Template (CMRT)"],
        "why": "Questionnaire = reporting template: the CMRT.",
    },
    {
        "category": "synonym",
        "page": "en",
        "q": "template for our minerals sourcing policy",
        "any_of": [
            (
                "OECD Due Diligence Guidance for Responsible Supply Chains of Minerals from "
                "Conflict-Affected and High-Risk Areas (Third Edition)"
            ),
            "CIBJO Responsible Sourcing Toolkit",
        ],
        "why": (
            "The OECD guidance contains the Annex II model supply chain policy; CIBJO has "
            "templates."
        ),
    },
    {
        "category": "synonym",
        "page": "en",
        "q": "grievance mechanism for mine communities",
        "any_of": [
            "Kufatilia incident reporting – monitoring gold in eastern DRC",
            "Ground-based incident reporting in eastern DRC – progress report 3",
            (
                "Pact projects in the Democratic Republic of Congo (artisanal mining formalisation "
                "and child labour in cobalt)"
            ),
        ],
        "why": "Grievance = incident/complaint reporting at mine sites.",
    },
    {
        "category": "synonym",
        "page": "en",
        "q": "help for small businesses with mineral due diligence",
        "any_of": [
            "Due Diligence Ready! – Due diligence explained",
            "Due Diligence Ready! – Due diligence toolbox",
            "MineralTrail: guided due diligence self-check",
            "Sustainable supply of raw materials from global markets – SME due diligence support",
        ],
        "why": (
            "Small businesses = SMEs: Due Diligence Ready!, MineralTrail, the Commission SME page."
        ),
    },
    {
        "category": "synonym",
        "page": "en",
        "q": "which cobalt and lithium miners have been accused of abuses",
        "expect": ["Transition Minerals Tracker"],
        "why": "The Transition Minerals Tracker logs allegations against producers.",
    },
    {
        "category": "synonym",
        "page": "en",
        "q": "fair trade certified gold from small mines",
        "any_of": [
            "Fairtrade Standard for Gold and Associated Precious Metals",
            "Fairmined Standard for Gold from Artisanal and Small-scale Mining",
        ],
        "why": "Fairtrade and Fairmined gold certification for artisanal mines.",
    },
    {
        "category": "synonym",
        "page": "fr",
        "q": "certification for copper mines",
        "any_of": [
            "The Copper Mark standards",
            "Joint Due Diligence Standard for Copper, Lead, Nickel and Zinc",
        ],
        "why": "The Copper Mark and the joint copper/nickel/lead/zinc standard.",
    },
    {
        "category": "french",
        "page": "fr",
        "q": "règlement européen sur les minerais de conflit",
        "any_of": [
            (
                "Regulation (EU) 2017/821 laying down supply chain due diligence obligations for "
                "Union importers of tin, tantalum and tungsten, their ores, and gold from "
                "conflict-affected and high-risk areas"
            ),
            (
                "Commerce des minerais et métaux provenant de zones de conflit – SPF Economie "
                "(autorité compétente belge)"
            ),
            "Conflict Minerals Regulation – help for your business",
        ],
        "why": (
            "The EU Conflict Minerals Regulation, the Belgian authority's French page or the "
            "Commission help page."
        ),
    },
    {
        "category": "french",
        "page": "fr",
        "q": "guide de l'OCDE sur le devoir de diligence pour les minerais",
        "expect": [
            (
                "OECD Due Diligence Guidance for Responsible Supply Chains of Minerals from "
                "Conflict-Affected and High-Risk Areas (Third Edition)"
            ),
        ],
        "why": "The OECD minerals guidance, available in French.",
    },
    {
        "category": "french",
        "page": "fr",
        "q": "directive européenne sur le devoir de vigilance",
        "expect": ["Directive (EU) 2024/1760 on corporate sustainability due diligence (CSDDD)"],
        "why": "Devoir de vigilance = the CSDDD.",
    },
    {
        "category": "french",
        "page": "fr",
        "q": "traçabilité de l'étain dans les Grands Lacs",
        "expect": ["ITSCI Programme (ITRI Tin Supply Chain Initiative)"],
        "why": "ITSCI is the tin traceability programme of the Great Lakes.",
    },
    {
        "category": "french",
        "page": "fr",
        "q": "audit des fondeurs d'étain",
        "expect": ["Responsible Minerals Assurance Process (RMAP) standards"],
        "why": "Fondeur = smelter; RMAP audits smelters.",
    },
    {
        "category": "french",
        "page": "fr",
        "q": "liste des affineurs d'or accrédités",
        "any_of": ["LBMA Good Delivery Rules", "LBMA Responsible Gold Guidance (version 9)"],
        "why": "Affineur = refiner; the LBMA Good Delivery list.",
    },
    {
        "category": "french",
        "page": "fr",
        "q": "acheter de l'or issu de l'orpaillage",
        "any_of": [
            (
                "Support to artisanal and small-scale miners (OECD ASM hub and FAQ on sourcing "
                "gold from ASM)"
            ),
            "Supplement on Gold (OECD Minerals Due Diligence Guidance)",
            "Due diligence resources for suppliers and buyers (planetGOLD)",
        ],
        "why": (
            "Orpaillage = artisanal gold mining: OECD FAQ on sourcing ASM gold (in French), the "
            "Gold Supplement, planetGOLD buyer resources."
        ),
    },
    {
        "category": "french",
        "page": "fr",
        "q": "comment les creuseurs peuvent-ils accéder au marché formel",
        "expect": ["CRAFT – Code of Risk-mitigation for ASM engaging in Formal Trade"],
        "why": "Creuseurs = artisanal miners; CRAFT is the code for ASM entering formal trade.",
    },
    {
        "category": "french",
        "page": "fr",
        "q": "liste des zones de conflit ou à haut risque",
        "any_of": [
            (
                "Indicative, non-exhaustive list of conflict-affected and high-risk areas (CAHRAs) "
                "– RAND Europe project for the European Commission"
            ),
            (
                "Commission Recommendation (EU) 2018/1149 on non-binding guidelines for the "
                "identification of conflict-affected and high-risk areas"
            ),
        ],
        "why": "The indicative CAHRA list or the EU CAHRA guidelines.",
    },
    {
        "category": "french",
        "page": "en",
        "q": "exigences pour les importateurs d'étain en Europe",
        "any_of": [
            (
                "Regulation (EU) 2017/821 laying down supply chain due diligence obligations for "
                "Union importers of tin, tantalum and tungsten, their ores, and gold from "
                "conflict-affected and high-risk areas"
            ),
            (
                "Commerce des minerais et métaux provenant de zones de conflit – SPF Economie "
                "(autorité compétente belge)"
            ),
            "Conflict Minerals Regulation – help for your business",
        ],
        "why": "EU importer obligations for tin.",
    },
    {
        "category": "french",
        "page": "fr",
        "q": "comment cartographier ma chaîne d'approvisionnement",
        "any_of": [
            "Due Diligence Ready! – Due diligence toolbox",
            "Conflict Minerals Reporting Template (CMRT)",
        ],
        "why": "Mapping suppliers: the DD Ready toolbox or the CMRT.",
    },
    {
        "category": "french",
        "page": "fr",
        "q": "travail des enfants dans les mines de cobalt",
        "any_of": [
            (
                "This is what we die for: human rights abuses in the DRC power the global trade in "
                "cobalt"
            ),
            (
                "Pact projects in the Democratic Republic of Congo (artisanal mining formalisation "
                "and child labour in cobalt)"
            ),
        ],
        "why": "Child labour in cobalt.",
    },
    {
        "category": "french",
        "page": "fr",
        "q": "certification régionale CIRGL",
        "expect": ["ICGLR Regional Certification Mechanism (RCM)"],
        "why": "CIRGL is the French acronym of the ICGLR.",
    },
    {
        "category": "french",
        "page": "fr",
        "q": "qui contrôle les importateurs de minerais en Belgique",
        "expect": [
            (
                "Commerce des minerais et métaux provenant de zones de conflit – SPF Economie "
                "(autorité compétente belge)"
            ),
        ],
        "why": "SPF Economie is Belgium's competent authority.",
    },
    {
        "category": "french",
        "page": "fr",
        "q": "loi allemande sur le devoir de vigilance",
        "any_of": [
            "German Supply Chain Due Diligence Act (LkSG) – overview",
            "Supply Chain Act (LkSG) guidances",
        ],
        "why": "The German Supply Chain Act (LkSG).",
    },
    {
        "category": "french",
        "page": "fr",
        "q": "règlement européen sur les batteries : obligations de diligence",
        "any_of": [
            (
                "Regulation (EU) 2023/1542 concerning batteries and waste batteries (battery due "
                "diligence obligations)"
            ),
            (
                "Due diligence policy obligations under the EU Batteries Regulation: a 10-point "
                "guide for economic operators"
            ),
        ],
        "why": "The EU Batteries Regulation or the guide to its due diligence.",
    },
    {
        "category": "french",
        "page": "en",
        "q": "groupes armés dans les mines de l'est de la RDC",
        "any_of": [
            "IPIS interactive map of artisanal mining in eastern DRC",
            "IPIS story map: conflict financing and artisanal mining in eastern DRC",
        ],
        "why": "RDC = DRC; IPIS data on armed presence at eastern DRC mines.",
    },
    {
        "category": "french",
        "page": "fr",
        "q": "enfants dans les mines de mica à Madagascar",
        "any_of": [
            "Child labour in Madagascar's mica sector",
            (
                "Investing in social protection to reduce child labour and improve child "
                "well-being in the mica villages in the South of Madagascar"
            ),
        ],
        "why": "The two Madagascar mica child labour papers.",
    },
    {
        "category": "french",
        "page": "fr",
        "q": "guide OCDE simplifié en lingala",
        "expect": [
            (
                "OECD resources on responsible mineral supply chains (simplified guide, FAQs and "
                "country reports)"
            ),
        ],
        "why": "The OECD resources page has the simplified guide in French, Lingala and Swahili.",
    },
    {
        "category": "french",
        "page": "fr",
        "q": "difficultés de l'approvisionnement en cobalt et cuivre de la RDC",
        "expect": [
            (
                "Interconnected supply chains: due diligence challenges and opportunities in "
                "sourcing cobalt and copper from the DRC"
            ),
        ],
        "why": "The OECD interconnected supply chains study (available in French).",
    },
    {
        "category": "french-no-accents",
        "page": "fr",
        "q": "tracabilite etain Rwanda",
        "expect": ["ITSCI Programme (ITRI Tin Supply Chain Initiative)"],
        "why": "ITSCI covers 3T traceability in Rwanda.",
    },
    {
        "category": "french-no-accents",
        "page": "fr",
        "q": "cartographie des fournisseurs chaine d'approvisionnement",
        "any_of": [
            "Due Diligence Ready! – Due diligence toolbox",
            "Conflict Minerals Reporting Template (CMRT)",
        ],
        "why": "Supplier mapping: DD Ready toolbox or CMRT.",
    },
    {
        "category": "french-no-accents",
        "page": "fr",
        "q": "reglement europeen minerais importateurs",
        "any_of": [
            (
                "Regulation (EU) 2017/821 laying down supply chain due diligence obligations for "
                "Union importers of tin, tantalum and tungsten, their ores, and gold from "
                "conflict-affected and high-risk areas"
            ),
            (
                "Commerce des minerais et métaux provenant de zones de conflit – SPF Economie "
                "(autorité compétente belge)"
            ),
            "Conflict Minerals Regulation – help for your business",
        ],
        "why": "EU Conflict Minerals Regulation.",
    },
    {
        "category": "french-no-accents",
        "page": "fr",
        "q": "audit fonderie etain",
        "expect": ["Responsible Minerals Assurance Process (RMAP) standards"],
        "why": "Smelter audit: RMAP.",
    },
    {
        "category": "french-no-accents",
        "page": "en",
        "q": "liste zones a haut risque",
        "any_of": [
            (
                "Indicative, non-exhaustive list of conflict-affected and high-risk areas (CAHRAs) "
                "– RAND Europe project for the European Commission"
            ),
            (
                "Commission Recommendation (EU) 2018/1149 on non-binding guidelines for the "
                "identification of conflict-affected and high-risk areas"
            ),
        ],
        "why": "CAHRA list or guidelines.",
    },
    {
        "category": "french-no-accents",
        "page": "fr",
        "q": "devoir de vigilance europeen grandes entreprises",
        "expect": ["Directive (EU) 2024/1760 on corporate sustainability due diligence (CSDDD)"],
        "why": "The CSDDD applies to large companies.",
    },
    {
        "category": "french-no-accents",
        "page": "fr",
        "q": "modele de politique d'approvisionnement responsable minerais",
        "any_of": [
            (
                "OECD Due Diligence Guidance for Responsible Supply Chains of Minerals from "
                "Conflict-Affected and High-Risk Areas (Third Edition)"
            ),
            "CIBJO Responsible Sourcing Toolkit",
        ],
        "why": "Annex II model policy of the OECD guidance, or CIBJO templates.",
    },
    {
        "category": "french-no-accents",
        "page": "fr",
        "q": "supplement OCDE sur l'or",
        "expect": ["Supplement on Gold (OECD Minerals Due Diligence Guidance)"],
        "why": "The OECD Gold Supplement.",
    },
    {
        "category": "french-no-accents",
        "page": "fr",
        "q": "reglement batteries lithium cobalt diligence",
        "any_of": [
            (
                "Regulation (EU) 2023/1542 concerning batteries and waste batteries (battery due "
                "diligence obligations)"
            ),
            (
                "Due diligence policy obligations under the EU Batteries Regulation: a 10-point "
                "guide for economic operators"
            ),
        ],
        "why": "EU Batteries Regulation due diligence.",
    },
    {
        "category": "misspelling-en",
        "page": "en",
        "q": "smeltr audit",
        "expect": ["Responsible Minerals Assurance Process (RMAP) standards"],
        "why": "smelter audit: RMAP.",
    },
    {
        "category": "misspelling-en",
        "page": "en",
        "q": "cobolt child labour",
        "any_of": [
            (
                "This is what we die for: human rights abuses in the DRC power the global trade in "
                "cobalt"
            ),
            (
                "Pact projects in the Democratic Republic of Congo (artisanal mining formalisation "
                "and child labour in cobalt)"
            ),
        ],
        "why": "cobalt child labour.",
    },
    {
        "category": "misspelling-en",
        "page": "en",
        "q": "trasability tin great lakes",
        "expect": ["ITSCI Programme (ITRI Tin Supply Chain Initiative)"],
        "why": "traceability: ITSCI.",
    },
    {
        "category": "misspelling-en",
        "page": "en",
        "q": "conflict mineral regulaton EU",
        "any_of": [
            (
                "Regulation (EU) 2017/821 laying down supply chain due diligence obligations for "
                "Union importers of tin, tantalum and tungsten, their ores, and gold from "
                "conflict-affected and high-risk areas"
            ),
            "Conflict Minerals Regulation – help for your business",
        ],
        "why": "EU Conflict Minerals Regulation.",
    },
    {
        "category": "misspelling-en",
        "page": "en",
        "q": "tungstun smelters",
        "expect": ["Tungsten Industry – Conflict Minerals Council (TI-CMC)"],
        "why": "Tungsten smelters: TI-CMC.",
    },
    {
        "category": "misspelling-en",
        "page": "en",
        "q": "dod frank conflict minerals",
        "expect": ["SEC Final Rule on Conflict Minerals (Dodd-Frank Act Section 1502)"],
        "why": "Dodd-Frank 1502 SEC rule.",
    },
    {
        "category": "misspelling-en",
        "page": "en",
        "q": "jewelery sourcing kit for small shops",
        "expect": ["CIBJO Responsible Sourcing Toolkit"],
        "why": "jewellery: CIBJO's free toolkit, suited to small jewellers.",
    },
    {
        "category": "misspelling-en",
        "page": "fr",
        "q": "lithum mining africa",
        "expect": [
            "Lithium rush in Africa: corruption and community harms at emerging lithium mines",
        ],
        "why": "Global Witness report on African lithium.",
    },
    {
        "category": "misspelling-en",
        "page": "en",
        "q": "artisinal gold mercury",
        "any_of": [
            "planetGOLD",
            "planetGOLD Criteria for Environmentally and Socially Responsible Operations",
        ],
        "why": "planetGOLD (mercury in artisanal gold).",
    },
    {
        "category": "misspelling-fr",
        "page": "fr",
        "q": "guide OCDE diligance raisonable minerais",
        "expect": [
            (
                "OECD Due Diligence Guidance for Responsible Supply Chains of Minerals from "
                "Conflict-Affected and High-Risk Areas (Third Edition)"
            ),
        ],
        "why": "diligence raisonnable: the OECD minerals guidance.",
    },
    {
        "category": "misspelling-fr",
        "page": "fr",
        "q": "minerai de conflt reglement europeen",
        "any_of": [
            (
                "Regulation (EU) 2017/821 laying down supply chain due diligence obligations for "
                "Union importers of tin, tantalum and tungsten, their ores, and gold from "
                "conflict-affected and high-risk areas"
            ),
            (
                "Commerce des minerais et métaux provenant de zones de conflit – SPF Economie "
                "(autorité compétente belge)"
            ),
        ],
        "why": "minerais de conflit: the EU regulation or the Belgian French page.",
    },
    {
        "category": "misspelling-fr",
        "page": "fr",
        "q": "orpayage mercure",
        "any_of": [
            "planetGOLD",
            "planetGOLD Criteria for Environmentally and Socially Responsible Operations",
        ],
        "why": "orpaillage: planetGOLD and its criteria (available in French).",
    },
    {
        "category": "misspelling-fr",
        "page": "fr",
        "q": "cartografie chaine d'approvisionement",
        "any_of": [
            "Due Diligence Ready! – Due diligence toolbox",
            "Conflict Minerals Reporting Template (CMRT)",
        ],
        "why": "cartographie de la chaîne d'approvisionnement.",
    },
    {
        "category": "misspelling-fr",
        "page": "fr",
        "q": "travaille des enfans cobalt",
        "any_of": [
            (
                "This is what we die for: human rights abuses in the DRC power the global trade in "
                "cobalt"
            ),
            (
                "Pact projects in the Democratic Republic of Congo (artisanal mining formalisation "
                "and child labour in cobalt)"
            ),
        ],
        "why": "travail des enfants, cobalt.",
    },
    {
        "category": "misspelling-fr",
        "page": "en",
        "q": "fondeur tunstène",
        "expect": ["Tungsten Industry – Conflict Minerals Council (TI-CMC)"],
        "why": "fondeur de tungstène: TI-CMC.",
    },
    {
        "category": "facet-words",
        "page": "en",
        "q": "step 4 audit",
        "any_of": [
            "Responsible Minerals Assurance Process (RMAP) standards",
            "LBMA Responsible Gold Guidance (version 9)",
            "OECD Due Diligence Alignment Assessment Methodology",
        ],
        "why": (
            "OECD step 4 is the third-party audit of smelters/refiners: RMAP, LBMA guidance, or "
            "the OECD alignment methodology."
        ),
    },
    {
        "category": "facet-words",
        "page": "en",
        "q": "great lakes tin",
        "any_of": [
            "ITSCI Programme (ITRI Tin Supply Chain Initiative)",
            (
                "Philips: using procurement power to improve lives in DR Congo (Conflict-Free Tin "
                "Initiative)"
            ),
        ],
        "why": "ITSCI or the Conflict-Free Tin Initiative.",
    },
    {
        "category": "facet-words",
        "page": "en",
        "q": "case study gold",
        "any_of": [
            (
                "The Just Gold Project: lessons for the future of artisanal gold in the Democratic "
                "Republic of Congo"
            ),
            "Going for gold in a new partnership: responsible gold mining in Uganda",
            "Ground-based incident reporting in eastern DRC – progress report 3",
        ],
        "why": (
            "Gold case studies: Just Gold, Fairphone Uganda, incident reporting progress report."
        ),
    },
    {
        "category": "facet-words",
        "page": "en",
        "q": "case study cobalt",
        "any_of": [
            "Cobalt for Development (C4D)",
            (
                "Partnership for responsible cobalt sourcing (Fairphone, Huayou, Signify, The "
                "Impact Facility)"
            ),
            (
                "The Mutoshi pilot project: local economic impact of a project aimed at "
                "formalizing artisanal and small-scale mining"
            ),
        ],
        "why": "Cobalt case studies: C4D, the cobalt partnership, Mutoshi.",
    },
    {
        "category": "facet-words",
        "page": "en",
        "q": "template cobalt mica",
        "expect": ["Extended Minerals Reporting Template (EMRT)"],
        "why": "The EMRT is the template for cobalt and mica.",
    },
    {
        "category": "facet-words",
        "page": "en",
        "q": "step 5 reporting tool",
        "any_of": [
            "Dutch IRBC Agreement for the Metals Sector – step 5 web tool",
            (
                "RMI public reporting resources: Step 5 report writing guidance and responsible "
                "mineral sourcing reporting toolkit"
            ),
        ],
        "why": "Dutch step 5 web tool or RMI Step 5 reporting resources.",
    },
    {
        "category": "facet-words",
        "page": "en",
        "q": "training material downstream 3TG",
        "expect": ["Conflict minerals training and education materials for retail suppliers"],
        "why": "The only training resource on 3TG for downstream companies (RILA/BSR).",
    },
    {
        "category": "facet-words",
        "page": "en",
        "q": "east africa gold certification",
        "any_of": [
            "Fairtrade Standard for Gold and Associated Precious Metals",
            "Going for gold in a new partnership: responsible gold mining in Uganda",
        ],
        "why": "Fairtrade gold (east Africa) or the Uganda gold partnership.",
    },
    {
        "category": "facet-words",
        "page": "en",
        "q": "latin america lithium case study",
        "expect": ["Responsible Lithium Partnership (Salar de Atacama, Chile)"],
        "why": "The Salar de Atacama lithium partnership.",
    },
    {
        "category": "facet-words",
        "page": "en",
        "q": "upstream tin standard",
        "expect": ["ITA Tin Code"],
        "why": "The ITA Tin Code for tin miners and smelters.",
    },
    {
        "category": "facet-words",
        "page": "fr",
        "q": "database artisanal mining",
        "any_of": [
            "Delve – global platform for artisanal and small-scale mining data",
            "IPIS interactive map of artisanal mining in eastern DRC",
            "State of the Artisanal and Small-Scale Mining Sector (2019)",
        ],
        "why": "Delve, the IPIS map or the World Bank ASM data.",
    },
    {
        "category": "facet-words",
        "page": "en",
        "q": "asia nickel report",
        "expect": ["Nickel Unearthed: the human and climate costs of Indonesia's nickel industry"],
        "why": "Nickel Unearthed on Indonesia.",
    },
    # Spanish, Portuguese, German and Dutch: written for the six-language round by someone who
    # had not seen the search's code.
    {
        "category": "spanish",
        "page": "es",
        "q": "guía OCDE debida diligencia minerales",
        "expect": [
            "OECD Due Diligence Guidance for Responsible Supply Chains of Minerals from Conflict-Affected and High-Risk Areas (Third Edition)"
        ],
        "why": "Asking for 'the OECD guide' on mineral due diligence means the core OECD Guidance.",
    },
    {
        "category": "spanish",
        "page": "es",
        "q": "certificación oro artesanal",
        "any_of": [
            "Fairmined Standard for Gold from Artisanal and Small-scale Mining",
            "Fairtrade Standard for Gold and Associated Precious Metals",
        ],
        "why": "Fairmined and Fairtrade are the third-party certifications for artisanal gold producers.",
    },
    {
        "category": "spanish",
        "page": "es",
        "q": "¿Cómo puedo exportar oro de pequeña minería a Suiza?",
        "expect": ["Better Gold Initiative"],
        "why": "The Better Gold Initiative links responsible small-scale gold from Peru, Colombia and Bolivia with Swiss buyers.",
    },
    {
        "category": "spanish",
        "page": "es",
        "q": "oro Colombia grupos armados",
        "expect": ["Due diligence in Colombia's gold supply chain"],
        "why": "The OECD Colombia gold study covers links between gold trade and armed groups.",
    },
    {
        "category": "spanish",
        "page": "es",
        "q": "¿Cómo reducir el uso de mercurio en la minería de oro artesanal?",
        "any_of": [
            "planetGOLD",
            "planetGOLD Criteria for Environmentally and Socially Responsible Operations",
            "Due diligence resources for suppliers and buyers (planetGOLD)",
        ],
        "why": "planetGOLD is the programme (and criteria) for cutting mercury in artisanal gold mining.",
    },
    {
        "category": "portuguese",
        "page": "pt",
        "q": "O que o regulamento europeu exige dos importadores de estanho e ouro?",
        "expect": [
            "Regulation (EU) 2017/821 laying down supply chain due diligence obligations for Union importers of tin, tantalum and tungsten, their ores, and gold from conflict-affected and high-risk areas"
        ],
        "why": "Regulation (EU) 2017/821 sets the due diligence duties of EU importers of 3TG.",
    },
    {
        "category": "portuguese",
        "page": "pt",
        "q": "lista de zonas de conflito e alto risco",
        "any_of": [
            "Indicative, non-exhaustive list of conflict-affected and high-risk areas (CAHRAs) – RAND Europe project for the European Commission",
            "Commission Recommendation (EU) 2018/1149 on non-binding guidelines for the identification of conflict-affected and high-risk areas",
        ],
        "why": "The indicative CAHRA list (RAND for the Commission) is the list itself; the Commission's CAHRA guidelines are its companion.",
    },
    {
        "category": "portuguese",
        "page": "pt",
        "q": "Como vender ouro de garimpo de forma responsável?",
        "any_of": [
            "CRAFT – Code of Risk-mitigation for ASM engaging in Formal Trade",
            "Support to artisanal and small-scale miners (OECD ASM hub and FAQ on sourcing gold from ASM)",
            "Fairmined Standard for Gold from Artisanal and Small-scale Mining",
        ],
        "why": "'Garimpo' is artisanal mining: CRAFT lets ASM producers enter formal trade, the OECD ASM FAQ covers buying ASM gold, Fairmined certifies it.",
    },
    {
        "category": "portuguese",
        "page": "pt",
        "q": "rastreabilidade coltan",
        "any_of": [
            "ITSCI Programme (ITRI Tin Supply Chain Initiative)",
            "Mineral certification at BGR: Certified Trading Chains and ASM formalisation in the Great Lakes region",
            "ICGLR Regional Certification Mechanism (RCM)",
        ],
        "why": "Coltan traceability means ITSCI bagging and tagging, BGR's certified trading chains and coltan fingerprinting, or ICGLR certification.",
    },
    {
        "category": "portuguese",
        "page": "pt",
        "q": "como preencher o CMRT",
        "any_of": [
            "Conflict Minerals Reporting Template (CMRT)",
            "Conflict minerals training and education materials for retail suppliers",
        ],
        "why": "A supplier asked to fill in the CMRT needs the template itself or the RILA supplier training that explains how to complete it.",
    },
    {
        "category": "german",
        "page": "de",
        "q": "Lieferkettengesetz Risikoanalyse",
        "expect": ["Supply Chain Act (LkSG) guidances"],
        "why": "BAFA's LkSG handouts (Handreichungen) cover how to do the risk analysis.",
    },
    {
        "category": "german",
        "page": "de",
        "q": "Welche Pflichten haben Importeure nach der Konfliktmineralien-Verordnung?",
        "any_of": [
            "EU: Konfliktmineralien-Verordnung (Germany Trade & Invest special)",
            "Hinweise der DEKSOR zu Konfliktmineralien",
            "EU Regulation on Conflict Minerals – CSR in Germany",
            "Regulation (EU) 2017/821 laying down supply chain due diligence obligations for Union importers of tin, tantalum and tungsten, their ores, and gold from conflict-affected and high-risk areas",
        ],
        "why": "The GTAI and DEKSOR explainers, the CSR-in-Deutschland page or the regulation itself set out importers' duties.",
    },
    {
        "category": "german",
        "page": "de",
        "q": "Lieferantenabfrage Schmelzhütten Vorlage",
        "expect": ["Conflict Minerals Reporting Template (CMRT)"],
        "why": "The standard template for surveying suppliers about their smelters is the CMRT.",
    },
    {
        "category": "german",
        "page": "de",
        "q": "Kobalt Kinderarbeit Kongo",
        "any_of": [
            "This is what we die for: human rights abuses in the DRC power the global trade in cobalt",
            "Pact projects in the Democratic Republic of Congo (artisanal mining formalisation and child labour in cobalt)",
        ],
        "why": "Amnesty's report documents child labour in Congolese cobalt; Pact's page covers projects against it.",
    },
    {
        "category": "german",
        "page": "de",
        "q": "Was verlangt die EU-Batterieverordnung bei der Sorgfaltspflicht?",
        "any_of": [
            "Regulation (EU) 2023/1542 concerning batteries and waste batteries (battery due diligence obligations)",
            "Due diligence policy obligations under the EU Batteries Regulation: a 10-point guide for economic operators",
        ],
        "why": "The Batteries Regulation itself or the 10-point guide to its due diligence duties.",
    },
    {
        "category": "dutch",
        "page": "nl",
        "q": "convenant verantwoord goud",
        "expect": ["Responsible Gold Agreement (Dutch IRBC agreement for the gold sector)"],
        "why": "The Dutch 'Convenant Verantwoord Goud' is the Responsible Gold Agreement.",
    },
    {
        "category": "dutch",
        "page": "nl",
        "q": "kinderarbeid mica",
        "any_of": [
            "Child labour in Madagascar's mica sector",
            "Investing in social protection to reduce child labour and improve child well-being in the mica villages in the South of Madagascar",
            "Responsible Mica Initiative programmes",
        ],
        "why": "The SOMO/Terre des Hommes study, UNICEF's Madagascar paper and the Responsible Mica Initiative all deal with child labour in mica.",
    },
    {
        "category": "dutch",
        "page": "nl",
        "q": "Hoe begin ik als mkb-bedrijf met due diligence?",
        "any_of": [
            "Due Diligence Ready! – Due diligence explained",
            "Due Diligence Ready! – Due diligence toolbox",
            "MineralTrail: guided due diligence self-check",
        ],
        "why": "Due Diligence Ready! and the MineralTrail self-check are the starting points built for SMEs (mkb).",
    },
    {
        "category": "dutch",
        "page": "nl",
        "q": "Hoe zie ik of een smelter geaudit is?",
        "expect": ["Responsible Minerals Assurance Process (RMAP) standards"],
        "why": "RMAP is the audit programme for 3TG smelters and refiners.",
    },
    {
        "category": "dutch",
        "page": "nl",
        "q": "mvo-risico's per land en product",
        "expect": ["CSR Risk Check"],
        "why": "MVO Nederland's CSR Risk Check (MVO Risicochecker) shows risks by product and country of origin.",
    },
    {
        "category": "spanish-question",
        "page": "es",
        "q": "¿Qué tiene que hacer un importador de estaño según el reglamento europeo?",
        "any_of": [
            "Regulation (EU) 2017/821 laying down supply chain due diligence obligations for Union importers of tin, tantalum and tungsten, their ores, and gold from conflict-affected and high-risk areas",
            "Conflict Minerals Regulation – help for your business",
        ],
        "why": "The EU Conflict Minerals Regulation sets importers' duties; the Commission's help page explains them.",
    },
    {
        "category": "spanish-question",
        "page": "es",
        "q": "¿Cómo sé si una fundición está auditada?",
        "expect": ["Responsible Minerals Assurance Process (RMAP) standards"],
        "why": "'Fundición' is a smelter: RMAP is the audit programme for 3TG smelters and refiners.",
    },
    {
        "category": "spanish-question",
        "page": "es",
        "q": "¿Qué países se consideran zonas de conflicto o de alto riesgo?",
        "any_of": [
            "Indicative, non-exhaustive list of conflict-affected and high-risk areas (CAHRAs) – RAND Europe project for the European Commission",
            "Commission Recommendation (EU) 2018/1149 on non-binding guidelines for the identification of conflict-affected and high-risk areas",
        ],
        "why": "The EU indicative CAHRA list and the Commission's CAHRA guidelines answer this.",
    },
    {
        "category": "spanish-question",
        "page": "es",
        "q": "¿Cómo se rellena la plantilla de minerales de conflicto?",
        "any_of": [
            "Conflict Minerals Reporting Template (CMRT)",
            "Conflict minerals training and education materials for retail suppliers",
        ],
        "why": "The CMRT is the conflict minerals reporting template; RILA's supplier training explains how to fill it in.",
    },
    {
        "category": "spanish-question",
        "page": "es",
        "q": "¿Qué exige la directiva europea de diligencia debida a las grandes empresas?",
        "expect": ["Directive (EU) 2024/1760 on corporate sustainability due diligence (CSDDD)"],
        "why": "The Corporate Sustainability Due Diligence Directive (CSDDD) sets large companies' duties.",
    },
    {
        "category": "spanish-question",
        "page": "es",
        "q": "¿Qué obligaciones impone el reglamento europeo de baterías?",
        "any_of": [
            "Regulation (EU) 2023/1542 concerning batteries and waste batteries (battery due diligence obligations)",
            "Due diligence policy obligations under the EU Batteries Regulation: a 10-point guide for economic operators",
        ],
        "why": "The EU Batteries Regulation or the law-firm guide to its due diligence duties.",
    },
    {
        "category": "spanish-key-word",
        "page": "es",
        "q": "¿Hay una lista de verificación para pequeñas empresas?",
        "any_of": [
            "Due Diligence Ready! – Due diligence toolbox",
            "MineralTrail: guided due diligence self-check",
        ],
        "why": "'Checklist' is the word that matters: the Due Diligence Ready! toolbox holds the checklists and self-assessment for SMEs; MineralTrail is the SMEs' guided self-check.",
    },
    {
        "category": "spanish-key-word",
        "page": "es",
        "q": "¿Dónde encuentro un cuestionario de autoevaluación para mi empresa?",
        "any_of": [
            "MineralTrail: guided due diligence self-check",
            "Due Diligence Ready! – Due diligence toolbox",
        ],
        "why": "'Autoevaluación' (self-assessment) is the word that matters: MineralTrail's self-check or the Due Diligence Ready! toolbox's self-assessment.",
    },
    {
        "category": "spanish-question",
        "page": "es",
        "q": "¿Cómo comprar oro a mineros artesanales sin excluirlos?",
        "any_of": [
            "Support to artisanal and small-scale miners (OECD ASM hub and FAQ on sourcing gold from ASM)",
            "CRAFT – Code of Risk-mitigation for ASM engaging in Formal Trade",
            "Supplement on Gold (OECD Minerals Due Diligence Guidance)",
        ],
        "why": "Buying from artisanal miners while engaging rather than excluding them: the OECD ASM hub and FAQ, the CRAFT code or the OECD gold supplement.",
    },
    {
        "category": "spanish",
        "page": "es",
        "q": "trabajo infantil cobalto Congo",
        "any_of": [
            "This is what we die for: human rights abuses in the DRC power the global trade in cobalt",
            "Pact projects in the Democratic Republic of Congo (artisanal mining formalisation and child labour in cobalt)",
        ],
        "why": "Amnesty's report documents child labour in Congolese cobalt; Pact's page covers projects against it.",
    },
    {
        "category": "spanish",
        "page": "es",
        "q": "certificación minas de cobre",
        "any_of": [
            "The Copper Mark standards",
            "Joint Due Diligence Standard for Copper, Lead, Nickel and Zinc",
        ],
        "why": "The Copper Mark and the joint standard for copper, lead, nickel and zinc certify copper producers.",
    },
    {
        "category": "spanish",
        "page": "es",
        "q": "mica Madagascar niños",
        "any_of": [
            "Child labour in Madagascar's mica sector",
            "Investing in social protection to reduce child labour and improve child well-being in the mica villages in the South of Madagascar",
        ],
        "why": "The SOMO/Terre des Hommes study and UNICEF's Madagascar paper deal with children in mica mining.",
    },
    {
        "category": "spanish",
        "page": "es",
        "q": "litio Chile agua comunidades",
        "expect": ["Responsible Lithium Partnership (Salar de Atacama, Chile)"],
        "why": "The Responsible Lithium Partnership works on water and community risks around lithium in Chile's Salar de Atacama.",
    },
    {
        "category": "spanish",
        "page": "es",
        "q": "níquel Indonesia derechos humanos",
        "expect": ["Nickel Unearthed: the human and climate costs of Indonesia's nickel industry"],
        "why": "Nickel Unearthed documents human rights and environmental harms of Indonesia's nickel industry.",
    },
    {
        "category": "spanish",
        "page": "es",
        "q": "mapa de minas artesanales en el este del Congo",
        "expect": ["IPIS interactive map of artisanal mining in eastern DRC"],
        "why": "IPIS's interactive map shows artisanal mine sites in eastern DRC.",
    },
    {
        "category": "spanish",
        "page": "es",
        "q": "principios rectores de la ONU sobre empresas y derechos humanos",
        "expect": ["UN Guiding Principles on Business and Human Rights"],
        "why": "The UN Guiding Principles on Business and Human Rights, by their Spanish name.",
    },
    {
        "category": "spanish-question",
        "page": "es",
        "q": "¿Cómo redactar el informe público de diligencia debida?",
        "any_of": [
            "RMI public reporting resources: Step 5 report writing guidance and responsible mineral sourcing reporting toolkit",
            "UN Guiding Principles Reporting Framework",
            "Dutch IRBC Agreement for the Metals Sector – step 5 web tool",
        ],
        "why": "Step 5 public reporting: RMI's report-writing guidance, the UNGP Reporting Framework or the Dutch step 5 web tool.",
    },
    {
        "category": "spanish",
        "page": "es",
        "q": "modelo de política de la cadena de suministro anexo II",
        "expect": [
            "OECD Due Diligence Guidance for Responsible Supply Chains of Minerals from Conflict-Affected and High-Risk Areas (Third Edition)"
        ],
        "why": "The model supply chain policy is Annex II of the OECD minerals guidance.",
    },
    {
        "category": "spanish-no-accents",
        "page": "es",
        "q": "guia OCDE suplemento sobre el oro",
        "expect": ["Supplement on Gold (OECD Minerals Due Diligence Guidance)"],
        "why": "The OECD's guidance for gold is its Supplement on Gold.",
    },
    {
        "category": "spanish-no-accents",
        "page": "es",
        "q": "trazabilidad estano Grandes Lagos",
        "any_of": [
            "ITSCI Programme (ITRI Tin Supply Chain Initiative)",
            "ICGLR Regional Certification Mechanism (RCM)",
            "Mineral certification at BGR: Certified Trading Chains and ASM formalisation in the Great Lakes region",
        ],
        "why": "'Estano' is estaño (tin) typed without the tilde. 3T traceability in the Great Lakes: ITSCI bagging and tagging, ICGLR certification or BGR's certified trading chains.",
    },
    {
        "category": "spanish-no-accents",
        "page": "es",
        "q": "como formalizar la mineria artesanal",
        "any_of": [
            "IGF Guidance for Governments: Managing Artisanal and Small-Scale Mining",
            "CRAFT – Code of Risk-mitigation for ASM engaging in Formal Trade",
            "Support to artisanal and small-scale miners (OECD ASM hub and FAQ on sourcing gold from ASM)",
        ],
        "why": "Formalising artisanal mining: the IGF guidance for governments, the CRAFT code or the OECD ASM hub.",
    },
    {
        "category": "spanish-no-accents",
        "page": "es",
        "q": "auditoria de refinerias de oro",
        "any_of": [
            "LBMA Responsible Gold Guidance (version 9)",
            "LBMA Good Delivery Rules",
            "Responsible Minerals Assurance Process (RMAP) standards",
        ],
        "why": "Gold refiner audits: the LBMA Responsible Gold Guidance and Good Delivery Rules, or RMAP.",
    },
    {
        "category": "spanish-typo",
        "page": "es",
        "q": "diligencia devida minerales OCDE",
        "expect": [
            "OECD Due Diligence Guidance for Responsible Supply Chains of Minerals from Conflict-Affected and High-Risk Areas (Third Edition)"
        ],
        "why": "'Devida' for debida. The OECD minerals Due Diligence Guidance is the core reference (and holds the Annex II model policy).",
    },
    {
        "category": "spanish-typo",
        "page": "es",
        "q": "trabajo infatil en minas",
        "any_of": [
            "Child labour in mining and global supply chains",
            "Practical actions for companies to identify and address the worst forms of child labour in mineral supply chains",
        ],
        "why": "'Infatil' for infantil. The ILO paper on child labour in mining and the OECD's practical actions on its worst forms.",
    },
    {
        "category": "spanish-typo",
        "page": "es",
        "q": "certificasion oro artesanal",
        "any_of": [
            "Fairmined Standard for Gold from Artisanal and Small-scale Mining",
            "Fairtrade Standard for Gold and Associated Precious Metals",
        ],
        "why": "'Certificasion' for certificación. Fairmined and Fairtrade are the certifications for artisanal gold.",
    },
    {
        "category": "spanish-typo",
        "page": "es",
        "q": "refinerías de oro acreditadas LMBA",
        "any_of": ["LBMA Good Delivery Rules", "LBMA Responsible Gold Guidance (version 9)"],
        "why": "'LMBA' for LBMA. The LBMA Good Delivery List's rules and its Responsible Gold Guidance govern gold refiners.",
    },
    {
        "category": "spanish-acronym",
        "page": "es",
        "q": "RMAP fundiciones estaño",
        "expect": ["Responsible Minerals Assurance Process (RMAP) standards"],
        "why": "RMAP is the audit programme for 3TG smelters and refiners.",
    },
    {
        "category": "spanish-acronym",
        "page": "es",
        "q": "EMRT cobalto mica",
        "expect": ["Extended Minerals Reporting Template (EMRT)"],
        "why": "The EMRT is RMI's template for cobalt, mica and the other minerals beyond 3TG.",
    },
    {
        "category": "spanish-acronym",
        "page": "es",
        "q": "OCDE minería artesanal oro preguntas frecuentes",
        "expect": [
            "Support to artisanal and small-scale miners (OECD ASM hub and FAQ on sourcing gold from ASM)"
        ],
        "why": "The OECD ASM hub holds the FAQ on sourcing gold from artisanal mining.",
    },
    {
        "category": "spanish-acronym",
        "page": "es",
        "q": "CSDDD ¿a qué empresas se aplica?",
        "expect": ["Directive (EU) 2024/1760 on corporate sustainability due diligence (CSDDD)"],
        "why": "The Corporate Sustainability Due Diligence Directive (CSDDD) sets large companies' duties.",
    },
    {
        "category": "spanish-acronym",
        "page": "es",
        "q": "CIRGL certificación regional",
        "expect": ["ICGLR Regional Certification Mechanism (RCM)"],
        "why": "CIRGL is the Spanish (and French) acronym of the ICGLR, whose Regional Certification Mechanism this is.",
    },
    {
        "category": "portuguese-question",
        "page": "pt",
        "q": "Como saber se uma fundição foi auditada?",
        "expect": ["Responsible Minerals Assurance Process (RMAP) standards"],
        "why": "'Fundição' is a smelter: RMAP is the audit programme for 3TG smelters and refiners.",
    },
    {
        "category": "portuguese-question",
        "page": "pt",
        "q": "O que a diretiva europeia de dever de diligência exige das grandes empresas?",
        "expect": ["Directive (EU) 2024/1760 on corporate sustainability due diligence (CSDDD)"],
        "why": "The Corporate Sustainability Due Diligence Directive (CSDDD) sets large companies' duties.",
    },
    {
        "category": "portuguese-question",
        "page": "pt",
        "q": "Quais são as obrigações do regulamento europeu de baterias?",
        "any_of": [
            "Regulation (EU) 2023/1542 concerning batteries and waste batteries (battery due diligence obligations)",
            "Due diligence policy obligations under the EU Batteries Regulation: a 10-point guide for economic operators",
        ],
        "why": "The EU Batteries Regulation or the law-firm guide to its due diligence duties.",
    },
    {
        "category": "portuguese-question",
        "page": "pt",
        "q": "Como mapear os fornecedores da minha cadeia de suprimentos?",
        "any_of": [
            "Conflict Minerals Reporting Template (CMRT)",
            "Due Diligence Ready! – Due diligence toolbox",
        ],
        "why": "Mapping suppliers up to the smelters: the CMRT, or the Due Diligence Ready! toolbox on collecting it.",
    },
    {
        "category": "portuguese-key-word",
        "page": "pt",
        "q": "Existe uma lista de verificação para pequenas empresas?",
        "any_of": [
            "Due Diligence Ready! – Due diligence toolbox",
            "MineralTrail: guided due diligence self-check",
        ],
        "why": "'Checklist' is the word that matters: the Due Diligence Ready! toolbox holds the checklists and self-assessment for SMEs; MineralTrail is the SMEs' guided self-check.",
    },
    {
        "category": "portuguese-key-word",
        "page": "pt",
        "q": "Onde encontro um modelo de política para a cadeia de abastecimento?",
        "expect": [
            "OECD Due Diligence Guidance for Responsible Supply Chains of Minerals from Conflict-Affected and High-Risk Areas (Third Edition)"
        ],
        "why": "'Modelo de política' (model policy) is what matters: the model supply chain policy is Annex II of the OECD minerals guidance.",
    },
    {
        "category": "portuguese-question",
        "page": "pt",
        "q": "Como comprar cobalto artesanal do Congo de forma responsável?",
        "any_of": [
            "Fair Cobalt Alliance",
            "Partnership for responsible cobalt sourcing (Fairphone, Huayou, Signify, The Impact Facility)",
            "Cobalt for Development (C4D)",
            "The Mutoshi pilot project: local economic impact of a project aimed at formalizing artisanal and small-scale mining",
            "Interconnected supply chains: due diligence challenges and opportunities in sourcing cobalt and copper from the DRC",
        ],
        "why": "Responsible artisanal cobalt from DRC: the Fair Cobalt Alliance, the Fairphone/Huayou partnership, Cobalt for Development, the Mutoshi pilot or the OECD cobalt-copper study.",
    },
    {
        "category": "portuguese-question",
        "page": "pt",
        "q": "O que diz o guia da OCDE sobre o ouro?",
        "expect": ["Supplement on Gold (OECD Minerals Due Diligence Guidance)"],
        "why": "The OECD's guidance for gold is its Supplement on Gold.",
    },
    {
        "category": "portuguese",
        "page": "pt",
        "q": "trabalho infantil na mineração",
        "any_of": [
            "Child labour in mining and global supply chains",
            "Practical actions for companies to identify and address the worst forms of child labour in mineral supply chains",
        ],
        "why": "The ILO paper on child labour in mining and the OECD's practical actions on its worst forms.",
    },
    {
        "category": "portuguese",
        "page": "pt",
        "q": "mica Madagascar crianças",
        "any_of": [
            "Child labour in Madagascar's mica sector",
            "Investing in social protection to reduce child labour and improve child well-being in the mica villages in the South of Madagascar",
        ],
        "why": "The SOMO/Terre des Hommes study and UNICEF's Madagascar paper deal with children in mica mining.",
    },
    {
        "category": "portuguese",
        "page": "pt",
        "q": "lítio Chile água",
        "expect": ["Responsible Lithium Partnership (Salar de Atacama, Chile)"],
        "why": "The Responsible Lithium Partnership works on water risks around lithium in Chile's Salar de Atacama.",
    },
    {
        "category": "portuguese",
        "page": "pt",
        "q": "níquel Indonésia impactos ambientais",
        "expect": ["Nickel Unearthed: the human and climate costs of Indonesia's nickel industry"],
        "why": "Nickel Unearthed documents the environmental and human costs of Indonesia's nickel industry.",
    },
    {
        "category": "portuguese",
        "page": "pt",
        "q": "riscos da cadeia de suprimentos de grafite",
        "expect": ["Graphite: supply chain challenges and recommendations for a critical mineral"],
        "why": "The HCSS report is the library's study of graphite supply chain risks.",
    },
    {
        "category": "portuguese",
        "page": "pt",
        "q": "ferramentas para pequenas joalherias",
        "any_of": [
            "CIBJO Responsible Sourcing Toolkit",
            "Responsible Gold Agreement (Dutch IRBC agreement for the gold sector)",
        ],
        "why": "CIBJO's toolkit is built for small jewellers; the Dutch Responsible Gold Agreement shows small jewellers doing due diligence together.",
    },
    {
        "category": "portuguese",
        "page": "pt",
        "q": "dados sobre mineração artesanal por país",
        "any_of": [
            "Delve – global platform for artisanal and small-scale mining data",
            "State of the Artisanal and Small-Scale Mining Sector (2019)",
        ],
        "why": "Delve gives country profiles and data on artisanal mining; the World Bank's State of the ASM Sector presents the figures.",
    },
    {
        "category": "portuguese-question",
        "page": "pt",
        "q": "Como escrever o relatório anual de diligência devida?",
        "any_of": [
            "RMI public reporting resources: Step 5 report writing guidance and responsible mineral sourcing reporting toolkit",
            "UN Guiding Principles Reporting Framework",
            "Dutch IRBC Agreement for the Metals Sector – step 5 web tool",
        ],
        "why": "Step 5 public reporting: RMI's report-writing guidance, the UNGP Reporting Framework or the Dutch step 5 web tool.",
    },
    {
        "category": "portuguese",
        "page": "pt",
        "q": "mecanismo regional de certificação dos Grandes Lagos",
        "expect": ["ICGLR Regional Certification Mechanism (RCM)"],
        "why": "The ICGLR Regional Certification Mechanism, by its Portuguese name.",
    },
    {
        "category": "portuguese-no-accents",
        "page": "pt",
        "q": "diligencia devida minerais guia OCDE",
        "expect": [
            "OECD Due Diligence Guidance for Responsible Supply Chains of Minerals from Conflict-Affected and High-Risk Areas (Third Edition)"
        ],
        "why": "The OECD minerals Due Diligence Guidance is the core reference (and holds the Annex II model policy).",
    },
    {
        "category": "portuguese-no-accents",
        "page": "pt",
        "q": "regulamento minerios de conflito importadores",
        "any_of": [
            "Regulation (EU) 2017/821 laying down supply chain due diligence obligations for Union importers of tin, tantalum and tungsten, their ores, and gold from conflict-affected and high-risk areas",
            "Conflict Minerals Regulation – help for your business",
        ],
        "why": "'Minerios' is minérios without the accent. The EU Conflict Minerals Regulation sets importers' duties; the Commission's help page explains them.",
    },
    {
        "category": "portuguese-no-accents",
        "page": "pt",
        "q": "mineracao de ouro artesanal mercurio",
        "any_of": [
            "planetGOLD",
            "planetGOLD Criteria for Environmentally and Socially Responsible Operations",
            "Due diligence resources for suppliers and buyers (planetGOLD)",
        ],
        "why": "planetGOLD (programme, criteria and buyers' resources) is about cutting mercury in artisanal gold.",
    },
    {
        "category": "portuguese-no-accents",
        "page": "pt",
        "q": "certificacao ouro de garimpo",
        "any_of": [
            "Fairmined Standard for Gold from Artisanal and Small-scale Mining",
            "Fairtrade Standard for Gold and Associated Precious Metals",
        ],
        "why": "'Garimpo' is artisanal mining. Fairmined and Fairtrade are the certifications for artisanal gold.",
    },
    {
        "category": "portuguese-typo",
        "page": "pt",
        "q": "rastriabilidade estanho Congo",
        "any_of": [
            "ITSCI Programme (ITRI Tin Supply Chain Initiative)",
            "ICGLR Regional Certification Mechanism (RCM)",
            "Mineral certification at BGR: Certified Trading Chains and ASM formalisation in the Great Lakes region",
        ],
        "why": "'Rastriabilidade' for rastreabilidade. 3T traceability in the Great Lakes: ITSCI bagging and tagging, ICGLR certification or BGR's certified trading chains.",
    },
    {
        "category": "portuguese-typo",
        "page": "pt",
        "q": "trabalho infatil cobalto",
        "any_of": [
            "This is what we die for: human rights abuses in the DRC power the global trade in cobalt",
            "Pact projects in the Democratic Republic of Congo (artisanal mining formalisation and child labour in cobalt)",
        ],
        "why": "'Infatil' for infantil. Amnesty's report documents child labour in Congolese cobalt; Pact's page covers projects against it.",
    },
    {
        "category": "portuguese-typo",
        "page": "pt",
        "q": "mapeamento de fornecdores",
        "any_of": [
            "Conflict Minerals Reporting Template (CMRT)",
            "Due Diligence Ready! – Due diligence toolbox",
        ],
        "why": "'Fornecdores' for fornecedores. Mapping suppliers up to the smelters: the CMRT, or the Due Diligence Ready! toolbox on collecting it.",
    },
    {
        "category": "portuguese-acronym",
        "page": "pt",
        "q": "modelo CMRT fundições",
        "expect": ["Conflict Minerals Reporting Template (CMRT)"],
        "why": "The CMRT is the template that collects smelter data.",
    },
    {
        "category": "portuguese-acronym",
        "page": "pt",
        "q": "EMRT cobalto",
        "expect": ["Extended Minerals Reporting Template (EMRT)"],
        "why": "The EMRT is RMI's template for cobalt, mica and the other minerals beyond 3TG.",
    },
    {
        "category": "portuguese-acronym",
        "page": "pt",
        "q": "LBMA refinarias de ouro",
        "any_of": ["LBMA Good Delivery Rules", "LBMA Responsible Gold Guidance (version 9)"],
        "why": "The LBMA Good Delivery List's rules and its Responsible Gold Guidance govern gold refiners.",
    },
    {
        "category": "portuguese-acronym",
        "page": "pt",
        "q": "ITSCI etiquetagem de minerais",
        "expect": ["ITSCI Programme (ITRI Tin Supply Chain Initiative)"],
        "why": "ITSCI's bagging and tagging ('etiquetagem') of 3T minerals.",
    },
    {
        "category": "portuguese-acronym",
        "page": "pt",
        "q": "CSDDD transposição",
        "expect": ["Directive (EU) 2024/1760 on corporate sustainability due diligence (CSDDD)"],
        "why": "The Corporate Sustainability Due Diligence Directive (CSDDD) sets large companies' duties.",
    },
    {
        "category": "german-compound",
        "page": "de",
        "q": "Konfliktmineralienverordnung",
        "any_of": [
            "EU: Konfliktmineralien-Verordnung (Germany Trade & Invest special)",
            "Hinweise der DEKSOR zu Konfliktmineralien",
            "EU Regulation on Conflict Minerals – CSR in Germany",
            "Regulation (EU) 2017/821 laying down supply chain due diligence obligations for Union importers of tin, tantalum and tungsten, their ores, and gold from conflict-affected and high-risk areas",
        ],
        "why": "The GTAI and DEKSOR explainers, the CSR-in-Deutschland page or the regulation itself cover the EU Conflict Minerals Regulation.",
    },
    {
        "category": "german-compound",
        "page": "de",
        "q": "Lieferkettensorgfaltspflichtengesetz",
        "any_of": [
            "Supply Chain Act (LkSG) guidances",
            "German Supply Chain Due Diligence Act (LkSG) – overview",
        ],
        "why": "The LkSG's full name. BAFA's LkSG handouts and overview are the references for the German Supply Chain Act.",
    },
    {
        "category": "german-question",
        "page": "de",
        "q": "Woran erkenne ich, ob eine Schmelzhütte auditiert ist?",
        "expect": ["Responsible Minerals Assurance Process (RMAP) standards"],
        "why": "'Schmelzhütte' is a smelter: RMAP is the audit programme for 3TG smelters and refiners.",
    },
    {
        "category": "german-compound",
        "page": "de",
        "q": "Batterieverordnung Sorgfaltspflichten",
        "any_of": [
            "Regulation (EU) 2023/1542 concerning batteries and waste batteries (battery due diligence obligations)",
            "Due diligence policy obligations under the EU Batteries Regulation: a 10-point guide for economic operators",
        ],
        "why": "The EU Batteries Regulation or the law-firm guide to its due diligence duties.",
    },
    {
        "category": "german",
        "page": "de",
        "q": "Kinderarbeit Glimmer Madagaskar",
        "any_of": [
            "Child labour in Madagascar's mica sector",
            "Investing in social protection to reduce child labour and improve child well-being in the mica villages in the South of Madagascar",
        ],
        "why": "'Glimmer' is mica. The SOMO/Terre des Hommes study and UNICEF's Madagascar paper deal with children in mica mining.",
    },
    {
        "category": "german-compound",
        "page": "de",
        "q": "Goldraffinerien Good Delivery Liste",
        "any_of": ["LBMA Good Delivery Rules", "LBMA Responsible Gold Guidance (version 9)"],
        "why": "The LBMA Good Delivery List's rules and its Responsible Gold Guidance govern gold refiners.",
    },
    {
        "category": "german-compound",
        "page": "de",
        "q": "Kleinbergbau Gold Quecksilber",
        "any_of": [
            "planetGOLD",
            "planetGOLD Criteria for Environmentally and Socially Responsible Operations",
            "Due diligence resources for suppliers and buyers (planetGOLD)",
        ],
        "why": "'Kleinbergbau' is small-scale mining, 'Quecksilber' mercury. planetGOLD (programme, criteria and buyers' resources) is about cutting mercury in artisanal gold.",
    },
    {
        "category": "german-compound",
        "page": "de",
        "q": "Lieferantenbefragung Lieferkette abbilden",
        "any_of": [
            "Conflict Minerals Reporting Template (CMRT)",
            "Due Diligence Ready! – Due diligence toolbox",
        ],
        "why": "Mapping suppliers up to the smelters: the CMRT, or the Due Diligence Ready! toolbox on collecting it.",
    },
    {
        "category": "german-compound",
        "page": "de",
        "q": "Menschenrechtsrisiken nach Land und Produkt",
        "any_of": [
            "CSR Risk Check",
            "Material Insights",
            "List of Goods Produced by Child Labor or Forced Labor",
        ],
        "why": "Country and product risk screening: CSR Risk Check, Material Insights or the US list of goods made with child or forced labour.",
    },
    {
        "category": "german-compound",
        "page": "de",
        "q": "Liste der Konflikt- und Hochrisikogebiete",
        "any_of": [
            "Indicative, non-exhaustive list of conflict-affected and high-risk areas (CAHRAs) – RAND Europe project for the European Commission",
            "Commission Recommendation (EU) 2018/1149 on non-binding guidelines for the identification of conflict-affected and high-risk areas",
        ],
        "why": "The EU indicative CAHRA list and the Commission's CAHRA guidelines answer this.",
    },
    {
        "category": "german-compound",
        "page": "de",
        "q": "EU-Lieferkettenrichtlinie",
        "expect": ["Directive (EU) 2024/1760 on corporate sustainability due diligence (CSDDD)"],
        "why": "The CSDDD is called the EU supply chain directive in German. The Corporate Sustainability Due Diligence Directive (CSDDD) sets large companies' duties.",
    },
    {
        "category": "german-compound",
        "page": "de",
        "q": "Beschwerdeverfahren Lieferkettengesetz",
        "expect": ["Supply Chain Act (LkSG) guidances"],
        "why": "BAFA's LkSG handouts cover the complaints procedure.",
    },
    {
        "category": "german-key-word",
        "page": "de",
        "q": "Gilt das Lieferkettengesetz auch für kleine Unternehmen?",
        "any_of": [
            "German Supply Chain Due Diligence Act (LkSG) – overview",
            "Supply Chain Act (LkSG) guidances",
            "Unterstützungsangebote für KMU: Menschenrechte und Arbeitsnormen",
            "KMU Kompass: sustainable supply chain management compass for SMEs",
        ],
        "why": "Small firms and the LkSG: BAFA's overview gives the thresholds, its handouts cover suppliers, and the KMU resources help SMEs affected indirectly.",
    },
    {
        "category": "german-key-word",
        "page": "de",
        "q": "Gibt es eine Checkliste für kleine Firmen?",
        "any_of": [
            "Due Diligence Ready! – Due diligence toolbox",
            "KMU Kompass: sustainable supply chain management compass for SMEs",
            "MineralTrail: guided due diligence self-check",
        ],
        "why": "'Checklist' is the word that matters: the Due Diligence Ready! toolbox holds the checklists and self-assessment for SMEs; MineralTrail is the SMEs' guided self-check. The KMU Kompass is the German-language equivalent.",
    },
    {
        "category": "german-question",
        "page": "de",
        "q": "Was muss ein Importeur von Zinnerz beachten?",
        "any_of": [
            "Regulation (EU) 2017/821 laying down supply chain due diligence obligations for Union importers of tin, tantalum and tungsten, their ores, and gold from conflict-affected and high-risk areas",
            "Hinweise der DEKSOR zu Konfliktmineralien",
            "EU: Konfliktmineralien-Verordnung (Germany Trade & Invest special)",
            "EU Regulation on Conflict Minerals – CSR in Germany",
        ],
        "why": "Importers of tin ore ('Zinnerz') fall under the EU regulation. The GTAI and DEKSOR explainers, the CSR-in-Deutschland page or the regulation itself cover the EU Conflict Minerals Regulation.",
    },
    {
        "category": "german-question",
        "page": "de",
        "q": "Wie schreibe ich den Bericht nach Schritt 5?",
        "any_of": [
            "RMI public reporting resources: Step 5 report writing guidance and responsible mineral sourcing reporting toolkit",
            "UN Guiding Principles Reporting Framework",
            "Dutch IRBC Agreement for the Metals Sector – step 5 web tool",
        ],
        "why": "Step 5 public reporting: RMI's report-writing guidance, the UNGP Reporting Framework or the Dutch step 5 web tool.",
    },
    {
        "category": "german-question",
        "page": "de",
        "q": "Wie kaufe ich Gold aus dem Kleinbergbau verantwortungsvoll ein?",
        "any_of": [
            "Support to artisanal and small-scale miners (OECD ASM hub and FAQ on sourcing gold from ASM)",
            "CRAFT – Code of Risk-mitigation for ASM engaging in Formal Trade",
            "Fairmined Standard for Gold from Artisanal and Small-scale Mining",
            "Supplement on Gold (OECD Minerals Due Diligence Guidance)",
        ],
        "why": "Buying from artisanal miners while engaging rather than excluding them: the OECD ASM hub and FAQ, the CRAFT code or the OECD gold supplement. Fairmined certifies such gold.",
    },
    {
        "category": "german-acronym",
        "page": "de",
        "q": "EMRT ausfüllen",
        "expect": ["Extended Minerals Reporting Template (EMRT)"],
        "why": "The EMRT is RMI's template for cobalt, mica and the other minerals beyond 3TG.",
    },
    {
        "category": "german-acronym",
        "page": "de",
        "q": "LkSG BAFA Handreichungen",
        "expect": ["Supply Chain Act (LkSG) guidances"],
        "why": "BAFA's handouts ('Handreichungen') on the LkSG.",
    },
    {
        "category": "german-acronym",
        "page": "de",
        "q": "OECD-Leitfaden Gold",
        "expect": ["Supplement on Gold (OECD Minerals Due Diligence Guidance)"],
        "why": "The OECD's guidance for gold is its Supplement on Gold.",
    },
    {
        "category": "german-acronym",
        "page": "de",
        "q": "CSDDD Umsetzung in Deutschland",
        "expect": ["Directive (EU) 2024/1760 on corporate sustainability due diligence (CSDDD)"],
        "why": "The Corporate Sustainability Due Diligence Directive (CSDDD) sets large companies' duties.",
    },
    {
        "category": "german-acronym",
        "page": "de",
        "q": "DEKSOR Importeure",
        "expect": ["Hinweise der DEKSOR zu Konfliktmineralien"],
        "why": "The DEKSOR notes on what Germany's competent authority expects from importers.",
    },
    {
        "category": "german-no-umlauts",
        "page": "de",
        "q": "Zinn Rueckverfolgbarkeit Grosse Seen",
        "any_of": [
            "ITSCI Programme (ITRI Tin Supply Chain Initiative)",
            "ICGLR Regional Certification Mechanism (RCM)",
            "Mineral certification at BGR: Certified Trading Chains and ASM formalisation in the Great Lakes region",
        ],
        "why": "Rückverfolgbarkeit and Große typed without umlaut and ß. 3T traceability in the Great Lakes: ITSCI bagging and tagging, ICGLR certification or BGR's certified trading chains.",
    },
    {
        "category": "german-no-umlauts",
        "page": "de",
        "q": "Schmelzhutten Liste Zinn",
        "expect": ["Responsible Minerals Assurance Process (RMAP) standards"],
        "why": "Schmelzhütten with the umlaut dropped. RMAP is the audit programme for 3TG smelters and refiners.",
    },
    {
        "category": "german-no-umlauts",
        "page": "de",
        "q": "Sorgfaltspflichten fur KMU",
        "any_of": [
            "Due Diligence Ready! – Due diligence toolbox",
            "Due Diligence Ready! – Due diligence explained",
            "MineralTrail: guided due diligence self-check",
            "KMU Kompass: sustainable supply chain management compass for SMEs",
            "Unterstützungsangebote für KMU: Menschenrechte und Arbeitsnormen",
        ],
        "why": "'fur' is für without the umlaut. Due diligence for SMEs: Due Diligence Ready!, MineralTrail or the German KMU resources.",
    },
    {
        "category": "german-typo",
        "page": "de",
        "q": "Lieferkettengestz Pflichten",
        "any_of": [
            "German Supply Chain Due Diligence Act (LkSG) – overview",
            "Supply Chain Act (LkSG) guidances",
        ],
        "why": "'Lieferkettengestz' for Lieferkettengesetz. BAFA's LkSG handouts and overview are the references for the German Supply Chain Act.",
    },
    {
        "category": "german-typo",
        "page": "de",
        "q": "Konfliktminerallien Verordnung",
        "any_of": [
            "EU: Konfliktmineralien-Verordnung (Germany Trade & Invest special)",
            "Hinweise der DEKSOR zu Konfliktmineralien",
            "EU Regulation on Conflict Minerals – CSR in Germany",
            "Regulation (EU) 2017/821 laying down supply chain due diligence obligations for Union importers of tin, tantalum and tungsten, their ores, and gold from conflict-affected and high-risk areas",
        ],
        "why": "'Konfliktminerallien' for Konfliktmineralien. The GTAI and DEKSOR explainers, the CSR-in-Deutschland page or the regulation itself cover the EU Conflict Minerals Regulation.",
    },
    {
        "category": "german-typo",
        "page": "de",
        "q": "Batterieverordung Kobalt",
        "any_of": [
            "Regulation (EU) 2023/1542 concerning batteries and waste batteries (battery due diligence obligations)",
            "Due diligence policy obligations under the EU Batteries Regulation: a 10-point guide for economic operators",
        ],
        "why": "'Batterieverordung' for Batterieverordnung. The EU Batteries Regulation or the law-firm guide to its due diligence duties.",
    },
    {
        "category": "german-typo",
        "page": "de",
        "q": "Kinderarbiet im Bergbau",
        "any_of": [
            "Child labour in mining and global supply chains",
            "Practical actions for companies to identify and address the worst forms of child labour in mineral supply chains",
        ],
        "why": "'Kinderarbiet' for Kinderarbeit. The ILO paper on child labour in mining and the OECD's practical actions on its worst forms.",
    },
    {
        "category": "dutch-compound",
        "page": "nl",
        "q": "conflictmineralenverordening",
        "any_of": [
            "Regulation (EU) 2017/821 laying down supply chain due diligence obligations for Union importers of tin, tantalum and tungsten, their ores, and gold from conflict-affected and high-risk areas",
            "Conflict Minerals Regulation – help for your business",
            "Conflict minerals FAQs (EU Conflict Minerals Regulation)",
        ],
        "why": "The EU Conflict Minerals Regulation, its help page or the FAQs on it.",
    },
    {
        "category": "dutch-compound",
        "page": "nl",
        "q": "toeleveringsketen in kaart brengen",
        "any_of": [
            "Conflict Minerals Reporting Template (CMRT)",
            "Due Diligence Ready! – Due diligence toolbox",
        ],
        "why": "Mapping suppliers up to the smelters: the CMRT, or the Due Diligence Ready! toolbox on collecting it.",
    },
    {
        "category": "dutch-compound",
        "page": "nl",
        "q": "smelterlijst tin",
        "any_of": [
            "Responsible Minerals Assurance Process (RMAP) standards",
            "Conflict Minerals Reporting Template (CMRT)",
        ],
        "why": "The list of audited smelters comes from RMAP; the CMRT carries the smelter reference list.",
    },
    {
        "category": "dutch-compound",
        "page": "nl",
        "q": "kinderarbeid kobaltmijnen Congo",
        "any_of": [
            "This is what we die for: human rights abuses in the DRC power the global trade in cobalt",
            "Pact projects in the Democratic Republic of Congo (artisanal mining formalisation and child labour in cobalt)",
        ],
        "why": "Amnesty's report documents child labour in Congolese cobalt; Pact's page covers projects against it.",
    },
    {
        "category": "dutch-compound",
        "page": "nl",
        "q": "batterijverordening gepaste zorgvuldigheid",
        "any_of": [
            "Regulation (EU) 2023/1542 concerning batteries and waste batteries (battery due diligence obligations)",
            "Due diligence policy obligations under the EU Batteries Regulation: a 10-point guide for economic operators",
        ],
        "why": "'Gepaste zorgvuldigheid' is the EU's Dutch for due diligence. The EU Batteries Regulation or the law-firm guide to its due diligence duties.",
    },
    {
        "category": "dutch-compound",
        "page": "nl",
        "q": "lijst hoogrisicogebieden",
        "any_of": [
            "Indicative, non-exhaustive list of conflict-affected and high-risk areas (CAHRAs) – RAND Europe project for the European Commission",
            "Commission Recommendation (EU) 2018/1149 on non-binding guidelines for the identification of conflict-affected and high-risk areas",
        ],
        "why": "The EU indicative CAHRA list and the Commission's CAHRA guidelines answer this.",
    },
    {
        "category": "dutch-compound",
        "page": "nl",
        "q": "metaalconvenant rapportage stap 5",
        "expect": ["Dutch IRBC Agreement for the Metals Sector – step 5 web tool"],
        "why": "The Dutch metals sector agreement's step 5 web tool is about reporting.",
    },
    {
        "category": "dutch-acronym",
        "page": "nl",
        "q": "IMVO-convenant metaalsector",
        "expect": ["Dutch IRBC Agreement for the Metals Sector – step 5 web tool"],
        "why": "The Dutch IRBC (IMVO) agreement for the metals sector.",
    },
    {
        "category": "dutch-compound",
        "page": "nl",
        "q": "goudsmeden verantwoord inkopen",
        "any_of": [
            "Responsible Gold Agreement (Dutch IRBC agreement for the gold sector)",
            "CIBJO Responsible Sourcing Toolkit",
        ],
        "why": "Goldsmiths sourcing responsibly: the Dutch Responsible Gold Agreement (which includes goldsmiths) or CIBJO's toolkit for small jewellers.",
    },
    {
        "category": "dutch",
        "page": "nl",
        "q": "kleinschalige mijnbouw goud kwik",
        "any_of": [
            "planetGOLD",
            "planetGOLD Criteria for Environmentally and Socially Responsible Operations",
            "Due diligence resources for suppliers and buyers (planetGOLD)",
        ],
        "why": "'Kwik' is mercury. planetGOLD (programme, criteria and buyers' resources) is about cutting mercury in artisanal gold.",
    },
    {
        "category": "dutch",
        "page": "nl",
        "q": "ambachtelijke mijnbouw formaliseren",
        "any_of": [
            "IGF Guidance for Governments: Managing Artisanal and Small-Scale Mining",
            "CRAFT – Code of Risk-mitigation for ASM engaging in Formal Trade",
            "Support to artisanal and small-scale miners (OECD ASM hub and FAQ on sourcing gold from ASM)",
        ],
        "why": "Formalising artisanal mining: the IGF guidance for governments, the CRAFT code or the OECD ASM hub.",
    },
    {
        "category": "dutch-compound",
        "page": "nl",
        "q": "mensenrechtenrisico's grondstoffen",
        "any_of": [
            "Material Insights",
            "CSR Risk Check",
            "Drive Sustainability Raw Materials Observatory and Raw Material Outlook",
        ],
        "why": "Raw-material human rights risk screening: Material Insights, CSR Risk Check or Drive Sustainability's Raw Materials Observatory.",
    },
    {
        "category": "dutch-question",
        "page": "nl",
        "q": "Welke verplichtingen heeft een importeur van tin en goud?",
        "any_of": [
            "Regulation (EU) 2017/821 laying down supply chain due diligence obligations for Union importers of tin, tantalum and tungsten, their ores, and gold from conflict-affected and high-risk areas",
            "Conflict Minerals Regulation – help for your business",
        ],
        "why": "The EU Conflict Minerals Regulation sets importers' duties; the Commission's help page explains them.",
    },
    {
        "category": "dutch-key-word",
        "page": "nl",
        "q": "Is er een checklist voor kleine bedrijven?",
        "any_of": [
            "Due Diligence Ready! – Due diligence toolbox",
            "MineralTrail: guided due diligence self-check",
        ],
        "why": "'Checklist' is the word that matters: the Due Diligence Ready! toolbox holds the checklists and self-assessment for SMEs; MineralTrail is the SMEs' guided self-check.",
    },
    {
        "category": "dutch-question",
        "page": "nl",
        "q": "Wat eist de Europese richtlijn over due diligence van grote ondernemingen?",
        "expect": ["Directive (EU) 2024/1760 on corporate sustainability due diligence (CSDDD)"],
        "why": "The Corporate Sustainability Due Diligence Directive (CSDDD) sets large companies' duties.",
    },
    {
        "category": "dutch-question",
        "page": "nl",
        "q": "Hoe schrijf ik een openbaar verslag over onze due diligence?",
        "any_of": [
            "RMI public reporting resources: Step 5 report writing guidance and responsible mineral sourcing reporting toolkit",
            "UN Guiding Principles Reporting Framework",
            "Dutch IRBC Agreement for the Metals Sector – step 5 web tool",
        ],
        "why": "Step 5 public reporting: RMI's report-writing guidance, the UNGP Reporting Framework or the Dutch step 5 web tool.",
    },
    {
        "category": "dutch-question",
        "page": "nl",
        "q": "Waar vind ik de OESO-richtlijnen voor mineralen?",
        "expect": [
            "OECD Due Diligence Guidance for Responsible Supply Chains of Minerals from Conflict-Affected and High-Risk Areas (Third Edition)"
        ],
        "why": "OESO is the Dutch acronym of the OECD. The OECD minerals Due Diligence Guidance is the core reference (and holds the Annex II model policy).",
    },
    {
        "category": "dutch-question",
        "page": "nl",
        "q": "Hoe koop ik goud van kleinschalige mijnwerkers zonder ze uit te sluiten?",
        "any_of": [
            "Support to artisanal and small-scale miners (OECD ASM hub and FAQ on sourcing gold from ASM)",
            "CRAFT – Code of Risk-mitigation for ASM engaging in Formal Trade",
            "Supplement on Gold (OECD Minerals Due Diligence Guidance)",
        ],
        "why": "Buying from artisanal miners while engaging rather than excluding them: the OECD ASM hub and FAQ, the CRAFT code or the OECD gold supplement.",
    },
    {
        "category": "dutch",
        "page": "nl",
        "q": "Duitse ketenwet",
        "any_of": [
            "Supply Chain Act (LkSG) guidances",
            "German Supply Chain Due Diligence Act (LkSG) – overview",
        ],
        "why": "The German Supply Chain Act, as Dutch media call it. BAFA's LkSG handouts and overview are the references for the German Supply Chain Act.",
    },
    {
        "category": "dutch-acronym",
        "page": "nl",
        "q": "OESO-richtsnoer goud",
        "expect": ["Supplement on Gold (OECD Minerals Due Diligence Guidance)"],
        "why": "The OECD's guidance for gold is its Supplement on Gold.",
    },
    {
        "category": "dutch-acronym",
        "page": "nl",
        "q": "CMRT invullen",
        "any_of": [
            "Conflict Minerals Reporting Template (CMRT)",
            "Conflict minerals training and education materials for retail suppliers",
        ],
        "why": "The CMRT is the conflict minerals reporting template; RILA's supplier training explains how to fill it in.",
    },
    {
        "category": "dutch-acronym",
        "page": "nl",
        "q": "EMRT kobalt mica",
        "expect": ["Extended Minerals Reporting Template (EMRT)"],
        "why": "The EMRT is RMI's template for cobalt, mica and the other minerals beyond 3TG.",
    },
    {
        "category": "dutch-acronym",
        "page": "nl",
        "q": "LBMA goudraffinaderijen",
        "any_of": ["LBMA Responsible Gold Guidance (version 9)", "LBMA Good Delivery Rules"],
        "why": "The LBMA Good Delivery List's rules and its Responsible Gold Guidance govern gold refiners.",
    },
    {
        "category": "dutch",
        "page": "nl",
        "q": "MVO Risico Checker",
        "expect": ["CSR Risk Check"],
        "why": "The CSR Risk Check's Dutch name.",
    },
    {
        "category": "dutch-acronym",
        "page": "nl",
        "q": "CSDDD omzetting Nederland",
        "expect": ["Directive (EU) 2024/1760 on corporate sustainability due diligence (CSDDD)"],
        "why": "The Corporate Sustainability Due Diligence Directive (CSDDD) sets large companies' duties.",
    },
    {
        "category": "dutch-typo",
        "page": "nl",
        "q": "conflictmineralen verordenning",
        "any_of": [
            "Regulation (EU) 2017/821 laying down supply chain due diligence obligations for Union importers of tin, tantalum and tungsten, their ores, and gold from conflict-affected and high-risk areas",
            "Conflict Minerals Regulation – help for your business",
            "Conflict minerals FAQs (EU Conflict Minerals Regulation)",
        ],
        "why": "'Verordenning' for verordening. The EU Conflict Minerals Regulation, its help page or the FAQs on it.",
    },
    {
        "category": "dutch-typo",
        "page": "nl",
        "q": "traceerbaarhied tin Grote Meren",
        "any_of": [
            "ITSCI Programme (ITRI Tin Supply Chain Initiative)",
            "ICGLR Regional Certification Mechanism (RCM)",
            "Mineral certification at BGR: Certified Trading Chains and ASM formalisation in the Great Lakes region",
        ],
        "why": "'Traceerbaarhied' for traceerbaarheid. 3T traceability in the Great Lakes: ITSCI bagging and tagging, ICGLR certification or BGR's certified trading chains.",
    },
    {
        "category": "dutch-typo",
        "page": "nl",
        "q": "kinderarbied in de mijnbouw",
        "any_of": [
            "Child labour in mining and global supply chains",
            "Practical actions for companies to identify and address the worst forms of child labour in mineral supply chains",
        ],
        "why": "'Kinderarbied' for kinderarbeid. The ILO paper on child labour in mining and the OECD's practical actions on its worst forms.",
    },
    {
        "category": "dutch-no-accents",
        "page": "nl",
        "q": "risicos kobalt en koper uit Congo",
        "any_of": [
            "Interconnected supply chains: due diligence challenges and opportunities in sourcing cobalt and copper from the DRC",
            "This is what we die for: human rights abuses in the DRC power the global trade in cobalt",
        ],
        "why": "risico's typed without the apostrophe. The OECD study of the Congolese cobalt-copper chain, or Amnesty's cobalt report.",
    },
    {
        "category": "dutch-no-accents",
        "page": "nl",
        "q": "geimporteerde metalen uit conflictgebieden",
        "any_of": [
            "Regulation (EU) 2017/821 laying down supply chain due diligence obligations for Union importers of tin, tantalum and tungsten, their ores, and gold from conflict-affected and high-risk areas",
            "Conflict Minerals Regulation – help for your business",
        ],
        "why": "geïmporteerde typed without the diaeresis. The EU Conflict Minerals Regulation sets importers' duties; the Commission's help page explains them.",
    },
    # Round 3: queries that the library's new French, Spanish, Portuguese, German and Dutch
    # titles and summaries answer, written before the suite was run on them.
    {
        "category": "spanish",
        "page": "es",
        "q": "guía de la OCDE sobre trabajo infantil en la minería",
        "expect": [
            "Practical actions for companies to identify and address the worst forms of child labour in mineral supply chains"
        ],
        "why": "The OECD's practical actions on the worst forms of child labour in mineral supply chains.",
    },
    {
        "category": "spanish",
        "page": "es",
        "q": "informe de Amnistía sobre el cobalto y los niños en el Congo",
        "expect": [
            "This is what we die for: human rights abuses in the DRC power the global trade in cobalt"
        ],
        "why": "Amnesty International's report on child labour in Congolese cobalt mining.",
    },
    {
        "category": "spanish",
        "page": "es",
        "q": "reglamento europeo de baterías",
        "expect": [
            "Regulation (EU) 2023/1542 concerning batteries and waste batteries (battery due diligence obligations)"
        ],
        "why": "The EU Batteries Regulation itself.",
    },
    {
        "category": "spanish",
        "page": "es",
        "q": "lista de zonas de conflicto y alto riesgo",
        "expect": [
            "Indicative, non-exhaustive list of conflict-affected and high-risk areas (CAHRAs) – RAND Europe project for the European Commission"
        ],
        "why": "The indicative CAHRA list made for the European Commission.",
    },
    {
        "category": "portuguese",
        "page": "pt",
        "q": "modelo de relatório de minerais de conflito",
        "any_of": [
            "Conflict Minerals Reporting Template (CMRT)",
            "Extended Minerals Reporting Template (EMRT)",
        ],
        "why": "The reporting template for conflict minerals is the CMRT (the EMRT for the other minerals).",
    },
    {
        "category": "portuguese",
        "page": "pt",
        "q": "diretiva europeia de diligência das empresas em sustentabilidade",
        "expect": ["Directive (EU) 2024/1760 on corporate sustainability due diligence (CSDDD)"],
        "why": "The Corporate Sustainability Due Diligence Directive.",
    },
    {
        "category": "portuguese",
        "page": "pt",
        "q": "princípios orientadores da ONU sobre empresas e direitos humanos",
        "expect": ["UN Guiding Principles on Business and Human Rights"],
        "why": "The UN Guiding Principles, by their Portuguese name.",
    },
    {
        "category": "german",
        "page": "de",
        "q": "Leitprinzipien der Vereinten Nationen zu Wirtschaft und Menschenrechten",
        "expect": ["UN Guiding Principles on Business and Human Rights"],
        "why": "The UN Guiding Principles, by their German name.",
    },
    {
        "category": "german",
        "page": "de",
        "q": "Fragebogen für Lieferanten zu Hütten und Raffinerien",
        "any_of": [
            "Conflict Minerals Reporting Template (CMRT)",
            "Extended Minerals Reporting Template (EMRT)",
        ],
        "why": "The questionnaire a buyer sends its suppliers about smelters and refiners is the CMRT (the EMRT for other minerals).",
    },
    {
        "category": "spanish",
        "page": "es",
        "q": "hoja de cálculo para preguntar a los proveedores por sus fundiciones",
        "any_of": [
            "Conflict Minerals Reporting Template (CMRT)",
            "Extended Minerals Reporting Template (EMRT)",
        ],
        "why": "The spreadsheet buyers send their suppliers to learn their smelters is the CMRT.",
    },
    {
        "category": "spanish",
        "page": "es",
        "q": "mapa interactivo de la minería artesanal en el este del Congo",
        "expect": ["IPIS interactive map of artisanal mining in eastern DRC"],
        "why": "IPIS's interactive map of artisanal mining sites in eastern DRC.",
    },
    {
        "category": "spanish",
        "page": "es",
        "q": "caso de Intel con microprocesadores libres de conflicto",
        "expect": ["Intel: conflict-free microprocessors"],
        "why": "Intel's case study on conflict-free microprocessors.",
    },
    {
        "category": "portuguese",
        "page": "pt",
        "q": "planilha para coletar dados de fundições dos fornecedores",
        "any_of": [
            "Conflict Minerals Reporting Template (CMRT)",
            "Extended Minerals Reporting Template (EMRT)",
        ],
        "why": "The spreadsheet for collecting smelter data from suppliers is the CMRT.",
    },
    {
        "category": "portuguese",
        "page": "pt",
        "q": "diretrizes da OCDE para empresas multinacionais",
        "expect": [
            "OECD Guidelines for Multinational Enterprises on Responsible Business Conduct – 2023 update (overview presentation)"
        ],
        "why": "The OECD Guidelines for Multinational Enterprises.",
    },
    {
        "category": "french",
        "page": "fr",
        "q": "étude de cas d’Intel sur les microprocesseurs",
        "expect": ["Intel: conflict-free microprocessors"],
        "why": "Intel's case study on conflict-free microprocessors.",
    },
    {
        "category": "french",
        "page": "fr",
        "q": "témoignages sur les abus dans les mines de cobalt",
        "expect": [
            "This is what we die for: human rights abuses in the DRC power the global trade in cobalt"
        ],
        "why": "Amnesty International's investigation of abuses in Congolese cobalt mining.",
    },
    {
        "category": "dutch",
        "page": "nl",
        "q": "vragenlijst voor leveranciers over smelterijen",
        "any_of": [
            "Conflict Minerals Reporting Template (CMRT)",
            "Extended Minerals Reporting Template (EMRT)",
        ],
        "why": "The questionnaire for suppliers about smelters is the CMRT.",
    },
    {
        "category": "dutch",
        "page": "nl",
        "q": "richtsnoeren van de VN over bedrijven en mensenrechten",
        "expect": ["UN Guiding Principles on Business and Human Rights"],
        "why": "The UN Guiding Principles on Business and Human Rights.",
    },
    {
        "category": "german",
        "page": "de",
        "q": "Kinderarbeit im Bergbau: was Unternehmen tun können",
        "any_of": [
            "Practical actions for companies to identify and address the worst forms of child labour in mineral supply chains",
            "Child labour in mining and global supply chains",
        ],
        "why": "The OECD's practical actions for companies on child labour, or the ILO paper on child labour in mining.",
    },
    {
        "category": "dutch",
        "page": "nl",
        "q": "OESO-leidraad voor verantwoord ondernemen",
        "expect": ["OECD Due Diligence Guidance for Responsible Business Conduct"],
        "why": "The OECD's cross-sector due diligence guidance for responsible business conduct.",
    },
    {
        "category": "dutch",
        "page": "nl",
        "q": "Europese batterijverordening",
        "expect": [
            "Regulation (EU) 2023/1542 concerning batteries and waste batteries (battery due diligence obligations)"
        ],
        "why": "The EU Batteries Regulation.",
    },
    {
        "category": "french",
        "page": "fr",
        "q": "travail des enfants dans les mines selon l’OIT",
        "expect": ["Child labour in mining and global supply chains"],
        "why": "The ILO's paper on child labour in mining.",
    },
    {
        "category": "french",
        "page": "fr",
        "q": "carte de l’orpaillage dans l’est du Congo",
        "any_of": [
            "IPIS interactive map of artisanal mining in eastern DRC",
            "IPIS story map: conflict financing and artisanal mining in eastern DRC",
        ],
        "why": "IPIS's maps of artisanal mining in eastern DRC.",
    },
    # In everyday words only, no name or acronym: the words of the translations or nothing.
    {
        "category": "spanish",
        "page": "es",
        "q": "niños que trabajan en minas de cobalto",
        "any_of": [
            "This is what we die for: human rights abuses in the DRC power the global trade in cobalt",
            "Child labour in mining and global supply chains",
        ],
        "why": "Amnesty's report on children in cobalt mines, or the ILO paper on child labour in mining.",
    },
    {
        "category": "french",
        "page": "fr",
        "q": "enquête sur les enfants qui travaillent dans les mines de cobalt",
        "any_of": [
            "This is what we die for: human rights abuses in the DRC power the global trade in cobalt",
            "Child labour in mining and global supply chains",
        ],
        "why": "Amnesty's investigation of child labour in cobalt mines, or the ILO paper.",
    },
    {
        "category": "french",
        "page": "fr",
        "q": "carte interactive des sites miniers artisanaux",
        "expect": ["IPIS interactive map of artisanal mining in eastern DRC"],
        "why": "IPIS's interactive map of artisanal mining sites.",
    },
    {
        "category": "portuguese",
        "page": "pt",
        "q": "como preencher a planilha dos fornecedores",
        "any_of": [
            "Conflict Minerals Reporting Template (CMRT)",
            "Extended Minerals Reporting Template (EMRT)",
        ],
        "why": "The suppliers' spreadsheet buyers ask for is the CMRT.",
    },
    {
        "category": "german",
        "page": "de",
        "q": "kostenlose Vorlage, um Lieferanten nach ihren Schmelzen zu fragen",
        "any_of": [
            "Conflict Minerals Reporting Template (CMRT)",
            "Extended Minerals Reporting Template (EMRT)",
        ],
        "why": "The free template for asking suppliers about their smelters is the CMRT.",
    },
    {
        "category": "dutch",
        "page": "nl",
        "q": "gratis sjabloon om leveranciers te bevragen",
        "any_of": [
            "Conflict Minerals Reporting Template (CMRT)",
            "Extended Minerals Reporting Template (EMRT)",
        ],
        "why": "The free template for questioning suppliers is the CMRT.",
    },
]
