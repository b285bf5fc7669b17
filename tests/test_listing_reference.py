"""The facet engine against its SQL reference: for random rows and selections, each of the three
listings gives the ids (all of them, in order) and every facet value's count that a django-filter
FilterSet generated from its catalogue's declaration gives (eprm_hub/facets/reference.py;
docs/facets.md, "The SQL reference"). Without text, which the reference does not do."""

import contextlib
import datetime
from decimal import Decimal

import pytest
from django.db import transaction
from django.http import QueryDict
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eprm_hub.facets import reference_counts, reference_filterset
from eprm_hub.models import Mineral, Region, SupplyChainTier
from members.models import Organisation, Visibility
from members.search import CATALOGUE as MEMBERS
from projects.search import CATALOGUE as PROJECTS
from resources.models import Resource
from resources.search import CATALOGUE as RESOURCES

from . import factories
from .project_factories import call, organisation, project

pytestmark = pytest.mark.django_db

EXAMPLES = settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
THIS_YEAR = timezone.localdate().year


def query_of(chosen):
    """The query string of a selection ({parameter: values}; None or () leaves it out)."""
    query = QueryDict(mutable=True)
    for name, values in chosen.items():
        if values is not None:
            query.setlist(name, [values] if isinstance(values, str) else sorted(values))
    return query


def engine_counts(search):
    return {f.name: {key: count for key, _term, count, _chosen in f.entries} for f in search.facets}


def check(catalogue, chosen):
    """The engine's ids, in order, and counts against the reference's."""
    query = query_of(chosen)
    search = catalogue.search(query)
    reference = reference_filterset(catalogue)(query).qs
    assert search.all_ids() == list(reference.values_list("pk", flat=True))
    assert search.ids == search.all_ids()[:20]
    assert engine_counts(search) == reference_counts(catalogue, query)


@contextlib.contextmanager
def rolled_back():
    """Each example's rows, gone after it."""
    with transaction.atomic():
        yield
        transaction.set_rollback(True)


def sets(values):
    return st.sets(st.sampled_from(values))


def selections(facets, **others):
    """{parameter: values}: one or two values of up to three facets (with every facet
    choosing, most pages would be empty), and a value of each other parameter (None: not
    given) drawn from its list."""

    @st.composite
    def draw(draw):
        names = draw(st.lists(st.sampled_from(sorted(facets)), max_size=3, unique=True))
        chosen = {
            name: draw(st.sets(st.sampled_from(facets[name]), min_size=1, max_size=2))
            for name in names
        }
        return chosen | {name: draw(st.sampled_from(values)) for name, values in others.items()}

    return draw()


def kivu():
    """A region three levels down (Africa > Great Lakes > Kivu): the roll-up is transitive."""
    return Region.objects.create(
        slug="kivu", name="Kivu", parent=Region.objects.get(slug="great-lakes")
    )


# Resources: every facet, the region tree, the publisher, the years, every sort ---------------

REGIONS = ["global", "africa", "great-lakes", "east-africa", "kivu", "europe"]
PUBLISHERS = {"OECD": "oecd", "RMI": "rmi", "EPRM": "eprm"}
DAYS = [timezone.make_aware(datetime.datetime(2024, 1, day)) for day in (1, 2, 3)]

resource_rows = st.lists(
    st.fixed_dictionaries(
        {
            "title": st.sampled_from(["Alpha", "alpha", "Beta", "Gamma"]),  # ties, by pk
            "status": st.sampled_from([Resource.Status.PUBLISHED] * 3 + [Resource.Status.DRAFT]),
            "resource_type": st.sampled_from(["guidance", "tool", "report"]),
            "publisher": st.sampled_from([*PUBLISHERS, None]),
            "year": st.one_of(st.none(), st.integers(2015, 2020)),
            "published_at": st.sampled_from(DAYS),
            "languages": sets(["en", "fr", "de"]),
            "minerals": sets(["tin", "gold", "cobalt"]),
            "needs": sets(["assess-risks", "map-supply-chain"]),
            "tiers": sets(["upstream", "midstream", "downstream"]),
            "steps": sets([1, 2, 3]),
            "regions": sets(REGIONS),
        }
    ),
    min_size=4,
    max_size=12,
)
# Values no row has but the facet knows (mica, es), values it does not take (platinum, xx,
# nobody), parents (africa), bounds that are no year.
resource_selections = selections(
    {
        "mineral": ["tin", "gold", "cobalt", "mica", "platinum"],
        "need": ["assess-risks", "map-supply-chain", "report-publicly"],
        "tier": ["upstream", "midstream", "downstream"],
        "step": ["1", "2", "3", "4", "9"],
        "type": ["guidance", "tool", "report", "website", "poem"],
        "language": ["en", "fr", "de", "es", "xx"],
        "region": [*REGIONS, "asia", "atlantis"],
        "publisher": [*PUBLISHERS.values(), "nobody"],
    },
    year_min=[None, None, None, "2014", "2016", "2018", "2021", "abc", "12345"],
    year_max=[None, None, None, "2014", "2016", "2018", "2021", "999"],
    sort=[None, "newest", "title", "year", "relevance", "bogus"],
)


