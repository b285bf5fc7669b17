"""The API's answers, as the OpenAPI document describes them."""

import datetime

from ninja import Field, Schema


class Error(Schema):
    error: str


class Term(Schema):
    slug: str
    name: str  # in the language asked for


class Ignored(Schema):
    parameter: str
    value: str


class FacetValue(Schema):
    value: str
    label: str
    count: int
    selected: bool


class Facet(Schema):
    name: str
    label: str
    values: list[FacetValue]


class Page(Schema):
    count: int
    page: int
    pages: int
    page_size: int
    next: str | None
    previous: str | None
    query: str
    corrected_from: str | None
    all_words: bool
    ignored: list[Ignored]
    facets: list[Facet]


class Links(Schema):
    hub_url: str  # the item's page on the Hub
    api_url: str


class Resource(Links):
    slug: str
    title: str
    summary: str
    url: str  # the resource itself, outside the Hub
    publisher: str | None
    year: int | None
    type: Term
    languages: list[str]
    minerals: list[Term]
    tiers: list[Term]
    steps: list[Term]
    needs: list[Term]
    regions: list[Term]
    tags: list[str]
    # Texts: in the language asked for, else (as on the pages) in the original.
    text_language: str  # the language the record was written in
    text_languages: dict[str, str]  # {field: the language of its text above}
    translations: dict[str, dict[str, str]]  # {language: {field: text}}


class ResourceDetail(Resource):
    description: str
    company_name: str
    company_size: str
    last_reviewed_on: datetime.date | None


class ResourcePage(Page):
    results: list[Resource]


class SupplyChain(Schema):
    role: Term | None
    tiers: list[Term]
    minerals: list[Term]


class Disclosures(Schema):
    policy_url: str
    grievance_url: str
    report_url: str
    publishes_smelter_list: bool | None
    reporting_templates: list[str]
    assurance_programme: str


class StepProgress(Schema):
    number: int
    name: str
    status: Term
    note: str


class Member(Links):
    slug: str
    name: str
    pillar: Term | None
    membership_type: Term | None
    country: Term | None
    website: str
    logo_url: str | None
    description: str
    # Texts: in the language asked for, else (as on the pages) in the original.
    text_language: str  # the language the record was written in
    text_languages: dict[str, str]  # {field: the language of its text above}
    translations: dict[str, dict[str, str]]  # {language: {field: text}}
    joined_on: datetime.date | None
    # Each is null when the organisation shares it with EPRM members only.
    supply_chain: SupplyChain | None
    disclosures: Disclosures | None
    steps: list[StepProgress] | None


class MemberPage(Page):
    results: list[Member]


class Partner(Schema):
    name: str
    role: Term
    member: str | None  # the slug of its directory entry, when it is listed there


class Project(Links):
    slug: str
    title: str
    summary: str
    # Texts: in the language asked for, else (as on the pages) in the original.
    text_language: str  # the language the record was written in
    text_languages: dict[str, str]  # {field: the language of its text above}
    translations: dict[str, dict[str, str]]  # {language: {field: text}}
    status: Term
    countries: list[Term]
    minerals: list[Term]
    call: Term | None
    start_date: datetime.date | None
    start_year: int | None
    end_date: datetime.date | None
    end_year: int | None
    eprm_grant: float | None
    total_budget: float | None
    sdgs: list[Term]
    gender_focus: Term | None
    partners: list[Partner]


class Location(Schema):
    name: str
    latitude: float
    longitude: float


class Indicator(Schema):
    name: str
    unit: str
    baseline: float | None
    target: float | None
    actual: float | None
    as_of: datetime.date | None


class Document(Schema):
    title: str
    url: str


class ProjectDetail(Project):
    description: str
    objectives: str
    lessons_learned: str
    website: str
    iati_identifier: str
    iati_url: str | None  # null for a project left out of the IATI file
    locations: list[Location]
    indicators: list[Indicator]
    documents: list[Document]


class ProjectPage(Page):
    results: list[Project]


class VocabularyTerm(Schema):
    slug: str
    names: dict[str, str]  # {language: name} in every language of the Hub
    parent: str | None = None  # regions: the region it is part of


class FieldErrors(Schema):
    error: str
    fields: dict[str, list[str]]


class RuleSourceOut(Schema):
    title: str
    article: str
    date: datetime.date | None
    url: str


class RuleAuthority(Schema):
    title: str
    url: str


class RuleResource(Schema):
    title: str
    url: str
    hub_url: str


class RuleEntry(Schema):
    id: str
    name: str
    verdict: str
    from_: datetime.date | None = Field(None, alias="from")
    reasons: list[str]
    summary: str
    sources: list[RuleSourceOut]
    authorities: list[RuleAuthority]
    checked: datetime.date
    resources: list[RuleResource]
    library_url: str


class RulesAnswer(Schema):
    as_of: datetime.date | None
    on: datetime.date
    disclaimer: str
    path_url: str
    rules: list[RuleEntry]
