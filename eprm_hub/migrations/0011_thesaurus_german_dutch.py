"""Seed the thesaurus's German and Dutch terms (from the German and Dutch texts of Regulation
(EU) 2017/821 and of the OECD minerals Guidance, the LkSG, BMZ/BGR, RVO/IMVO and ILO usage)."""

from django.db import migrations

# concept key -> {"de": [...], "nl": [...]}; German nouns keep their capital. Skipped: a name or
# word the same as in English (Lithium, Burundi, water), and names of schemes and bodies that
# German and Dutch texts leave in English (RMI, LBMA, DMCC, Better Mining, SAEMAPE).
TERMS = {
    "due-diligence": {
        "de": [
            "Sorgfaltspflicht",
            "Sorgfaltspflichten",
            "Sorgfaltsprüfung",
            "Sorgfaltspflichten in der Lieferkette",
        ],
        "nl": ["gepaste zorgvuldigheid", "passende zorgvuldigheid", "zorgplicht"],
    },
    "human-rights-due-diligence": {
        "de": [
            "menschenrechtliche Sorgfaltspflicht",
            "menschenrechtliche Sorgfaltspflichten",
            "menschenrechtliche Sorgfalt",
        ],
        "nl": [
            "gepaste zorgvuldigheid op het gebied van mensenrechten",
            "mensenrechtelijke zorgvuldigheid",
        ],
    },
    "oecd-ddg": {
        "de": [
            "OECD-Leitsätze für Minerale",
            "OECD-Leitfaden für Minerale",
            "OECD-Leitsätze für die Erfüllung der Sorgfaltspflicht",
        ],
        "nl": [
            "OESO-richtsnoeren voor mineralen",
            "OESO-richtsnoeren voor passende zorgvuldigheid",
            "OESO-richtsnoeren",
        ],
    },
    "gold-supplement": {
        "de": ["OECD-Ergänzung zu Gold", "Ergänzung zu Gold", "Goldergänzung"],
        "nl": ["OESO-supplement over goud", "supplement over goud", "goudsupplement"],
    },
    "3t-supplement": {
        "de": ["Ergänzung zu Zinn, Tantal und Wolfram", "OECD-Ergänzung zu 3T", "3T-Ergänzung"],
        "nl": ["supplement over tin, tantaal en wolfraam", "OESO-supplement over 3T"],
    },
    "five-step-framework": {
        "de": [
            "Fünf-Schritte-Rahmenwerk",
            "fünfstufiger Rahmen",
            "fünf Schritte der Sorgfaltspflicht",
        ],
        "nl": ["vijfstappenkader", "vijfstappenplan", "vijf stappen van gepaste zorgvuldigheid"],
    },
    "oecd-step-1": {
        "de": ["Schritt 1", "OECD-Schritt 1", "Einrichtung starker Managementsysteme"],
        "nl": ["stap 1", "OESO-stap 1", "sterke managementsystemen opzetten"],
    },
    "oecd-step-2": {
        "de": [
            "Schritt 2",
            "OECD-Schritt 2",
            "Ermittlung und Bewertung der Risiken in der Lieferkette",
        ],
        "nl": [
            "stap 2",
            "OESO-stap 2",
            "risico's in de toeleveringsketen identificeren en beoordelen",
        ],
    },
    "oecd-step-3": {
        "de": ["Schritt 3", "OECD-Schritt 3", "Strategie zur Reaktion auf ermittelte Risiken"],
        "nl": ["stap 3", "OESO-stap 3", "strategie om op vastgestelde risico's te reageren"],
    },
    "oecd-step-4": {"de": ["Schritt 4", "OECD-Schritt 4"], "nl": ["stap 4", "OESO-stap 4"]},
    "oecd-step-5": {
        "de": [
            "Schritt 5",
            "OECD-Schritt 5",
            "jährliche Berichterstattung über die Sorgfaltspflicht",
        ],
        "nl": ["stap 5", "OESO-stap 5", "jaarlijkse rapportage over gepaste zorgvuldigheid"],
    },
    "management-system": {
        "de": ["Managementsystem", "Managementsysteme", "internes Managementsystem"],
        "nl": ["managementsysteem", "beheersysteem", "intern beheersysteem"],
    },
    "supply-chain-policy": {
        "de": ["Lieferkettenpolitik", "Beschaffungspolitik", "Beschaffungsrichtlinie"],
        "nl": ["beleid voor de toeleveringsketen", "ketenbeleid", "inkoopbeleid"],
    },
    "annex-ii-model-policy": {
        "de": ["Musterpolitik nach Anhang II", "Muster einer Lieferkettenpolitik"],
        "nl": ["modelbeleid van bijlage II", "modelbeleid voor de toeleveringsketen"],
    },
    "traceability": {
        "de": [
            "Rückverfolgbarkeit",
            "Rückverfolgbarkeitssystem",
            "Überwachungskette",
            "Produktnachweiskette",
        ],
        "nl": ["traceerbaarheid", "traceerbaarheidssysteem", "bewakingsketen"],
    },
    "supply-chain-mapping": {
        "de": ["Kartierung der Lieferkette", "Lieferkettenkartierung", "Mapping der Lieferkette"],
        "nl": ["in kaart brengen van de toeleveringsketen", "ketenanalyse", "ketenkaart"],
    },
    "risk-assessment": {
        "de": ["Risikobewertung", "Risikoanalyse", "Ermittlung und Bewertung von Risiken"],
        "nl": ["risicobeoordeling", "risicoanalyse", "risico-inventarisatie"],
    },
    "red-flags": {
        "de": ["Warnsignale", "Warnsignal", "Warnzeichen"],
        "nl": ["rode vlaggen", "rode vlag", "waarschuwingssignalen"],
    },
    "red-flag-locations": {
        "de": ["Orte mit Warnsignalen", "ortsbezogene Warnsignale"],
        "nl": ["locaties met rode vlaggen", "rodevlaglocaties"],
    },
    "on-the-ground-assessment": {
        "de": ["Vor-Ort-Bewertung", "Bewertung vor Ort", "Vor-Ort-Prüfung"],
        "nl": ["beoordeling ter plaatse", "veldbeoordeling", "beoordeling in het veld"],
    },
    "risk-management-plan": {
        "de": ["Risikomanagementplan", "Risikomanagementstrategie"],
        "nl": ["risicobeheersplan", "risicobeheerplan", "risicomanagementplan"],
    },
    "risk-mitigation": {
        "de": [
            "Risikominderung",
            "Risikoeindämmung",
            "Risikominimierung",
            "Maßnahmen zur Risikominderung",
        ],
        "nl": ["risicobeperking", "risicobeperkende maatregelen", "risicomitigatie"],
    },
    "temporary-suspension": {
        "de": [
            "vorübergehende Aussetzung",
            "vorübergehende Aussetzung des Handels",
            "Aussetzung der Geschäftsbeziehung",
        ],
        "nl": ["tijdelijke opschorting", "tijdelijke opschorting van de handel"],
    },
    "disengagement": {
        "de": [
            "Beendigung der Geschäftsbeziehung",
            "Abbruch der Geschäftsbeziehungen",
            "Rückzug vom Lieferanten",
        ],
        "nl": [
            "beëindiging van de zakelijke relatie",
            "verbreken van de handelsrelatie",
            "terugtrekking",
        ],
    },
    "third-party-audit": {
        "de": [
            "unabhängiges Audit durch Dritte",
            "Prüfung durch unabhängige Dritte",
            "Drittprüfung",
        ],
        "nl": [
            "onafhankelijke audit door derden",
            "audit door een onafhankelijke derde",
            "onafhankelijke audit",
        ],
    },
    "annual-report": {
        "de": [
            "Jahresbericht",
            "jährlicher Bericht über die Sorgfaltspflichten",
            "Sorgfaltspflichtenbericht",
        ],
        "nl": [
            "jaarverslag",
            "jaarlijks verslag over gepaste zorgvuldigheid",
            "due-diligenceverslag",
        ],
    },
    "grievance-mechanism": {
        "de": ["Beschwerdemechanismus", "Beschwerdeverfahren", "Beschwerdestelle"],
        "nl": ["klachtenmechanisme", "klachtenprocedure", "klachtenregeling"],
    },
    "whistleblowing": {
        "de": ["Hinweisgebersystem", "Hinweisgeber", "Hinweisgeberschutz"],
        "nl": ["klokkenluiden", "klokkenluider", "klokkenluidersregeling"],
    },
    "kyc": {
        "de": ["Kenne deinen Kunden", "Kundenidentifizierung", "Kundensorgfaltspflichten"],
        "nl": ["ken uw klant", "cliëntenonderzoek", "klantonderzoek"],
    },
    "beneficial-ownership": {
        "de": [
            "wirtschaftlich Berechtigter",
            "wirtschaftlich Berechtigte",
            "wirtschaftlicher Eigentümer",
        ],
        "nl": ["uiteindelijk belanghebbende", "uiteindelijk begunstigde"],
    },
    "pep": {
        "de": ["politisch exponierte Person", "politisch exponierte Personen"],
        "nl": ["politiek prominente persoon", "politiek prominente personen"],
    },
    "risk-based-approach": {
        "de": ["risikobasierter Ansatz", "risikoorientierter Ansatz"],
        "nl": ["risicogebaseerde aanpak", "risicogerichte benadering"],
    },
    "responsible-sourcing": {
        "de": [
            "verantwortungsvolle Beschaffung",
            "verantwortungsvolle Rohstoffbeschaffung",
            "verantwortungsvoller Rohstoffbezug",
        ],
        "nl": ["verantwoorde inkoop", "verantwoord inkopen", "verantwoord betrekken"],
    },
    "supply-chain": {
        "de": ["Lieferkette", "Lieferketten", "Rohstofflieferkette"],
        "nl": ["toeleveringsketen", "leveringsketen", "productieketen"],
    },
    "supply-chain-transparency": {
        "de": ["Transparenz in der Lieferkette", "Lieferkettentransparenz"],
        "nl": ["transparantie in de toeleveringsketen", "ketentransparantie"],
    },
    "supplier-code-of-conduct": {
        "de": ["Verhaltenskodex für Lieferanten", "Lieferantenkodex"],
        "nl": ["gedragscode voor leveranciers", "leveranciersgedragscode"],
    },
    "contract-clauses": {
        "de": ["Vertragsklauseln", "vertragliche Klauseln", "vertragliche Zusicherungen"],
        "nl": ["contractbepalingen", "contractuele bepalingen", "contractclausules"],
    },
    "stakeholder-engagement": {
        "de": [
            "Einbindung von Stakeholdern",
            "Stakeholder-Dialog",
            "Einbeziehung von Interessengruppen",
        ],
        "nl": ["betrekken van belanghebbenden", "stakeholderdialoog", "stakeholderbetrokkenheid"],
    },
    "remediation": {
        "de": ["Abhilfe", "Abhilfemaßnahmen", "Wiedergutmachung", "Zugang zu Abhilfe"],
        "nl": ["toegang tot herstel", "herstelmaatregelen", "herstel"],
    },
    "capacity-building": {
        "de": ["Kapazitätsaufbau", "Kapazitätsentwicklung", "Kompetenzaufbau"],
        "nl": ["capaciteitsopbouw", "capaciteitsversterking"],
    },
    "industry-scheme": {
        "de": ["Brancheninitiative", "Industrieinitiative", "Branchenprogramm"],
        "nl": ["brancheinitiatief", "sectorinitiatief", "industrie-initiatief"],
    },
    "recognised-scheme": {
        "de": [
            "anerkanntes System zur Erfüllung der Sorgfaltspflicht",
            "anerkannte Brancheninitiative",
        ],
        "nl": ["erkende regeling inzake passende zorgvuldigheid", "erkend brancheinitiatief"],
    },
    "alignment-assessment": {
        "de": [
            "OECD-Übereinstimmungsbewertung",
            "Bewertung der Übereinstimmung mit dem OECD-Leitfaden",
        ],
        "nl": [
            "OESO-afstemmingsbeoordeling",
            "beoordeling van de afstemming op de OESO-richtsnoeren",
        ],
    },
    "conflict-free": {
        "de": ["konfliktfrei", "konfliktfreie Beschaffung"],
        "nl": ["conflictvrij", "conflictvrije inkoop"],
    },
    "origin-of-minerals": {
        "de": ["Herkunft der Mineralien", "Mineralienherkunft", "Ursprungsmine"],
        "nl": ["herkomst van mineralen", "mijn van herkomst"],
    },
    "country-of-origin": {
        "de": ["Ursprungsland", "Herkunftsland"],
        "nl": ["land van herkomst", "land van oorsprong"],
    },
    "transit-country": {
        "de": ["Transitland", "Durchfuhrland"],
        "nl": ["transitland", "doorvoerland"],
    },
    "recycled-materials": {
        "de": ["recycelte Metalle", "recycelte Materialien", "Schrott", "Altmetall"],
        "nl": ["gerecycleerde metalen", "gerecyclede metalen", "schroot"],
    },
    "upstream": {
        "de": ["vorgelagert", "vorgelagerte Lieferkette", "vorgelagerte Unternehmen"],
        "nl": ["stroomopwaarts", "stroomopwaartse bedrijven", "begin van de keten"],
    },
    "midstream": {
        "de": ["mittlerer Abschnitt der Lieferkette", "Verarbeitungsstufe"],
        "nl": ["midden van de keten", "verwerkingsfase"],
    },
    "downstream": {
        "de": ["nachgelagert", "nachgelagerte Lieferkette", "nachgelagerte Unternehmen"],
        "nl": ["stroomafwaarts", "stroomafwaartse bedrijven", "einde van de keten"],
    },
    "choke-point": {
        "de": ["Engpass", "Nadelöhr", "Kontrollpunkt in der Lieferkette"],
        "nl": ["knelpunt", "flessenhals", "controlepunt in de keten"],
    },
    "smelter-or-refiner": {
        "de": [
            "Hütten und Raffinerien",
            "Verhüttungsbetrieb",
            "Schmelzhütte",
            "Raffinerie",
            "Scheideanstalt",
        ],
        "nl": ["smelterij", "raffinaderij", "smelterijen en raffinaderijen"],
    },
    "conformant-smelter": {
        "de": ["konforme Hütte", "RMAP-konforme Hütte"],
        "nl": ["conforme smelterij", "RMAP-conforme smelterij"],
    },
    "importer": {"de": ["Importeur", "Einführer"], "nl": ["importeur"]},
    "union-importer": {
        "de": ["Unionseinführer", "EU-Importeur", "Einführer in der Union"],
        "nl": ["Unie-importeur", "EU-importeur", "importeur in de Unie"],
    },
    "exporter": {
        "de": ["Exporteur", "Ausführer", "Mineralienexporteur"],
        "nl": ["exporteur", "exporteur van mineralen"],
    },
    "comptoir": {"de": ["Exporthaus", "Handelskontor"], "nl": ["exporthuis", "handelskantoor"]},
    "trader": {
        "de": ["Händler", "Rohstoffhändler", "Mineralienhändler"],
        "nl": ["handelaar", "grondstoffenhandelaar", "mineralenhandelaar"],
    },
    "processing-entity": {
        "de": ["Verarbeitungsunternehmen", "Verarbeitungsbetrieb", "Aufbereitungsbetrieb"],
        "nl": ["verwerkingsbedrijf", "verwerkende entiteit"],
    },
    "mine-site": {
        "de": ["Minenstandort", "Bergbaustandort", "Abbaustelle"],
        "nl": ["mijnsite", "mijnlocatie", "mijnbouwlocatie"],
    },
    "artisanal-miner": {
        "de": ["Kleinschürfer", "Kleinbergmann", "Kleinbergleute"],
        "nl": ["ambachtelijke mijnwerker", "kleinschalige mijnwerker"],
    },
    "artisanal-gold-miner": {
        "de": ["Goldschürfer", "Kleingoldschürfer", "Goldwäscher"],
        "nl": ["goudzoeker", "ambachtelijke goudzoeker", "goudmijnwerker"],
    },
    "mining-cooperative": {
        "de": ["Bergbaugenossenschaft", "Kleinbergbaugenossenschaft", "Minenkooperative"],
        "nl": ["mijnbouwcoöperatie", "mijnwerkerscoöperatie"],
    },
    "manufacturer": {
        "de": ["Hersteller", "Produkthersteller"],
        "nl": ["fabrikant", "productfabrikant"],
    },
    "component-manufacturer": {
        "de": ["Komponentenhersteller", "Bauteilhersteller"],
        "nl": ["componentenfabrikant", "onderdelenfabrikant"],
    },
    "oem": {
        "de": ["Erstausrüster", "Originalgerätehersteller"],
        "nl": ["oorspronkelijke fabrikant", "originele apparatuurfabrikant"],
    },
    "retailer": {
        "de": ["Einzelhändler", "Einzelhandelsunternehmen"],
        "nl": ["detailhandelaar", "detailhandel", "winkelier"],
    },
    "supplier": {
        "de": ["Lieferant", "Lieferanten", "Zulieferer"],
        "nl": ["leverancier", "toeleverancier"],
    },
    "direct-supplier": {
        "de": ["unmittelbarer Zulieferer", "direkter Lieferant", "Tier-1-Lieferant"],
        "nl": ["directe leverancier", "rechtstreekse leverancier", "tier 1-leverancier"],
    },
    "indirect-supplier": {
        "de": ["mittelbarer Zulieferer", "indirekter Lieferant", "Unterlieferant"],
        "nl": ["indirecte leverancier", "onderleverancier"],
    },
    "sme": {
        "de": ["KMU", "kleine und mittlere Unternehmen", "Mittelstand"],
        "nl": ["mkb", "midden- en kleinbedrijf", "kleine en middelgrote ondernemingen", "kmo"],
    },
    "mne": {
        "de": ["multinationales Unternehmen", "multinationaler Konzern"],
        "nl": ["multinationale onderneming", "multinationaal bedrijf"],
    },
    "civil-society": {
        "de": [
            "Zivilgesellschaft",
            "zivilgesellschaftliche Organisation",
            "zivilgesellschaftliche Organisationen",
        ],
        "nl": ["maatschappelijk middenveld", "maatschappelijke organisatie"],
    },
    "ngo": {
        "de": ["Nichtregierungsorganisation", "NRO"],
        "nl": ["niet-gouvernementele organisatie", "non-gouvernementele organisatie", "ngo"],
    },
    "affected-communities": {
        "de": ["betroffene Gemeinschaften", "lokale Gemeinschaften", "Bergbaugemeinden"],
        "nl": ["getroffen gemeenschappen", "lokale gemeenschappen", "mijnbouwgemeenschappen"],
    },
    "asm": {
        "de": ["Kleinbergbau", "artisanaler Kleinbergbau", "handwerklicher Bergbau"],
        "nl": [
            "ambachtelijke en kleinschalige mijnbouw",
            "ambachtelijke mijnbouw",
            "kleinschalige mijnbouw",
        ],
    },
    "asgm": {
        "de": ["Kleingoldbergbau", "artisanaler Goldbergbau", "handwerklicher Goldabbau"],
        "nl": [
            "ambachtelijke goudwinning",
            "kleinschalige goudwinning",
            "ambachtelijke goudmijnbouw",
        ],
    },
    "lsm": {
        "de": ["industrieller Bergbau", "Großbergbau"],
        "nl": ["grootschalige mijnbouw", "industriële mijnbouw"],
    },
    "formalisation": {
        "de": ["Formalisierung", "Formalisierung des Kleinbergbaus"],
        "nl": ["formalisering", "formalisering van ambachtelijke mijnbouw"],
    },
    "artisanal-mining-zone": {
        "de": ["Kleinbergbauzone", "Zone für artisanalen Bergbau"],
        "nl": ["zone voor ambachtelijke mijnbouw", "ambachtelijke mijnbouwzone"],
    },
    "mine-site-validation": {
        "de": [
            "Validierung von Minenstandorten",
            "Minenvalidierung",
            "Qualifizierung von Minenstandorten",
        ],
        "nl": ["validatie van mijnlocaties", "mijnvalidatie", "kwalificatie van mijnlocaties"],
    },
    "bagging-and-tagging": {
        "de": ["Versiegeln und Etikettieren", "Kennzeichnung von Mineraliensäcken"],
        "nl": ["verzegelen en labelen", "etikettering van mineralenzakken"],
    },
    "mining-code": {
        "de": ["Bergbaugesetz", "Bergbaugesetzbuch", "Bergrecht"],
        "nl": ["mijnbouwwet", "mijnwet", "mijnbouwcode"],
    },
    "mining-licence": {
        "de": ["Bergbaulizenz", "Abbaugenehmigung", "Bergbaukonzession"],
        "nl": ["mijnbouwvergunning", "winningsvergunning", "mijnbouwconcessie"],
    },
    "illegal-mining": {
        "de": ["illegaler Bergbau", "illegaler Abbau"],
        "nl": ["illegale mijnbouw", "illegale winning"],
    },
    "mineral-smuggling": {
        "de": ["Schmuggel", "Mineralienschmuggel", "Rohstoffschmuggel"],
        "nl": ["smokkel", "mineralensmokkel"],
    },
    "cahra": {
        "de": [
            "Konflikt- und Hochrisikogebiete",
            "Konflikt- und Hochrisikogebieten",
            "Hochrisikogebiete",
            "Konfliktgebiete",
        ],
        "nl": ["conflict- en hoogrisicogebieden", "hoogrisicogebieden", "conflictgebieden"],
    },
    "cahra-list": {
        "de": ["indikative Liste der Konflikt- und Hochrisikogebiete", "CAHRA-Liste"],
        "nl": ["indicatieve lijst van conflict- en hoogrisicogebieden", "CAHRA-lijst"],
    },
    "annex-ii-risks": {
        "de": ["Anhang-II-Risiken", "Risiken nach Anhang II"],
        "nl": ["risico's van bijlage II", "bijlage II-risico's"],
    },
    "serious-abuses": {
        "de": [
            "schwerwiegende Missbräuche",
            "schwerwiegende Menschenrechtsverletzungen",
            "schwere Menschenrechtsverstöße",
        ],
        "nl": ["ernstige misstanden", "ernstige mensenrechtenschendingen"],
    },
    "human-rights": {"de": ["Menschenrechte", "Menschenrecht"], "nl": ["mensenrechten"]},
    "human-rights-risks": {
        "de": ["menschenrechtliche Risiken", "Menschenrechtsrisiken", "Menschenrechtsverletzungen"],
        "nl": [
            "mensenrechtenrisico's",
            "mensenrechtenschendingen",
            "schendingen van mensenrechten",
        ],
    },
    "child-labour": {"de": ["Kinderarbeit"], "nl": ["kinderarbeid"]},
    "worst-forms-child-labour": {
        "de": ["schlimmste Formen der Kinderarbeit"],
        "nl": ["ergste vormen van kinderarbeid"],
    },
    "forced-labour": {
        "de": ["Zwangsarbeit", "Pflichtarbeit", "Zwangs- oder Pflichtarbeit"],
        "nl": ["dwangarbeid", "gedwongen arbeid", "verplichte arbeid"],
    },
    "debt-bondage": {
        "de": ["Schuldknechtschaft", "Schuldsklaverei"],
        "nl": ["schuldslavernij", "schuldhorigheid"],
    },
    "modern-slavery": {"de": ["moderne Sklaverei"], "nl": ["moderne slavernij"]},
    "human-trafficking": {"de": ["Menschenhandel"], "nl": ["mensenhandel"]},
    "torture": {
        "de": ["Folter", "grausame, unmenschliche oder erniedrigende Behandlung"],
        "nl": ["foltering", "marteling", "wrede, onmenselijke of vernederende behandeling"],
    },
    "sexual-violence": {
        "de": ["sexuelle Gewalt", "sexualisierte Gewalt"],
        "nl": ["seksueel geweld"],
    },
    "war-crimes": {
        "de": ["Kriegsverbrechen", "Verstöße gegen das humanitäre Völkerrecht"],
        "nl": [
            "oorlogsmisdaden",
            "oorlogsmisdrijven",
            "schendingen van het internationaal humanitair recht",
        ],
    },
    "crimes-against-humanity": {
        "de": ["Verbrechen gegen die Menschlichkeit"],
        "nl": ["misdaden tegen de menselijkheid", "misdrijven tegen de menselijkheid"],
    },
    "armed-conflict": {
        "de": ["bewaffneter Konflikt", "bewaffnete Konflikte"],
        "nl": ["gewapend conflict", "gewapende conflicten"],
    },
    "non-state-armed-groups": {
        "de": ["nichtstaatliche bewaffnete Gruppen", "bewaffnete Gruppen", "Milizen"],
        "nl": ["niet-statelijke gewapende groepen", "gewapende groepen", "milities"],
    },
    "support-to-armed-groups": {
        "de": [
            "Unterstützung nichtstaatlicher bewaffneter Gruppen",
            "Finanzierung bewaffneter Gruppen",
        ],
        "nl": ["steun aan niet-statelijke gewapende groepen", "financiering van gewapende groepen"],
    },
    "security-forces": {
        "de": [
            "Sicherheitskräfte",
            "öffentliche oder private Sicherheitskräfte",
            "private Sicherheitsdienste",
        ],
        "nl": [
            "veiligheidstroepen",
            "openbare of particuliere veiligheidstroepen",
            "particuliere beveiligingsdiensten",
        ],
    },
    "voluntary-principles": {
        "de": [
            "Freiwillige Grundsätze zu Sicherheit und Menschenrechten",
            "Freiwillige Grundsätze",
        ],
        "nl": ["Vrijwillige principes inzake veiligheid en mensenrechten", "Vrijwillige principes"],
    },
    "bribery-corruption": {
        "de": ["Bestechung", "Korruption", "Bestechung und Korruption"],
        "nl": ["omkoping", "corruptie", "omkoping en corruptie"],
    },
    "facilitation-payments": {
        "de": ["Beschleunigungszahlungen", "Beschleunigungszahlung"],
        "nl": ["faciliteringsbetalingen", "smeergeld"],
    },
    "fraudulent-misrepresentation": {
        "de": [
            "betrügerische Falschdarstellung der Herkunft",
            "falsche Herkunftsangabe",
            "Herkunftsfälschung",
        ],
        "nl": [
            "frauduleuze onjuiste voorstelling van de herkomst",
            "valse herkomstverklaring",
            "herkomstfraude",
        ],
    },
    "money-laundering": {"de": ["Geldwäsche"], "nl": ["witwassen", "witwassen van geld"]},
    "anti-money-laundering": {
        "de": ["Geldwäschebekämpfung", "Bekämpfung der Geldwäsche", "Geldwäscheprävention"],
        "nl": ["witwasbestrijding", "bestrijding van witwassen", "Wwft"],
    },
    "terrorist-financing": {
        "de": ["Terrorismusfinanzierung"],
        "nl": ["terrorismefinanciering", "financiering van terrorisme"],
    },
    "fatf": {"de": ["Arbeitskreis Maßnahmen zur Geldwäschebekämpfung"]},
    "taxes-fees-royalties": {
        "de": [
            "Steuern, Gebühren und Lizenzgebühren",
            "Förderabgaben",
            "Zahlungen an staatliche Stellen",
        ],
        "nl": ["belastingen, heffingen en royalty's", "betalingen aan overheden"],
    },
    "eiti": {
        "de": ["Initiative für Transparenz in der Rohstoffwirtschaft", "D-EITI"],
        "nl": ["initiatief voor transparantie in de winningsindustrie"],
    },
    "environmental-harm": {
        "de": ["Umweltschäden", "Umweltschaden", "Umweltauswirkungen", "Umweltzerstörung"],
        "nl": ["milieuschade", "milieueffecten", "milieuaantasting"],
    },
    "mercury": {"de": ["Quecksilber", "Quecksilbereinsatz"], "nl": ["kwik", "kwikgebruik"]},
    "minamata-convention": {
        "de": [
            "Minamata-Übereinkommen",
            "Minamata-Übereinkommen über Quecksilber",
            "Minamata-Konvention",
        ],
        "nl": ["Verdrag van Minamata", "Verdrag van Minamata inzake kwik"],
    },
    "tailings": {
        "de": ["Bergbaurückstände", "Aufbereitungsrückstände"],
        "nl": ["mijnafval", "mijnbouwresiduen"],
    },
    "ohs": {
        "de": ["Arbeitsschutz", "Arbeitssicherheit", "Gesundheit und Sicherheit am Arbeitsplatz"],
        "nl": [
            "gezondheid en veiligheid op het werk",
            "veiligheid en gezondheid op het werk",
            "arbeidsveiligheid",
        ],
    },
    "gender-equality": {
        "de": [
            "Geschlechtergleichstellung",
            "Gleichstellung der Geschlechter",
            "Geschlechtergerechtigkeit",
        ],
        "nl": ["gendergelijkheid", "gelijkheid van mannen en vrouwen"],
    },
    "women-in-mining": {"de": ["Frauen im Bergbau"], "nl": ["vrouwen in de mijnbouw"]},
    "indigenous-peoples": {
        "de": ["indigene Völker", "indigene Bevölkerung", "indigene Gemeinschaften"],
        "nl": ["inheemse volken", "inheemse bevolking", "inheemse gemeenschappen"],
    },
    "fpic": {
        "de": [
            "freie, vorherige und informierte Zustimmung",
            "freiwillige, vorherige und informierte Zustimmung",
        ],
        "nl": ["vrije, voorafgaande en geïnformeerde toestemming"],
    },
    "land-rights": {
        "de": ["Landrechte", "Bodenrechte", "Landnutzungsrechte"],
        "nl": ["landrechten", "rechten op land", "grondgebruiksrechten"],
    },
    "resettlement": {
        "de": ["Umsiedlung", "unfreiwillige Umsiedlung", "Zwangsumsiedlung"],
        "nl": ["hervestiging", "onvrijwillige hervestiging", "gedwongen hervestiging"],
    },
    "freedom-of-association": {
        "de": ["Vereinigungsfreiheit", "Koalitionsfreiheit"],
        "nl": ["vrijheid van vereniging", "vakbondsvrijheid"],
    },
    "esg": {
        "de": ["Umwelt, Soziales und Unternehmensführung", "ESG-Kriterien"],
        "nl": ["milieu, maatschappij en goed bestuur", "ESG-criteria"],
    },
    "hria": {
        "de": ["menschenrechtliche Folgenabschätzung", "Menschenrechtsverträglichkeitsprüfung"],
        "nl": [
            "mensenrechteneffectbeoordeling",
            "effectbeoordeling op het gebied van mensenrechten",
        ],
    },
    "esia": {
        "de": ["Umwelt- und Sozialverträglichkeitsprüfung", "Umweltverträglichkeitsprüfung", "UVP"],
        "nl": ["milieu- en sociale effectbeoordeling", "milieueffectrapportage"],
    },
    "3tg": {
        "de": ["Zinn, Tantal, Wolfram und Gold", "Konfliktmineralien", "Konfliktrohstoffe"],
        "nl": ["tin, tantaal, wolfraam en goud", "conflictmineralen"],
    },
    "3t": {"de": ["Zinn, Tantal und Wolfram"], "nl": ["tin, tantaal en wolfraam"]},
    "tin": {"de": ["Zinn"]},
    "cassiterite": {"de": ["Kassiterit", "Zinnstein", "Zinnerz"], "nl": ["cassiteriet", "tinerts"]},
    "tantalum": {"de": ["Tantal"], "nl": ["tantaal"]},
    "coltan": {"de": ["Columbit-Tantalit"], "nl": ["columbiet-tantaliet"]},
    "tungsten": {"de": ["Wolfram"], "nl": ["wolfraam"]},
    "wolframite": {"de": ["Wolframit"], "nl": ["wolframiet"]},
    "gold": {"nl": ["goud"]},
    "cobalt": {"de": ["Kobalt"], "nl": ["kobalt"]},
    "mica": {"de": ["Glimmer"]},
    "spodumene": {"de": ["Spodumen"], "nl": ["spodumeen"]},
    "lithium-brine": {
        "de": ["Lithiumsole", "lithiumhaltige Sole"],
        "nl": ["lithiumpekel", "lithiumhoudende pekel"],
    },
    "graphite": {"de": ["Graphit", "Grafit"], "nl": ["grafiet"]},
    "natural-graphite": {
        "de": ["Naturgraphit", "natürlicher Graphit"],
        "nl": ["natuurlijk grafiet"],
    },
    "synthetic-graphite": {
        "de": ["synthetischer Graphit", "künstlicher Graphit"],
        "nl": ["synthetisch grafiet", "kunstmatig grafiet"],
    },
    "copper": {"de": ["Kupfer"], "nl": ["koper"]},
    "nickel": {"nl": ["nikkel"]},
    "manganese": {"de": ["Mangan"], "nl": ["mangaan"]},
    "rare-earths": {
        "de": ["Seltene Erden", "Seltenerdmetalle", "Seltenerdelemente"],
        "nl": ["zeldzame aardmetalen", "zeldzame aarden"],
    },
    "diamonds": {"de": ["Diamanten", "Rohdiamanten"], "nl": ["diamanten", "ruwe diamanten"]},
    "ore": {"de": ["Erz", "Erze"], "nl": ["erts", "ertsen"]},
    "battery-minerals": {
        "de": ["Batterierohstoffe", "Batteriemineralien", "Batteriemetalle"],
        "nl": ["batterijgrondstoffen", "batterijmineralen", "batterijmetalen"],
    },
    "critical-raw-materials": {
        "de": ["kritische Rohstoffe", "kritische Mineralien"],
        "nl": ["kritieke grondstoffen", "kritieke mineralen"],
    },
    "transition-minerals": {
        "de": [
            "Mineralien für die Energiewende",
            "Energiewende-Rohstoffe",
            "Transitionsmineralien",
        ],
        "nl": [
            "transitiemineralen",
            "mineralen voor de energietransitie",
            "grondstoffen voor de energietransitie",
        ],
    },
    "eu-cmr": {
        "de": [
            "EU-Konfliktmineralienverordnung",
            "Konfliktmineralienverordnung",
            "Verordnung (EU) 2017/821",
        ],
        "nl": [
            "EU-verordening conflictmineralen",
            "conflictmineralenverordening",
            "verordening (EU) 2017/821",
        ],
    },
    "competent-authority": {
        "de": ["zuständige Behörde", "zuständige Behörde des Mitgliedstaats", "DEKSOR"],
        "nl": ["bevoegde autoriteit", "bevoegde autoriteit van de lidstaat"],
    },
    "ex-post-checks": {
        "de": ["nachträgliche Kontrollen", "Ex-post-Kontrollen"],
        "nl": ["controles achteraf"],
    },
    "volume-thresholds": {
        "de": ["Mengenschwellen", "Mengenschwellenwerte"],
        "nl": ["volumedrempels", "drempelwaarden"],
    },
    "cn-codes": {
        "de": ["KN-Codes", "Kombinierte Nomenklatur"],
        "nl": ["GN-codes", "gecombineerde nomenclatuur"],
    },
    "responsible-smelters-list": {
        "de": [
            "Liste verantwortungsvoller Hütten und Raffinerien",
            "Liste weltweiter verantwortungsvoller Hütten und Raffinerien",
        ],
        "nl": [
            "lijst van verantwoordelijke smelterijen en raffinaderijen",
            "lijst van verantwoorde smelterijen en raffinaderijen",
        ],
    },
    "batteries-regulation": {
        "de": ["EU-Batterieverordnung", "Batterieverordnung", "Verordnung (EU) 2023/1542"],
        "nl": ["EU-batterijverordening", "batterijenverordening", "verordening (EU) 2023/1542"],
    },
    "battery-passport": {
        "de": ["Batteriepass", "digitaler Batteriepass"],
        "nl": ["batterijpaspoort", "digitaal batterijpaspoort"],
    },
    "gba-battery-passport": {"de": ["GBA-Batteriepass"], "nl": ["GBA-batterijpaspoort"]},
    "crma": {
        "de": [
            "Verordnung zu kritischen Rohstoffen",
            "EU-Rohstoffgesetz",
            "Verordnung (EU) 2024/1252",
        ],
        "nl": ["verordening kritieke grondstoffen", "verordening (EU) 2024/1252"],
    },
    "duty-of-vigilance": {
        "de": ["Wachsamkeitspflicht", "unternehmerische Sorgfaltspflicht"],
        "nl": ["waakzaamheidsplicht", "wettelijke zorgplicht"],
    },
    "french-vigilance-law": {
        "de": ["französisches Lieferkettengesetz", "französisches Sorgfaltspflichtengesetz"],
        "nl": ["Franse wet op de waakzaamheidsplicht", "Franse zorgplichtwet"],
    },
    "vigilance-plan": {"de": ["Wachsamkeitsplan", "Sorgfaltsplan"], "nl": ["waakzaamheidsplan"]},
    "csddd": {
        "de": [
            "EU-Lieferkettengesetz",
            "EU-Lieferkettenrichtlinie",
            "Richtlinie über die Sorgfaltspflichten von Unternehmen im Hinblick auf Nachhaltigkeit",
            "Richtlinie (EU) 2024/1760",
        ],
        "nl": [
            "richtlijn passende zorgvuldigheid op het gebied van duurzaamheid",
            "Europese IMVO-richtlijn",
            "richtlijn (EU) 2024/1760",
        ],
    },
    "csrd": {
        "de": [
            "Richtlinie zur Nachhaltigkeitsberichterstattung",
            "Nachhaltigkeitsberichterstattung von Unternehmen",
            "Richtlinie (EU) 2022/2464",
        ],
        "nl": [
            "richtlijn duurzaamheidsrapportering",
            "duurzaamheidsrapportering door ondernemingen",
            "richtlijn (EU) 2022/2464",
        ],
    },
    "esrs": {
        "de": ["Europäische Standards für die Nachhaltigkeitsberichterstattung", "ESRS-Standards"],
        "nl": ["Europese standaarden voor duurzaamheidsrapportering", "ESRS-standaarden"],
    },
    "omnibus": {
        "de": ["Omnibus-Paket", "Omnibus-Vereinfachungspaket"],
        "nl": ["omnibuspakket", "vereenvoudigingspakket"],
    },
    "lksg": {
        "de": [
            "Lieferkettengesetz",
            "Lieferkettensorgfaltspflichtengesetz",
            "Sorgfaltspflichtengesetz",
            "deutsches Lieferkettengesetz",
            "Gesetz über die unternehmerischen Sorgfaltspflichten in Lieferketten",
        ],
        "nl": ["Duitse ketenwet", "Duitse wet op de zorgplicht in de toeleveringsketen"],
    },
    "dutch-child-labour-act": {
        "de": [
            "niederländisches Gesetz zur Sorgfaltspflicht bei Kinderarbeit",
            "niederländisches Kinderarbeitsgesetz",
        ],
        "nl": ["Wet zorgplicht kinderarbeid", "Wzk", "zorgplicht kinderarbeid"],
    },
    "uk-modern-slavery-act": {
        "de": ["britisches Gesetz gegen moderne Sklaverei"],
        "nl": ["Britse wet tegen moderne slavernij"],
    },
    "eu-forced-labour-regulation": {
        "de": [
            "EU-Zwangsarbeitsverordnung",
            "Verordnung über das Verbot von Produkten aus Zwangsarbeit",
            "Verordnung (EU) 2024/3015",
        ],
        "nl": [
            "EU-verordening dwangarbeid",
            "verbod op producten vervaardigd met dwangarbeid",
            "verordening (EU) 2024/3015",
        ],
    },
    "uflpa": {
        "de": ["US-Gesetz gegen uigurische Zwangsarbeit"],
        "nl": ["Amerikaanse wet ter voorkoming van Oeigoerse dwangarbeid"],
    },
    "dodd-frank-1502": {
        "de": ["Abschnitt 1502 des Dodd-Frank-Gesetzes", "Dodd-Frank-Gesetz"],
        "nl": ["sectie 1502 van de Dodd-Frank Act", "artikel 1502 Dodd-Frank"],
    },
    "sec-conflict-minerals-rule": {
        "de": ["SEC-Konfliktmineralienregel", "Konfliktmineralien-Vorschrift der SEC"],
        "nl": ["SEC-regel inzake conflictmineralen", "conflictmineralenregel van de SEC"],
    },
    "sec": {
        "de": ["US-Börsenaufsicht", "US-Börsenaufsichtsbehörde"],
        "nl": ["Amerikaanse beurstoezichthouder", "Amerikaanse effectentoezichthouder"],
    },
    "form-sd": {"de": ["Formular SD"], "nl": ["formulier SD"]},
    "conflict-minerals-report": {
        "de": ["Konfliktmineralienbericht", "Bericht über Konfliktmineralien"],
        "nl": ["conflictmineralenrapport", "verslag over conflictmineralen"],
    },
    "rcoi": {
        "de": ["angemessene Prüfung des Ursprungslandes", "Herkunftslandanfrage"],
        "nl": ["redelijk onderzoek naar het land van herkomst"],
    },
    "covered-countries": {
        "de": ["DR Kongo und Nachbarstaaten", "Nachbarländer der DR Kongo"],
        "nl": ["DRC en aangrenzende landen", "buurlanden van de DRC"],
    },
    "kimberley-process": {
        "de": ["Kimberley-Prozess", "Zertifizierungssystem des Kimberley-Prozesses"],
        "nl": ["Kimberleyproces", "certificeringsregeling van het Kimberleyproces"],
    },
    "ungps": {
        "de": [
            "UN-Leitprinzipien für Wirtschaft und Menschenrechte",
            "UN-Leitprinzipien",
            "VN-Leitprinzipien",
        ],
        "nl": [
            "VN-richtlijnen voor bedrijfsleven en mensenrechten",
            "VN-leidende principes",
            "VN-richtlijnen",
        ],
    },
    "oecd-mne-guidelines": {
        "de": ["OECD-Leitsätze für multinationale Unternehmen", "OECD-Leitsätze"],
        "nl": ["OESO-richtlijnen voor multinationale ondernemingen", "OESO-richtlijnen"],
    },
    "ncp": {
        "de": ["Nationale Kontaktstelle", "Nationale Kontaktstelle für die OECD-Leitsätze", "NKS"],
        "nl": ["Nationaal Contactpunt", "Nationaal Contactpunt OESO-richtlijnen"],
    },
    "rbc": {
        "de": [
            "verantwortungsvolles unternehmerisches Handeln",
            "verantwortungsvolle Unternehmensführung",
            "Unternehmensverantwortung",
        ],
        "nl": [
            "IMVO",
            "internationaal maatschappelijk verantwoord ondernemen",
            "maatschappelijk verantwoord ondernemen",
        ],
    },
    "oecd-rbc-guidance": {
        "de": [
            "OECD-Leitfaden zur Sorgfaltspflicht für verantwortungsvolles Unternehmenshandeln",
            "OECD-Leitfaden für verantwortungsvolles unternehmerisches Handeln",
        ],
        "nl": [
            "OESO-richtsnoer gepaste zorgvuldigheid voor maatschappelijk verantwoord ondernemen",
            "OESO-richtsnoer voor IMVO",
        ],
    },
    "ilo": {
        "de": ["Internationale Arbeitsorganisation", "IAO"],
        "nl": ["Internationale Arbeidsorganisatie", "IAO"],
    },
    "ilo-c182": {
        "de": [
            "IAO-Übereinkommen Nr. 182",
            "Übereinkommen über die schlimmsten Formen der Kinderarbeit",
            "Übereinkommen 182",
        ],
        "nl": [
            "IAO-verdrag nr. 182",
            "verdrag over de ergste vormen van kinderarbeid",
            "verdrag 182",
        ],
    },
    "ilo-c138": {
        "de": [
            "IAO-Übereinkommen Nr. 138",
            "Übereinkommen über das Mindestalter",
            "Mindestalterübereinkommen",
        ],
        "nl": ["IAO-verdrag nr. 138", "verdrag inzake de minimumleeftijd", "verdrag 138"],
    },
    "ilo-c29": {
        "de": [
            "IAO-Übereinkommen Nr. 29",
            "Übereinkommen über Zwangs- oder Pflichtarbeit",
            "Zwangsarbeitsübereinkommen",
        ],
        "nl": ["IAO-verdrag nr. 29", "verdrag inzake dwangarbeid", "dwangarbeidverdrag"],
    },
    "icglr": {
        "de": [
            "Internationale Konferenz über die Region der Großen Seen",
            "Internationale Konferenz der Großen Seen",
        ],
        "nl": [
            "Internationale Conferentie over het Grote Merengebied",
            "Internationale Conferentie over de regio van de Grote Meren",
        ],
    },
    "icglr-rcm": {
        "de": ["Regionaler Zertifizierungsmechanismus", "ICGLR-Zertifizierung", "ICGLR-Zertifikat"],
        "nl": ["regionaal certificeringsmechanisme", "ICGLR-certificering", "ICGLR-certificaat"],
    },
    "un-group-of-experts": {
        "de": [
            "UN-Expertengruppe",
            "Expertengruppe der Vereinten Nationen",
            "UN-Expertengruppe zur DR Kongo",
        ],
        "nl": ["VN-groep van deskundigen", "VN-expertgroep", "groep van deskundigen inzake de DRC"],
    },
    "ipis": {"nl": ["Internationale Vredesinformatiedienst"]},
    "oecd": {
        "de": ["Organisation für wirtschaftliche Zusammenarbeit und Entwicklung"],
        "nl": ["OESO", "Organisatie voor Economische Samenwerking en Ontwikkeling"],
    },
    "eu": {"de": ["Europäische Union"], "nl": ["Europese Unie"]},
    "eprm": {
        "de": ["Europäische Partnerschaft für verantwortungsvolle Mineralien"],
        "nl": ["Europees Partnerschap voor Verantwoorde Mineralen"],
    },
    "rmap": {"de": ["RMAP-Audit", "RMAP-Prüfung"], "nl": ["RMAP-beoordeling"]},
    "cmrt": {
        "de": ["Berichtsvorlage für Konfliktmineralien", "CMRT-Vorlage"],
        "nl": ["rapportagesjabloon voor conflictmineralen", "CMRT-sjabloon"],
    },
    "emrt": {
        "de": ["erweiterte Berichtsvorlage für Mineralien", "EMRT-Vorlage"],
        "nl": ["uitgebreid rapportagesjabloon voor mineralen", "EMRT-sjabloon"],
    },
    "amrt": {
        "de": ["Berichtsvorlage für zusätzliche Mineralien", "AMRT-Vorlage"],
        "nl": ["rapportagesjabloon voor aanvullende mineralen", "AMRT-sjabloon"],
    },
    "rba": {"de": ["RBA-Verhaltenskodex"], "nl": ["RBA-gedragscode"]},
    "itsci": {"de": ["ITSCI-Programm"], "nl": ["ITSCI-programma"]},
    "ctc": {
        "de": ["Zertifizierte Handelsketten", "zertifizierte Handelsketten im Mineraliensektor"],
        "nl": ["gecertificeerde handelsketens"],
    },
    "good-delivery-list": {"de": ["Good-Delivery-Liste"], "nl": ["Good Delivery-lijst"]},
    "world-gold-council": {"de": ["Weltgoldrat"]},
    "craft": {"de": ["CRAFT-Kodex"], "nl": ["CRAFT-gedragscode"]},
    "fairmined": {
        "de": ["Fairmined-Gold", "Fairmined-Siegel"],
        "nl": ["Fairmined-goud", "Fairmined-keurmerk"],
    },
    "fairtrade-gold": {
        "de": ["fair gehandeltes Gold", "Fairtrade-Goldstandard"],
        "nl": ["Fairtrade-goud", "eerlijk goud"],
    },
    "irma": {
        "de": ["Initiative für die Sicherung verantwortungsvollen Bergbaus", "IRMA-Standard"],
        "nl": ["Initiatief voor verantwoorde mijnbouwborging", "IRMA-standaard"],
    },
    "icmm": {
        "de": ["Internationaler Rat für Bergbau und Metalle"],
        "nl": ["Internationale Raad voor Mijnbouw en Metalen"],
    },
    "lme": {"de": ["Londoner Metallbörse"], "nl": ["Londense Metaalbeurs"]},
    "cccmc": {
        "de": ["Chinesische Handelskammer für Metalle, Mineralien und Chemikalien"],
        "nl": ["Chinese Kamer van Koophandel voor metalen, mineralen en chemicaliën"],
    },
    "electronics-industry": {
        "de": ["Elektronikindustrie", "Elektronikbranche"],
        "nl": ["elektronica-industrie", "elektronicasector"],
    },
    "automotive-industry": {
        "de": ["Automobilindustrie", "Autoindustrie", "Automobilbranche"],
        "nl": ["auto-industrie", "automobielindustrie", "automotivesector"],
    },
    "jewellery": {
        "de": ["Schmuck", "Schmuckindustrie", "Schmuckbranche"],
        "nl": ["sieraden", "juwelen", "sieradenbranche"],
    },
    "electric-vehicle": {
        "de": ["Elektrofahrzeug", "Elektroauto", "E-Auto"],
        "nl": ["elektrisch voertuig", "elektrische auto", "elektrische voertuigen"],
    },
    "lithium-ion-battery": {
        "de": ["Lithium-Ionen-Batterie", "Lithium-Ionen-Batterien", "Lithium-Ionen-Akku"],
        "nl": ["lithium-ionbatterij", "lithiumionbatterij", "lithium-ionaccu"],
    },
    "type-guidance": {
        "de": ["Leitfaden", "Leitlinien", "Handlungsanleitung"],
        "nl": ["richtsnoer", "richtlijnen", "handreiking"],
    },
    "type-regulation": {
        "de": ["Verordnung", "Gesetzgebung", "Regulierung"],
        "nl": ["verordening", "regelgeving", "wetgeving"],
    },
    "type-tool": {
        "de": ["Werkzeug", "Hilfsmittel", "Werkzeugkasten"],
        "nl": ["hulpmiddel", "gereedschap", "gereedschapskist"],
    },
    "type-template": {
        "de": ["Vorlage", "Mustervorlage", "Berichtsvorlage"],
        "nl": ["sjabloon", "rapportagesjabloon", "modeldocument"],
    },
    "type-standard": {"de": ["Norm", "Normen"], "nl": ["standaard", "norm", "normen"]},
    "type-training": {
        "de": ["Schulung", "Fortbildung", "Online-Schulung"],
        "nl": ["opleiding", "online cursus", "e-cursus"],
    },
    "type-report": {
        "de": ["Bericht", "Forschungsbericht"],
        "nl": ["rapport", "verslag", "onderzoeksrapport"],
    },
    "type-case-study": {
        "de": ["Fallstudie", "Fallstudien", "Fallbeispiel"],
        "nl": ["casestudy", "praktijkvoorbeeld", "casus"],
    },
    "type-database": {"de": ["Datenbank"], "nl": ["databank", "gegevensbank"]},
    "type-website": {
        "de": ["Webseite", "Internetseite", "Webportal"],
        "nl": ["webpagina", "webportaal", "internetsite"],
    },
    "africa": {"de": ["Afrika"], "nl": ["Afrika"]},
    "central-africa": {"de": ["Zentralafrika"], "nl": ["Centraal-Afrika"]},
    "east-africa": {"de": ["Ostafrika"], "nl": ["Oost-Afrika"]},
    "west-africa": {"de": ["Westafrika"], "nl": ["West-Afrika"]},
    "southern-africa": {"de": ["südliches Afrika"], "nl": ["zuidelijk Afrika"]},
    "great-lakes": {
        "de": ["Region der Großen Seen", "Große Seen", "afrikanische Große Seen"],
        "nl": ["Grote Merengebied", "regio van de Grote Meren", "Grote Meren"],
    },
    "drc": {
        "de": ["Demokratische Republik Kongo", "DR Kongo"],
        "nl": ["Democratische Republiek Congo"],
    },
    "eastern-drc": {
        "de": ["Ostkongo", "Osten der DR Kongo", "östliche DR Kongo"],
        "nl": ["Oost-Congo", "oosten van de DRC", "oostelijk Congo"],
    },
    "kivu": {
        "de": ["Kivu-Provinzen", "Nord- und Süd-Kivu"],
        "nl": ["Kivu-provincies", "Noord- en Zuid-Kivu"],
    },
    "north-kivu": {"de": ["Nord-Kivu"], "nl": ["Noord-Kivu"]},
    "south-kivu": {"de": ["Süd-Kivu"], "nl": ["Zuid-Kivu"]},
    "ituri": {"de": ["Provinz Ituri"], "nl": ["provincie Ituri"]},
    "maniema": {"de": ["Provinz Maniema"], "nl": ["provincie Maniema"]},
    "katanga": {
        "de": ["ehemalige Provinz Katanga", "Groß-Katanga"],
        "nl": ["voormalige provincie Katanga", "Groot-Katanga"],
    },
    "haut-katanga": {
        "de": ["Provinz Haut-Katanga", "Ober-Katanga"],
        "nl": ["provincie Haut-Katanga", "Opper-Katanga"],
    },
    "lualaba": {"de": ["Provinz Lualaba"], "nl": ["provincie Lualaba"]},
    "copperbelt": {
        "de": ["Kupfergürtel", "zentralafrikanischer Kupfergürtel"],
        "nl": ["kopergordel", "Centraal-Afrikaanse kopergordel"],
    },
    "republic-of-congo": {"de": ["Republik Kongo", "Kongo-Brazzaville"], "nl": ["Republiek Congo"]},
    "central-african-republic": {
        "de": ["Zentralafrikanische Republik", "ZAR"],
        "nl": ["Centraal-Afrikaanse Republiek"],
    },
    "rwanda": {"de": ["Ruanda"]},
    "uganda": {"nl": ["Oeganda"]},
    "tanzania": {"de": ["Tansania"]},
    "zambia": {"de": ["Sambia"]},
    "zimbabwe": {"de": ["Simbabwe"]},
    "south-africa": {"de": ["Südafrika"], "nl": ["Zuid-Afrika"]},
    "madagascar": {"de": ["Madagaskar"], "nl": ["Madagaskar"]},
    "latin-america": {
        "de": ["Lateinamerika", "Lateinamerika und die Karibik"],
        "nl": ["Latijns-Amerika", "Latijns-Amerika en het Caribisch gebied"],
    },
    "colombia": {"de": ["Kolumbien"]},
    "bolivia": {"de": ["Bolivien"]},
    "brazil": {"de": ["Brasilien"], "nl": ["Brazilië"]},
    "chile": {"nl": ["Chili"]},
    "argentina": {"de": ["Argentinien"], "nl": ["Argentinië"]},
    "lithium-triangle": {"de": ["Lithiumdreieck"], "nl": ["lithiumdriehoek"]},
    "asia": {"de": ["Asien"], "nl": ["Azië"]},
    "china": {"de": ["Volksrepublik China"], "nl": ["Volksrepubliek China"]},
    "india": {"de": ["Indien"]},
    "indonesia": {"de": ["Indonesien"], "nl": ["Indonesië"]},
    "myanmar": {"de": ["Birma"], "nl": ["Birma"]},
    "europe": {"de": ["Europa"], "nl": ["Europa"]},
    "north-america": {"de": ["Nordamerika"], "nl": ["Noord-Amerika"]},
    "united-states": {
        "de": ["Vereinigte Staaten", "Vereinigte Staaten von Amerika"],
        "nl": ["Verenigde Staten", "Verenigde Staten van Amerika"],
    },
    "w-law": {"de": ["Gesetz", "Gesetze"], "nl": ["wetten"]},
    "w-market": {"de": ["Markt"], "nl": ["markt"]},
    "w-buyer": {"de": ["Käufer", "Abnehmer", "Einkäufer"], "nl": ["afnemer", "inkoper"]},
    "w-company": {
        "de": ["Unternehmen", "Firma", "Betrieb"],
        "nl": ["bedrijf", "onderneming", "firma"],
    },
    "w-requirement": {
        "de": ["Anforderung", "Pflicht", "Verpflichtung"],
        "nl": ["vereiste", "verplichting", "eis"],
    },
    "w-child": {"de": ["Kinder"], "nl": ["kinderen"]},
    "w-environment": {"de": ["Umwelt"], "nl": ["milieu", "leefomgeving"]},
    "w-formal": {"de": ["formell", "formelle"], "nl": ["formeel", "formele"]},
    "w-informal": {"de": ["informell", "informelle"], "nl": ["informeel", "informele"]},
    "w-mining": {
        "de": ["Bergbau", "Rohstoffabbau", "Abbau"],
        "nl": ["mijnbouw", "delfstofwinning"],
    },
    "w-mineral": {"de": ["Mineralien", "Minerale"], "nl": ["mineralen", "delfstof", "delfstoffen"]},
    "w-supply": {
        "de": ["Lieferung", "Versorgung", "liefern"],
        "nl": ["levering", "bevoorrading", "leveren"],
    },
    "w-sourcing": {"de": ["Beschaffung", "Bezug", "Einkauf"], "nl": ["inkoop", "inkopen"]},
    "w-responsible": {
        "de": ["verantwortungsvoll", "verantwortlich"],
        "nl": ["verantwoord", "verantwoordelijk"],
    },
    "w-responsibility": {"de": ["Verantwortung"], "nl": ["verantwoordelijkheid"]},
    "w-conflict": {"de": ["Konflikt", "Konflikte"], "nl": ["conflicten"]},
    "w-right": {"de": ["Recht", "Rechte"], "nl": ["recht", "rechten"]},
    "w-risk": {"de": ["Risiko", "Risiken"], "nl": ["risico", "risico's"]},
    "w-chain": {"de": ["Kette"], "nl": ["keten"]},
    "w-human": {"de": ["Mensch", "menschlich"], "nl": ["mens", "menselijk"]},
    "w-reporting": {
        "de": ["Berichterstattung", "Berichtspflicht"],
        "nl": ["rapportage", "verslaggeving"],
    },
    "w-disclosure": {
        "de": ["Offenlegung", "Offenlegungspflicht"],
        "nl": ["openbaarmaking", "bekendmaking"],
    },
    "w-labour": {"de": ["Arbeit", "Arbeitskräfte"], "nl": ["arbeid", "werk"]},
    "w-small": {"de": ["klein", "kleine"], "nl": ["klein", "kleine", "kleinschalig"]},
    "w-medium": {"de": ["mittel", "mittlere"], "nl": ["middelgroot", "middelgrote"]},
    "w-large": {"de": ["große"], "nl": ["groot", "grote", "grootschalig"]},
    "w-size": {"de": ["Unternehmensgröße", "Größenklasse"], "nl": ["grootte", "omvang"]},
    "w-scale": {"de": ["Maßstab", "Umfang", "Größenordnung"], "nl": ["schaal"]},
    "w-free": {"de": ["kostenlos", "frei", "gratis"], "nl": ["gratis", "vrij", "kosteloos"]},
    "w-assessment": {
        "de": ["Bewertung", "Beurteilung", "bewerten"],
        "nl": ["beoordeling", "evaluatie", "beoordelen"],
    },
    "w-industry": {
        "de": ["Industrie", "Branche", "Wirtschaftszweig"],
        "nl": ["industrie", "branche"],
    },
    "w-industrial": {"de": ["industriell"], "nl": ["industrieel", "industriële"]},
    "w-help": {"de": ["Hilfe", "helfen"], "nl": ["hulp", "helpen"]},
    "w-project": {"de": ["Projekt", "Projekte"], "nl": ["projecten"]},
    "w-environmental": {"de": ["ökologisch", "umweltbezogen"], "nl": ["ecologisch", "ecologische"]},
    "w-producer": {"de": ["Produzent", "Erzeuger"], "nl": ["producent"]},
    "w-affected": {"de": ["betroffen", "betroffene"], "nl": ["getroffen", "getroffenen"]},
    "w-sector": {"de": ["Sektor", "Wirtschaftssektor"], "nl": ["sectoren", "bedrijfstak"]},
    "w-list": {"de": ["Liste"], "nl": ["lijst"]},
    "w-support": {
        "de": ["Unterstützung", "unterstützen", "Förderung"],
        "nl": ["ondersteuning", "steun", "ondersteunen"],
    },
    "w-partnership": {"de": ["Partnerschaft"], "nl": ["partnerschap"]},
    "w-partner": {"de": ["Kooperationspartner"], "nl": ["samenwerkingspartner"]},
    "w-use": {"de": ["Nutzung", "Verwendung", "nutzen"], "nl": ["gebruik", "gebruiken"]},
    "w-public": {"de": ["öffentlich", "Öffentlichkeit"], "nl": ["openbaar", "publiek"]},
    "w-third": {"de": ["Dritte", "Dritter"], "nl": ["derde", "derden"]},
    "w-government": {"de": ["Regierung", "Behörden"], "nl": ["overheid", "regering"]},
    "w-state": {"de": ["Staat", "Staaten"], "nl": ["staat", "staten"]},
    "w-framework": {"de": ["Rahmen", "Rahmenwerk"], "nl": ["kader", "raamwerk"]},
    "w-practice": {"de": ["Praxis", "Vorgehensweise"], "nl": ["praktijk", "werkwijze"]},
    "w-stakeholder": {
        "de": ["Interessengruppe", "Anspruchsgruppe"],
        "nl": ["belanghebbende", "belanghebbenden"],
    },
    "w-actor": {"de": ["Akteur", "Akteure"], "nl": ["actoren"]},
    "w-useful": {"de": ["nützlich", "hilfreich"], "nl": ["nuttig", "handig"]},
    "w-trade": {"de": ["Handel"], "nl": ["handel"]},
    "w-world": {"de": ["Welt"], "nl": ["wereld"]},
    "w-global": {"de": ["weltweit"], "nl": ["wereldwijd", "mondiaal"]},
    "w-battery": {
        "de": ["Batterie", "Batterien", "Akku"],
        "nl": ["batterij", "batterijen", "accu"],
    },
    "w-overview": {"de": ["Überblick", "Übersicht"], "nl": ["overzicht"]},
    "w-data": {"de": ["Daten"], "nl": ["gegevens"]},
    "w-area": {"de": ["Gebiet", "Gebiete"], "nl": ["gebied", "gebieden"]},
    "w-english": {"de": ["Englisch"], "nl": ["Engels"]},
    "w-french": {"de": ["Französisch"], "nl": ["Frans"]},
    "w-german": {"de": ["Deutsch"], "nl": ["Duits"]},
    "w-dutch": {"de": ["Niederländisch", "holländisch"], "nl": ["Nederlands", "Hollands"]},
    "w-spanish": {"de": ["Spanisch"], "nl": ["Spaans"]},
    "w-european": {"de": ["europäisch", "europäische"], "nl": ["Europees", "Europese"]},
    "w-belgian": {"de": ["belgisch", "belgische"], "nl": ["Belgisch", "Belgische"]},
    "w-germany": {"de": ["Deutschland"], "nl": ["Duitsland"]},
    "w-alignment": {
        "de": ["Ausrichtung", "Übereinstimmung", "Angleichung"],
        "nl": ["afstemming", "aansluiting"],
    },
    "w-material": {"de": ["Werkstoff", "Materialien"], "nl": ["materiaal", "materialen"]},
    "w-raw-material": {"de": ["Rohstoff", "Rohstoffe"], "nl": ["grondstof", "grondstoffen"]},
    "w-raw": {"de": ["roh"], "nl": ["ruw", "ruwe"]},
    "w-high": {"de": ["hoch", "hohe"], "nl": ["hoog", "hoge"]},
    "w-step": {"de": ["Schritt", "Stufe"], "nl": ["stap", "stappen"]},
    "w-language": {"de": ["Sprache"], "nl": ["taal"]},
    "w-metal": {"de": ["Metall", "Metalle"], "nl": ["metaal", "metalen"]},
    "w-resource": {"de": ["Ressource", "Ressourcen"], "nl": ["hulpbron", "bron"]},
    "w-management": {"de": ["Steuerung", "Verwaltung"], "nl": ["beheer", "beheersing"]},
    "w-miner": {"de": ["Bergmann", "Bergleute", "Bergarbeiter"], "nl": ["mijnwerker"]},
    "w-funding": {"de": ["Finanzierung", "Fördermittel"], "nl": ["financiering", "subsidie"]},
    "w-community": {"de": ["Gemeinschaft", "Gemeinde"], "nl": ["gemeenschap"]},
    "w-improve": {"de": ["verbessern", "Verbesserung"], "nl": ["verbeteren", "verbetering"]},
    "w-country": {"de": ["Länder"], "nl": ["landen"]},
    "w-review": {"de": ["Überprüfung", "Überarbeitung"], "nl": ["herziening", "toetsing"]},
    "w-annex": {"de": ["Anhang", "Anlage"], "nl": ["bijlage"]},
    "w-pilot": {"de": ["Pilotprojekt", "Pilotphase"], "nl": ["proefproject", "pilotproject"]},
    "w-armed": {"de": ["bewaffnet", "bewaffnete"], "nl": ["gewapend", "gewapende"]},
    "w-army": {"de": ["Armee", "Militär", "Streitkräfte"], "nl": ["leger", "strijdkrachten"]},
    "w-group": {"de": ["Gruppe"], "nl": ["groep"]},
    "w-process": {"de": ["Prozess", "Verfahren"], "nl": ["processen", "werkproces"]},
    "w-electronics": {"de": ["Elektronik"], "nl": ["elektronica"]},
    "w-policy": {"de": ["Richtlinie", "Grundsatzerklärung", "Politik"], "nl": ["beleid"]},
    "w-start": {"de": ["beginnen", "anfangen", "Einstieg"], "nl": ["beginnen", "starten"]},
    "w-study": {"de": ["Studie", "Untersuchung"], "nl": ["studie"]},
    "w-issue": {"de": ["Thema", "Problematik", "Fragestellung"], "nl": ["kwestie", "vraagstuk"]},
    "w-problem": {"de": ["Probleme"], "nl": ["probleem", "problemen"]},
    "w-principle": {"de": ["Grundsatz", "Prinzip"], "nl": ["principe", "beginsel"]},
    "w-indicator": {"de": ["Indikator", "Kennzahl"], "nl": ["indicatoren", "graadmeter"]},
    "w-authority": {
        "de": ["Behörde"],
        "nl": ["autoriteit", "overheidsinstantie", "toezichthouder"],
    },
    "w-available": {"de": ["verfügbar", "erhältlich"], "nl": ["beschikbaar"]},
    "w-abuse": {
        "de": ["Missbrauch", "Verstoß", "Verletzung"],
        "nl": ["misbruik", "schending", "misstand"],
    },
    "w-independent": {
        "de": ["unabhängig", "unabhängige"],
        "nl": ["onafhankelijk", "onafhankelijke"],
    },
    "w-criterion": {"de": ["Kriterium", "Kriterien"], "nl": ["criterium"]},
    "w-portal": {"de": ["Portale"], "nl": ["portaal"]},
    "w-customer": {"de": ["Kunde", "Kunden"], "nl": ["klant"]},
    "w-lesson": {"de": ["Lehre", "Erkenntnisse"], "nl": ["geleerde lessen"]},
    "w-monitoring": {"de": ["Überwachung", "Beobachtung"], "nl": ["toezicht", "bewaking"]},
    "w-jeweller": {"de": ["Juwelier", "Goldschmied"], "nl": ["juwelier", "edelsmid"]},
    "w-rule": {"de": ["Regel", "Vorschrift"], "nl": ["regel", "voorschrift"]},
    "w-natural": {"de": ["natürlich"], "nl": ["natuurlijk"]},
    "w-check": {"de": ["Kontrolle", "Prüfung"], "nl": ["controle"]},
    "w-verify": {
        "de": ["überprüfen", "verifizieren", "prüfen"],
        "nl": ["verifiëren", "controleren", "nagaan"],
    },
    "w-design": {"de": ["Gestaltung", "Konzeption", "gestalten"], "nl": ["ontwerp", "ontwerpen"]},
    "w-research": {"de": ["Forschung", "Forscher"], "nl": ["onderzoek", "onderzoeker"]},
    "w-publish": {
        "de": ["veröffentlichen", "Veröffentlichung"],
        "nl": ["publiceren", "publicatie"],
    },
    "w-implementation": {
        "de": ["Umsetzung", "umsetzen", "Implementierung"],
        "nl": ["uitvoering", "implementatie", "invoering"],
    },
    "w-progress": {"de": ["Fortschritt", "Fortschritte"], "nl": ["vooruitgang", "voortgang"]},
    "w-identify": {
        "de": ["ermitteln", "identifizieren", "erkennen"],
        "nl": ["identificeren", "vaststellen"],
    },
    "w-processor": {"de": ["Verarbeiter", "Weiterverarbeiter"], "nl": ["verwerker"]},
    "w-processing": {
        "de": ["Verarbeitung", "Aufbereitung", "Weiterverarbeitung"],
        "nl": ["verwerking", "bewerking"],
    },
    "w-governance": {
        "de": ["Regierungsführung", "Unternehmensführung"],
        "nl": ["bestuur", "goed bestuur"],
    },
    "w-forced": {"de": ["erzwungen", "erzwungene"], "nl": ["gedwongen"]},
    "w-field": {"de": ["vor Ort", "Bereich", "Feld"], "nl": ["veld", "ter plaatse"]},
    "w-platform": {"de": ["Plattform"]},
    "w-faq": {
        "de": ["häufig gestellte Fragen", "Fragen und Antworten"],
        "nl": ["veelgestelde vragen", "vragen en antwoorden"],
    },
    "w-safety": {"de": ["Sicherheit"], "nl": ["veiligheid"]},
    "w-organisation": {
        "de": ["Organisationen", "Einrichtung"],
        "nl": ["organisatie", "instelling"],
    },
    "w-scheme": {"de": ["Programm", "Regelung"], "nl": ["regeling", "programma"]},
    "w-development": {"de": ["Entwicklung", "entwickeln"], "nl": ["ontwikkeling", "ontwikkelen"]},
    "w-system": {"de": ["Systeme"], "nl": ["systeem"]},
    "w-sustainable": {"de": ["nachhaltig", "nachhaltige"], "nl": ["duurzaam", "duurzame"]},
    "w-sustainability": {"de": ["Nachhaltigkeit"], "nl": ["duurzaamheid"]},
    "w-model": {"de": ["Modell", "Muster"], "nl": ["modellen"]},
    "w-methodology": {
        "de": ["Methodik", "Methode", "Methodologie"],
        "nl": ["methodologie", "methode"],
    },
    "w-member": {"de": ["Mitglied", "Mitglieder"], "nl": ["lid", "leden"]},
    "w-answer": {"de": ["Antwort", "antworten"], "nl": ["antwoord", "beantwoorden"]},
    "w-climate": {"de": ["Klima"], "nl": ["klimaat"]},
    "w-seller": {"de": ["Verkäufer", "Anbieter"], "nl": ["verkoper"]},
    "w-business": {"de": ["Wirtschaft", "Geschäft"], "nl": ["bedrijfsleven", "zaken"]},
    "w-access": {"de": ["Zugang", "Zugriff"], "nl": ["toegang"]},
    "w-map": {"de": ["Karte", "Landkarte"], "nl": ["kaart", "in kaart brengen"]},
    "w-course": {"de": ["Kurs", "Lehrgang"], "nl": ["cursus"]},
    "w-price": {"de": ["Preis", "Preise"], "nl": ["prijs", "prijzen"]},
    "w-tax": {"de": ["Steuer", "Steuern", "Abgabe"], "nl": ["belasting", "heffing"]},
    "w-worker": {
        "de": ["Arbeiter", "Arbeitskraft", "Beschäftigte"],
        "nl": ["arbeider", "arbeidskracht"],
    },
    "w-employee": {
        "de": ["Arbeitnehmer", "Mitarbeiter", "Angestellte"],
        "nl": ["werknemer", "medewerker"],
    },
    "w-employer": {"de": ["Arbeitgeber"], "nl": ["werkgever"]},
    "w-employment": {
        "de": ["Beschäftigung", "Arbeitsplätze"],
        "nl": ["werkgelegenheid", "tewerkstelling"],
    },
    "w-working-conditions": {
        "de": ["Arbeitsbedingungen"],
        "nl": ["arbeidsomstandigheden", "arbeidsvoorwaarden"],
    },
    "w-wage": {"de": ["Lohn", "Löhne", "Gehalt"], "nl": ["loon", "salaris"]},
    "w-income": {"de": ["Einkommen", "Einkünfte"], "nl": ["inkomen", "inkomsten"]},
    "w-livelihood": {
        "de": ["Lebensgrundlage", "Existenzgrundlage", "Lebensunterhalt"],
        "nl": ["levensonderhoud", "bestaansmiddelen"],
    },
    "w-poverty": {"de": ["Armut"], "nl": ["armoede"]},
    "w-woman": {"de": ["Frau", "Frauen"], "nl": ["vrouw", "vrouwen"]},
    "w-school": {"de": ["Schule", "Schulbildung"], "nl": ["onderwijs", "scholing"]},
    "w-health": {"de": ["Gesundheit"], "nl": ["gezondheid"]},
    "w-water": {"de": ["Wasser"]},
    "w-land": {"de": ["Boden", "Grund und Boden"], "nl": ["grond"]},
    "w-import": {"de": ["Einfuhr", "einführen"], "nl": ["invoer"]},
    "w-export": {"de": ["Ausfuhr", "ausführen"], "nl": ["uitvoer"]},
    "w-certificate": {"de": ["Zertifikat", "Bescheinigung"], "nl": ["certificaat"]},
    "w-register": {"de": ["Verzeichnis"]},
    "w-alert": {"de": ["Warnung", "Benachrichtigung"], "nl": ["waarschuwing", "melding"]},
    "w-complaint": {"de": ["Beschwerde", "Beschwerden"], "nl": ["klacht"]},
    "w-victim": {"de": ["Opfer"], "nl": ["slachtoffer"]},
    "w-compensation": {
        "de": ["Entschädigung", "Schadensersatz"],
        "nl": ["schadevergoeding", "compensatie"],
    },
    "w-litigation": {
        "de": ["Rechtsstreit", "Klage", "Gerichtsverfahren"],
        "nl": ["rechtszaak", "gerechtelijke procedure"],
    },
    "w-penalty": {"de": ["Strafe", "Sanktion", "Bußgeld"], "nl": ["boete", "sanctie", "straf"]},
    "w-fraud": {"de": ["Betrug"], "nl": ["fraude", "bedrog"]},
    "w-customs": {"de": ["Zoll", "Zollbehörde"], "nl": ["douane", "douaneautoriteiten"]},
    "w-border": {"de": ["Grenze"], "nl": ["grens"]},
    "w-war": {"de": ["Krieg"], "nl": ["oorlog"]},
    "w-recognition": {"de": ["Anerkennung"], "nl": ["erkenning"]},
    "w-recognised": {"de": ["anerkannt"], "nl": ["erkend"]},
    "w-advice": {"de": ["Beratung", "Ratschlag"], "nl": ["advies"]},
    "w-buy": {"de": ["kaufen", "Kauf"], "nl": ["kopen", "aankoop"]},
    "w-sell": {"de": ["verkaufen", "Verkauf"], "nl": ["verkopen", "verkoop"]},
    "w-legal": {"de": ["rechtlich", "gesetzlich", "juristisch"], "nl": ["juridisch", "wettelijk"]},
    "w-mandatory": {"de": ["verpflichtend", "verbindlich"], "nl": ["verplicht"]},
    "w-voluntary": {"de": ["freiwillig"], "nl": ["vrijwillig"]},
    "w-compliance": {"de": ["Einhaltung", "Regelkonformität"], "nl": ["naleving", "nakoming"]},
    "w-compliant": {"de": ["konform", "regelkonform"], "nl": ["conform", "in overeenstemming"]},
    "w-threshold": {"de": ["Schwellenwert", "Schwelle"], "nl": ["drempel", "drempelwaarde"]},
    "w-checklist": {"de": ["Checkliste", "Prüfliste"], "nl": ["controlelijst"]},
    "w-example": {"de": ["Beispiel"], "nl": ["voorbeeld"]},
    "w-cost": {"de": ["Kosten"], "nl": ["kosten"]},
    "w-financial": {"de": ["finanziell"], "nl": ["financieel", "financiële"]},
    "w-product": {"de": ["Produkt", "Erzeugnis"], "nl": ["producten"]},
    "w-goods": {"de": ["Waren", "Güter"], "nl": ["goederen"]},
    "w-waste": {"de": ["Abfall", "Abfälle"], "nl": ["afval"]},
    "w-biodiversity": {"de": ["Biodiversität", "biologische Vielfalt"], "nl": ["biodiversiteit"]},
    "w-energy": {"de": ["Energie"], "nl": ["energie"]},
    "w-recycling": {"de": ["Wiederverwertung"], "nl": ["hergebruik"]},
    "w-trade-union": {"de": ["Gewerkschaft"], "nl": ["vakbond"]},
    "w-harassment": {"de": ["Belästigung"], "nl": ["intimidatie", "ongewenst gedrag"]},
    "w-handbook": {"de": ["Handbuch"], "nl": ["handboek", "handleiding"]},
    "w-event": {"de": ["Veranstaltung"], "nl": ["evenement", "bijeenkomst"]},
    "w-evidence": {"de": ["Nachweis", "Beweis"], "nl": ["bewijs"]},
    "w-permit": {"de": ["Genehmigung", "Erlaubnis", "Lizenz"], "nl": ["vergunning"]},
    "w-transparency": {"de": ["Transparenz"], "nl": ["transparantie"]},
}


def seed(apps, schema_editor):
    db = schema_editor.connection.alias
    concepts = (
        apps.get_model("eprm_hub", "Concept").objects.using(db).in_bulk(TERMS, field_name="key")
    )
    ConceptTerm = apps.get_model("eprm_hub", "ConceptTerm")
    ConceptTerm.objects.using(db).bulk_create(
        (
            ConceptTerm(concept=concepts[key], text=text, language=language, kind="translation")
            for key, languages in TERMS.items()
            if key in concepts
            for language, texts in languages.items()
            for text in texts
        ),
        ignore_conflicts=True,  # a term the concept already has (in another language) stays
    )


def unseed(apps, schema_editor):
    db = schema_editor.connection.alias
    apps.get_model("eprm_hub", "ConceptTerm").objects.using(db).filter(
        language__in=["de", "nl"], kind="translation"
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("eprm_hub", "0010_thesaurus_spanish_portuguese")]

    operations = [migrations.RunPython(seed, unseed)]