@EXAMPLES
@given(rows=resource_rows, chosen=resource_selections)
def test_resources_match_the_reference(rows, chosen):
    with rolled_back():
        kivu()
        for row in rows:
            factories.resource(**row)
        check(RESOURCES, chosen)


# Members: supply chains counted only where public, countries by code, every sort ------------

JOINED = [datetime.date(2020, 1, 1), datetime.date(2022, 6, 1)]
member_rows = st.lists(
    st.fixed_dictionaries(
        {
            "name": st.sampled_from(["Alpha", "beta", "Gamma"]),
            "pillar": st.sampled_from([*Organisation.Pillar.values, ""]),
            "country": st.sampled_from(["CD", "RW", "DE", ""]),
            "role": st.sampled_from(["smelter-or-refiner", "retailer", ""]),
            "tiers": sets(["upstream", "downstream"]),
            "minerals": sets(["tin", "gold"]),
            "supply_chain_visibility": st.sampled_from(Visibility.values),
            "is_member": st.sampled_from([True, True, True, False]),
            "is_public": st.sampled_from([True, True, True, False]),
            "joined_on": st.sampled_from([None, *JOINED]),
        }
    ),
    min_size=4,
    max_size=12,
)
# CD in lower case is CD; FR is a country no member is in; XX is none.
member_selections = selections(
    {
        "pillar": [*Organisation.Pillar.values, "other"],
        "country": ["CD", "RW", "DE", "FR", "cd", "XX"],
        "tier": ["upstream", "midstream", "downstream"],
        "role": ["smelter-or-refiner", "retailer", "recycler", "boss"],
        "mineral": ["tin", "gold", "mica"],
    },
    sort=[None, "name", "newest", "relevance", "bogus"],
)


@EXAMPLES
@given(rows=member_rows, chosen=member_selections)
def test_members_match_the_reference(rows, chosen):
    with rolled_back():
        for number, row in enumerate(rows):
            member(**row | {"name": f"{row['name']} {number}"})  # names are unique
        check(MEMBERS, chosen)


def member(*, tiers=(), minerals=(), **fields):
    """A saved organisation with these tiers and minerals (by slug). Without its change
    history, as tests.factories.resource: a record per many-to-many change is slow."""
    item = Organisation(**fields)
    item.save_without_historical_record()
    for field, model, slugs in [
        ("supply_chain_tiers", SupplyChainTier, tiers),
        ("minerals", Mineral, minerals),
    ]:
        through = getattr(Organisation, field).through
        target = f"{model._meta.model_name}_id"
        through.objects.bulk_create(
            through(organisation_id=item.pk, **{target: pk})
            for pk in model.objects.filter(slug__in=slugs).values_list("pk", flat=True)
        )
    return item


# Projects: a status computed from the dates, countries unnested, partners, every sort --------

# (fields, status today): by the years, the dates or the editor's override.
TIMINGS = [
    ({"start_year": THIS_YEAR + 1}, "planned"),
    ({}, "planned"),
    ({"start_year": THIS_YEAR - 1}, "ongoing"),
    ({"start_date": datetime.date(THIS_YEAR - 1, 3, 1)}, "ongoing"),
    ({"start_date": datetime.date(THIS_YEAR - 1, 9, 1)}, "ongoing"),
    ({"start_year": THIS_YEAR - 3, "end_year": THIS_YEAR - 1}, "completed"),
    ({"start_year": THIS_YEAR + 2, "status_override": "completed"}, "completed"),
]
PARTNERS = ["alpha", "beta", "local"]

