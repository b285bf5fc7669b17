"""Changes applied to an index give the index a rebuild would (docs/facets.md, "Changes").

Each test builds an index, writes as editors do (through the ORM: saves, many-to-many sets,
deletes, new rows), then applies the rows the triggers logged to a copy of the index and
compares it with an index built anew: the same rows in every facet value, year, sort order
and frequent lexeme, the same values, in terms of primary keys (slots may differ).
"""

import pytest
from django.db import connection, transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eprm_hub.facets import changes, lexemes
from eprm_hub.facets.bitsets import Slots, members
from eprm_hub.models import Mineral, Region
from members.models import Organisation, Visibility
from members.search import CATALOGUE as MEMBERS
from projects.search import CATALOGUE as PROJECTS
from resources.models import Publisher, Resource
from resources.search import CATALOGUE as RESOURCES

from . import factories, project_factories

pytestmark = pytest.mark.django_db

MINERALS = ["tin", "gold", "cobalt"]
REGIONS = ["great-lakes", "east-africa", "africa", "europe"]
PUBLISHERS = ["OECD", "RMI", "EPRM"]
WORDS = ["smelter", "audit", "gold", "tin", "risk", "supplier", "mine", "report"]

rows = st.fixed_dictionaries(
    {
        "title": st.lists(st.sampled_from(WORDS), min_size=1, max_size=4).map(" ".join),
        "minerals": st.sets(st.sampled_from(MINERALS)),
        "regions": st.sets(st.sampled_from(REGIONS)),
        "publisher": st.sampled_from(PUBLISHERS),
        "year": st.one_of(st.none(), st.integers(2015, 2020)),
        "status": st.sampled_from([Resource.Status.PUBLISHED] * 3 + [Resource.Status.DRAFT]),
    }
)
edits = st.one_of(
    st.tuples(st.just("title"), st.integers(0, 9), st.sampled_from(WORDS)),
    st.tuples(st.just("year"), st.integers(0, 9), st.one_of(st.none(), st.integers(2010, 2025))),
    st.tuples(st.just("status"), st.integers(0, 9), st.sampled_from(list(Resource.Status))),
    st.tuples(st.just("minerals"), st.integers(0, 9), st.sets(st.sampled_from(MINERALS))),
    st.tuples(st.just("regions"), st.integers(0, 9), st.sets(st.sampled_from(REGIONS))),
    st.tuples(st.just("publisher"), st.integers(0, 9), st.sampled_from(PUBLISHERS)),
    st.tuples(st.just("delete"), st.integers(0, 9), st.none()),
    st.tuples(st.just("add"), st.integers(0, 9), rows),
)


@pytest.fixture(autouse=True)
def frequent_words(monkeypatch):
    """Words in two rows count as frequent, so that the index holds lexemes' rows here."""
    monkeypatch.setattr(lexemes, "FREQUENT_MIN", 2)


def meaning(catalogue, index):
    """What an index says, in primary keys: every bitset's rows, every order, every term."""

    def rows(bits):
        return {index.slots.pk(slot) for slot in members(bits)}

    fresh_lexemes, fresh_titled = lexemes.lexeme_rows(
        catalogue.visible(), index.slots, sorted(index.lexemes)
    )
    return {
        "universe": rows(index.universe),
        "facets": {f: {k: rows(b) for k, b in v.items()} for f, v in index.facets.items()},
        "terms": {facet: set(terms) for facet, terms in index.terms.items()},
        "years": {year: rows(bits) for year, bits in index.years.items()},
        "orders": {
            sort: [index.slots.pk(s) for s in order] for sort, order in index.orders.items()
        },
        "positions": {
            sort: [index.positions[sort][slot] for slot in order]
            for sort, order in index.orders.items()
        },
        # The lexemes the index holds rows of, checked against the rows' search vectors.
        "lexemes": {word: rows(bits) for word, bits in index.lexemes.items()},
        "lexemes now": {word: rows(bits) for word, bits in fresh_lexemes.items()},
        "titled": {word: rows(bits) for word, bits in index.titled.items()},
        "titled now": {word: rows(bits) for word, bits in fresh_titled.items()},
    }


