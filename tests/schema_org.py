"""The part of the schema.org vocabulary (https://schema.org/, release 29) that the Hub's JSON-LD
uses, copied from its definitions: each type's parent (rdfs:subClassOf) and each property's
domain (schema:domainIncludes), so that a test can say whether a property is defined for the
type of the node it is on, as schema.org's validator does.

A property or type not listed here makes the test fail: look it up on schema.org and copy its
definition in, rather than assume it applies.
"""

# type: its parents (rdfs:subClassOf)
PARENTS = {
    "Thing": (),
    "CreativeWork": ("Thing",),
    "Article": ("CreativeWork",),
    "Report": ("Article",),
    "Legislation": ("CreativeWork",),
    "DigitalDocument": ("CreativeWork",),
    "LearningResource": ("CreativeWork",),
    "Dataset": ("CreativeWork",),
    "WebSite": ("CreativeWork",),
    "Organization": ("Thing",),
    "Project": ("Organization",),  # pending: "Use properties from Organization"
    "Place": ("Thing",),
    "Intangible": ("Thing",),
    "StructuredValue": ("Intangible",),
    "ContactPoint": ("StructuredValue",),
    "PostalAddress": ("ContactPoint",),
    "MonetaryAmount": ("StructuredValue",),
    "Grant": ("Intangible",),
    "MonetaryGrant": ("Grant",),
}

# property: the types it is defined for (schema:domainIncludes)
DOMAINS = {
    "name": ("Thing",),
    "description": ("Thing",),
    "url": ("Thing",),
    "mainEntityOfPage": ("Thing",),
    "about": ("CreativeWork", "Event", "CommunicateAction", "Certification"),
    "genre": ("CreativeWork", "BroadcastChannel", "MusicGroup"),
    "inLanguage": (
        "CreativeWork",
        "Event",
        "BroadcastService",
        "CommunicateAction",
        "LinkRole",
        "PronounceableText",
        "WriteAction",
    ),
    "keywords": ("CreativeWork", "Event", "Organization", "Place", "Product"),
    "publisher": ("CreativeWork", "PublicationEvent"),
    "datePublished": ("CreativeWork",),
    "address": ("GeoCoordinates", "GeoShape", "Organization", "Person", "Place"),
    "addressCountry": ("DefinedRegion", "GeoCoordinates", "GeoShape", "PostalAddress"),
    "logo": ("Brand", "Certification", "Organization", "Place", "Product", "Service"),
    "memberOf": ("Organization", "Person"),
    "member": ("Organization", "ProgramMembership"),
    "location": ("Action", "Event", "InteractionCounter", "Organization"),
    "funder": ("CreativeWork", "Event", "MonetaryGrant", "Organization", "Person"),
    "funding": (
        "BioChemEntity",
        "CreativeWork",
        "Event",
        "MedicalEntity",
        "Organization",
        "Person",
        "Product",
    ),
    "foundingDate": ("Organization",),
    "dissolutionDate": ("Organization",),
    "amount": (
        "DatedMoneySpecification",
        "InvestmentOrDeposit",
        "LoanOrCredit",
        "MonetaryGrant",
        "MoneyTransfer",
    ),
    "value": ("MonetaryAmount", "PropertyValue", "QuantitativeValue"),
    "currency": (
        "DatedMoneySpecification",
        "ExchangeRateSpecification",
        "LoanOrCredit",
        "MonetaryAmount",
        "MonetaryAmountDistribution",
    ),
    # Defined, but not for an Organization or a Project: listed so that the test names them.
    "startDate": (
        "CreativeWorkSeason",
        "CreativeWorkSeries",
        "DatedMoneySpecification",
        "EducationalOccupationalProgram",
        "Event",
        "MerchantReturnPolicySeasonalOverride",
        "Role",
        "Schedule",
    ),
    "endDate": (
        "CreativeWorkSeason",
        "CreativeWorkSeries",
        "DatedMoneySpecification",
        "EducationalOccupationalProgram",
        "Event",
        "MerchantReturnPolicySeasonalOverride",
        "Role",
        "Schedule",
    ),
}

SCHEMA = "https://schema.org/"


def ancestors(kind):
    """The type and every type it is a kind of."""
    found = [kind]
    for parent in PARENTS[kind]:
        found += ancestors(parent)
    return found


def undefined_properties(node, path="$"):
    """Every (path, type, property) of an expanded JSON-LD node and the nodes inside it whose
    property schema.org does not define for the node's type; an unknown type or property is
    reported too."""
    kinds = [kind.removeprefix(SCHEMA) for kind in node.get("@type", [])]
    unknown_types = [kind for kind in kinds if kind not in PARENTS]
    if unknown_types or not kinds:
        return [(path, kinds, "@type not in tests/schema_org.py")]
    types = {ancestor for kind in kinds for ancestor in ancestors(kind)}
    found = []
    for key, values in node.items():
        if key.startswith("@"):
            continue
        term = key.removeprefix(SCHEMA)
        if not key.startswith(SCHEMA) or term not in DOMAINS:
            found.append((path, kinds, f"{key}: not in tests/schema_org.py"))
        elif not types & set(DOMAINS[term]):
            found.append((path, kinds, term))
        for index, value in enumerate(values):
            if isinstance(value, dict) and "@value" not in value and "@id" not in value:
                found += undefined_properties(value, f"{path}.{term}[{index}]")
    return found