project_rows = st.lists(
    st.fixed_dictionaries(
        {
            "title": st.sampled_from(["Alpha", "beta", "Gamma"]),
            "countries": sets(["CD", "RW", "CO"]),
            "minerals": sets(["gold", "tin", "cobalt"]),
            "sdgs": sets([5, 8, 12]),
            "call": st.sampled_from([None, "first", "second"]),
            "partners": st.dictionaries(
                st.sampled_from(PARTNERS), st.sampled_from(["implementing", "funding"])
            ),
            "gender_focus": st.sampled_from(["", "significant", "principal"]),
            "eprm_grant": st.sampled_from([None, Decimal("100000"), Decimal("250000")]),
            "timing": st.sampled_from(range(len(TIMINGS))),
            "is_published": st.sampled_from([True, True, True, False]),
        }
    ),
    min_size=3,
    max_size=10,
)
# delta: a listed member that is no partner (finds nothing); outsider: unlisted, not a value.
project_selections = selections(
    {
        "country": ["CD", "RW", "CO", "FR", "cd", "XX"],
        "mineral": ["gold", "tin", "cobalt", "mica", "platinum"],
        "status": ["planned", "ongoing", "completed", "paused"],
        "sdg": ["5", "8", "12", "1", "99"],
        "call": ["first", "second", "third"],
        "partner": [*PARTNERS, "delta", "outsider", "nobody"],
        "gender": ["significant", "principal", "not-targeted", "bogus"],
    },
    sort=[None, "newest", "start", "grant", "title", "relevance", "bogus"],
)


@EXAMPLES
@given(rows=project_rows, chosen=project_selections)
def test_projects_match_the_reference(rows, chosen):
    with rolled_back():
        calls = {slug: call(slug.title(), 2020, slug=slug) for slug in ("first", "second")}
        partners = {slug: organisation(slug.title()) for slug in ("alpha", "beta", "delta")}
        partners["local"] = organisation("Local", member=False, public=False)
        organisation("Outsider", public=False)
        for row in rows:
            row = dict(row)
            fields, _status = TIMINGS[row.pop("timing")]
            slug = row.pop("call")
            named = sorted(row.pop("partners").items())
            project(
                **row,
                **fields,
                call=calls[slug] if slug else None,
                partners=[(partners[name], role) for name, role in named],
            )
        check(PROJECTS, chosen)


# The reference itself, on cases stated by hand ---------------------------------------------


def test_a_private_supply_chain_counts_under_no_tier_role_or_mineral():
    shown = {"pillar": Organisation.Pillar.SUPPLY_CHAIN, "role": "smelter-or-refiner"}
    shown |= {"tiers": ["upstream"], "minerals": ["tin"]}
    public = member(name="Open smelter", **shown)
    member(name="Quiet smelter", supply_chain_visibility=Visibility.MEMBERS, **shown)
    counts = reference_counts(MEMBERS, QueryDict())
    assert counts["tier"]["upstream"] == counts["role"]["smelter-or-refiner"] == 1
    assert counts["mineral"]["tin"] == 1
    assert counts["pillar"]["supply-chain-actor"] == 2  # its pillar is public
    found = reference_filterset(MEMBERS)(QueryDict("mineral=tin")).qs
    assert list(found) == [public]
    check(MEMBERS, {"mineral": ["tin"]})


def test_a_region_finds_the_regions_inside_it_at_any_depth():
    kivu()
    inside = factories.resource("In Kivu", regions=["kivu"])
    factories.resource("In Europe", regions=["europe"])
    found = reference_filterset(RESOURCES)(QueryDict("region=africa")).qs
    assert list(found) == [inside]
    counts = reference_counts(RESOURCES, QueryDict("region=europe"))["region"]
    assert (counts["africa"], counts["great-lakes"], counts["kivu"], counts["asia"]) == (1, 1, 1, 0)
    check(RESOURCES, {"region": ["africa"]})


def test_the_publisher_facet_and_the_years():
    factories.resource("Old", publisher="OECD", year=2015)
    recent = factories.resource("Recent", publisher="OECD", year=2020)
    factories.resource("Undated", publisher="OECD", year=None)
    factories.resource("Elsewhere", publisher="RMI", year=2020)
    factories.resource("Draft", publisher="Hidden", status=Resource.Status.DRAFT)
    # Reversed bounds are swapped; a row without a year is out once a bound is given.
    query = QueryDict("publisher=oecd&publisher=hidden&year_min=2021&year_max=2016")
    assert list(reference_filterset(RESOURCES)(query).qs) == [recent]
    counts = reference_counts(RESOURCES, query)["publisher"]
    assert counts == {"oecd": 1, "rmi": 1}  # a publisher of drafts only is no value
    check(RESOURCES, {"publisher": ["oecd", "hidden"], "year_min": "2021", "year_max": "2016"})