def applied(catalogue, index):
    """The index with the rows changed since its version applied, and one built anew."""
    versions = catalogue._versions()
    wanted = catalogue._version(versions)
    found = changes.changed_keys(catalogue, index.version[0], wanted[0])
    assert found is not None
    changed = changes.patched(catalogue, index, found, wanted)
    assert changed is not None
    return changed, catalogue._build()


def assert_same(catalogue, changed, rebuilt):
    ours, theirs = meaning(catalogue, changed), meaning(catalogue, rebuilt)
    assert ours["lexemes"] == ours["lexemes now"]
    assert ours["titled"] == ours["titled now"]
    for part in ("universe", "facets", "terms", "years", "orders"):
        assert ours[part] == theirs[part], part
    for sort, positions in ours["positions"].items():
        assert positions == list(range(len(positions))), sort


def save(row, **more):
    return factories.resource(
        row["title"],
        minerals=row["minerals"],
        regions=row["regions"],
        publisher=row["publisher"],
        year=row["year"],
        status=row["status"],
        **more,
    )


def edit(resources, kind, number, value):
    """Change one resource as the admin would (a save, a many-to-many set, a delete)."""
    if kind == "add":
        resources.append(save(value))
        return
    if not resources:
        return
    resource = resources[number % len(resources)]
    if kind == "delete":
        resource.delete()
        resources.remove(resource)
    elif kind in ("minerals", "regions"):
        model = Mineral if kind == "minerals" else Region
        getattr(resource, kind).set(model.objects.filter(slug__in=value))
    elif kind == "publisher":
        resource.publisher = Publisher.objects.get_or_create(name=value)[0]
        resource.save()
    else:
        setattr(resource, kind, f"{resource.title} {value}" if kind == "title" else value)
        resource.save()
    Resource.objects.filter(pk=resource.pk).refresh_search_text()


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(rows, max_size=10), st.lists(edits, min_size=1, max_size=6))
def test_changes_applied_to_the_resources_index_give_a_rebuilt_one(initial, steps):
    with transaction.atomic():
        resources = [save(row) for row in initial]
        index = RESOURCES._build()
        for kind, number, value in steps:
            edit(resources, kind, number, value)
        assert_same(RESOURCES, *applied(RESOURCES, index))
        transaction.set_rollback(True)


def test_changes_apply_again_on_an_index_that_had_changes_applied():
    resources = [factories.resource(f"Smelter audit {n}", minerals=["tin"]) for n in range(6)]
    index = RESOURCES._build()
    resources[0].minerals.set(Mineral.objects.filter(slug="gold"))
    once, _ = applied(RESOURCES, index)
    resources[1].delete()
    factories.resource("Gold refiner audit", minerals=["gold"], year=2011)
    assert_same(RESOURCES, *applied(RESOURCES, once))


def test_a_region_rolls_up_in_changed_rows_too():
    resource = factories.resource("Mine site audit", regions=["europe"])
    index = RESOURCES._build()
    resource.regions.set(Region.objects.filter(slug="great-lakes"))
    changed, rebuilt = applied(RESOURCES, index)
    assert resource.pk in meaning(RESOURCES, changed)["facets"]["region"]["africa"]
    assert_same(RESOURCES, changed, rebuilt)


def test_a_publisher_renamed_changes_the_rows_it_published():
    resource = factories.resource("Smelter audit", publisher="RMI")
    index = RESOURCES._build()
    Publisher.objects.filter(name="RMI").update(slug="responsible-minerals-initiative")
    changed, rebuilt = applied(RESOURCES, index)
    found = meaning(RESOURCES, changed)["facets"]["publisher"]
    assert found["responsible-minerals-initiative"] == {resource.pk}
    assert_same(RESOURCES, changed, rebuilt)


def test_members_hiding_their_supply_chain_leave_its_facets():
    member = project_factories.organisation(
        "Tin smelter",
        supply_chain_visibility=Visibility.PUBLIC,
        pillar=Organisation.Pillar.SUPPLY_CHAIN,
    )
    member.minerals.set(Mineral.objects.filter(slug="tin"))
    index = MEMBERS._build()
    assert member.pk in meaning(MEMBERS, index)["facets"]["mineral"].get("tin", set())
    member.supply_chain_visibility = Visibility.MEMBERS
    member.save()
    changed, rebuilt = applied(MEMBERS, index)
    assert "tin" not in meaning(MEMBERS, changed)["facets"]["mineral"]
    assert_same(MEMBERS, changed, rebuilt)


def test_a_partner_renamed_changes_the_projects_it_works_on():
    partner = project_factories.organisation("Artisanal gold cooperative")
    project = project_factories.project("Gold traceability", partners=[(partner, "lead")])
    project_factories.project("Tin traceability")
    index = PROJECTS._build()
    Organisation.objects.filter(pk=partner.pk).update(slug="gold-cooperative")
    changed, rebuilt = applied(PROJECTS, index)
    assert meaning(PROJECTS, changed)["facets"]["partner"]["gold-cooperative"] == {project.pk}
    assert_same(PROJECTS, changed, rebuilt)


def test_a_truncate_cannot_be_applied_row_by_row():
    factories.resource("Smelter audit")
    index = RESOURCES._build()
    with connection.cursor() as cursor:
        cursor.execute("TRUNCATE resources_resource_regions")
    assert (
        changes.changed_keys(RESOURCES, index.version[0], RESOURCES._versions()["resources"])
        is None
    )


def test_more_changed_rows_than_a_few_hundred_are_rebuilt_instead():
    index = RESOURCES._build()
    for n in range(changes.MOST + 1):
        factories.resource(f"Guide {n}")
    assert (
        changes.changed_keys(RESOURCES, index.version[0], RESOURCES._versions()["resources"])
        is None
    )


def test_a_new_row_gets_a_slot_and_no_row_is_renumbered():
    slots = Slots([1, 2, 3, 40, 500, 501])  # two runs: 1…40 (gaps kept as slots), 500…501
    grown = slots.changed({3: False, 20: True, 600: True, 200: True, 199: True})
    assert grown.pk(grown.slot(20)) == 20  # a slot its run kept unused
    assert grown.pk(grown.slot(3)) == 0  # hidden, its slot unused
    assert grown.pk(grown.slot(600)) == 600  # after the last run
    # Between two runs: runs of their own, numbered after every slot there was.
    assert {grown.slot(199), grown.slot(200)} == {len(slots), len(slots) + 1}
    assert all(grown.slot(pk) == slots.slot(pk) for pk in (1, 2, 40, 500, 501))
    assert grown.pk(grown.slot(200)) == 200 and grown.slot(300) is None
    assert slots.pk(slots.slot(3)) == 3 and slots.slot(600) is None  # the old is untouched
    again = grown.changed({700: True})  # the last run no longer ends the slots
    assert again.pk(again.slot(700)) == 700 and again.slot(650) is None
    assert Slots([]).changed({7: True}).slot(7) == 0


def test_rows_numbered_out_of_key_order_are_numbered_alike_in_sql():
    """Bitsets built in PostgreSQL (Slots.sql()) put a new run's row in the same slot."""
    slots = Slots([1, 2, 500]).changed({200: True, 900: True})
    sql, params = slots.sql("pk")
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT pk, {sql} FROM unnest(%s::bigint[]) AS pk", [*params, [1, 200, 500, 900, 300]]
        )
        found = dict(cursor.fetchall())
    assert found == {pk: slots.slot(pk) for pk in (1, 200, 500, 900, 300)}


def test_an_index_built_from_a_transactions_own_writes_is_rebuilt_not_changed():
    """Writes that may be rolled back taint the index: no logged change could undo them."""
    with transaction.atomic():
        factories.resource("Smelter audit")
        index, _ = RESOURCES.index_and_thesaurus()
        assert index.tainted
        transaction.set_rollback(True)
    factories.resource("Gold refiner audit")
    fresh, _ = RESOURCES.index_and_thesaurus()
    titles = set(
        Resource.objects.filter(pk__in=meaning(RESOURCES, fresh)["universe"]).values_list(
            "title", flat=True
        )
    )
    assert titles == {"Gold refiner audit"}
