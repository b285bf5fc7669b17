"""The facet engine against a brute-force count in Python, over random data and selections."""

import pytest
from django.db import transaction
from django.http import QueryDict
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from resources.models import Resource
from resources.search import CATALOGUE

from . import factories

MINERALS = ["tin", "gold", "cobalt", "mica"]
NEEDS = ["assess-risks", "map-supply-chain", "report-publicly"]
TIERS = ["upstream", "midstream", "downstream"]
TYPES = ["guidance", "tool", "report"]
LANGUAGES = ["en", "fr", "de"]
STATUSES = [Resource.Status.PUBLISHED] * 3 + [Resource.Status.DRAFT]

resources = st.lists(
    st.fixed_dictionaries(
        {
            "minerals": st.sets(st.sampled_from(MINERALS)),
            "needs": st.sets(st.sampled_from(NEEDS)),
            "tiers": st.sets(st.sampled_from(TIERS)),
            "resource_type": st.sampled_from(TYPES),
            "languages": st.sets(st.sampled_from(LANGUAGES), min_size=1),
            "year": st.one_of(st.none(), st.integers(2015, 2020)),
            "status": st.sampled_from(STATUSES),
        }
    ),
    max_size=14,
)
selections = st.fixed_dictionaries(
    {
        "mineral": st.sets(st.sampled_from(MINERALS + ["platinum"])),
        "need": st.sets(st.sampled_from(NEEDS)),
        "tier": st.sets(st.sampled_from(TIERS)),
        "type": st.sets(st.sampled_from(TYPES)),
        "language": st.sets(st.sampled_from(LANGUAGES)),
        "year_min": st.one_of(st.none(), st.integers(2014, 2021)),
        "year_max": st.one_of(st.none(), st.integers(2014, 2021)),
    }
)

# Each facet's parameter and the value(s) of a generated row it looks at.
FACETS = {
    "mineral": lambda row: row["minerals"],
    "need": lambda row: row["needs"],
    "tier": lambda row: row["tiers"],
    "type": lambda row: {row["resource_type"]},
    "language": lambda row: row["languages"],
}


def brute_force(rows, chosen):
    """Total and per-facet counts, computed row by row, as docs/facets.md defines them."""
    low, high = chosen["year_min"], chosen["year_max"]
    if low is not None and high is not None and low > high:
        low, high = high, low

    def passes(row, facet_to_skip=None):
        if row["status"] != Resource.Status.PUBLISHED:
            return False
        in_years = row["year"] is not None and (low or 0) <= row["year"] <= (high or 9999)
        if (low is not None or high is not None) and not in_years:
            return False
        for name, values_of in FACETS.items():
            wanted = chosen[name] & set(VALUES[name])
            if name != facet_to_skip and wanted and not (values_of(row) & wanted):
                return False
        return True

    total = sum(passes(row) for row in rows)
    counts = {
        name: {
            value: sum(passes(row, name) and value in values_of(row) for row in rows)
            for value in VALUES[name]
        }
        for name, values_of in FACETS.items()
    }
    return total, counts


VALUES = {"mineral": MINERALS, "need": NEEDS, "tier": TIERS, "type": TYPES, "language": LANGUAGES}


def check_counts(rows, chosen, ids=None):
    """Create the rows (with these primary keys, if given) and compare the engine's total,
    counts and first page with the brute-force ones."""
    with transaction.atomic():
        created = [
            factories.resource(**row, **({"pk": ids[n]} if ids else {}))
            for n, row in enumerate(rows)
        ]
        query = QueryDict(mutable=True)
        for name in FACETS:
            query.setlist(name, sorted(chosen[name]))
        for name in ("year_min", "year_max"):
            if chosen[name] is not None:
                query[name] = str(chosen[name])
        query["sort"] = "title"
        result = CATALOGUE.search(query)
        total, counts = brute_force(rows, chosen)
        assert result.total == total
        for facet in result.facets:
            if facet.name in counts:
                found = {v.key: v.count for v in facet.values}
                # Languages are listed only once some published resource has them.
                assert {k: found.get(k, 0) for k in VALUES[facet.name]} == counts[facet.name]
        # The page: the matching rows by title (each factory title ends in a unique number).
        matching = [
            r for r, row in zip(created, rows, strict=True) if brute_force([row], chosen)[0]
        ]
        expected = [r.pk for r in sorted(matching, key=lambda r: (r.title, r.pk))][:20]
        assert result.ids == expected
        transaction.set_rollback(True)


@pytest.mark.django_db
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=resources, chosen=selections)
def test_counts_match_a_brute_force_count(rows, chosen):
    check_counts(rows, chosen)


@pytest.mark.django_db
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    rows=resources,
    chosen=selections,
    start=st.integers(1, 10_000_000),
    gaps=st.lists(st.sampled_from([1, 1, 1, 2, 63, 64, 65, 1000, 5_000_000]), min_size=14),
)
def test_counts_match_a_brute_force_count_on_sparse_ids(rows, chosen, start, gaps):
    """Primary keys far apart, in runs and with gaps on either side of Slots.GAP: the slots
    number the rows densely, and nothing may be counted twice or lost between two runs."""
    ids = [start]
    for gap in gaps[: len(rows) - 1]:
        ids.append(ids[-1] + gap)
    check_counts(rows, chosen, ids)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_index_is_built_from_one_snapshot():
    """A row published while the index is built is in all of it or in none of it: here a
    concurrent publisher commits between two of the build's statements."""
    import psycopg2
    from django.db import connection

    from eprm_hub.facets import Catalogue, Facet, Sort, terms_of
    from eprm_hub.facets.bitsets import members
    from eprm_hub.models import Mineral, SupplyChainTier

    late = factories.resource("Late tin guide", minerals=["tin"], status=Resource.Status.DRAFT)
    factories.resource("Early gold guide", minerals=["gold"])

    def tiers_while_someone_publishes(rows):
        db = connection.settings_dict
        other = psycopg2.connect(
            dbname=db["NAME"], user=db["USER"], password=db["PASSWORD"], host=db["HOST"],
            port=db["PORT"] or 5432,
        )  # fmt: skip
        with other, other.cursor() as cursor:  # commits on leaving, as another process would
            cursor.execute(
                "UPDATE resources_resource SET status = 'published', published_at = now() "
                "WHERE id = %s",
                [late.pk],
            )
        other.close()
        return rows.values_list("pk", "supply_chain_tiers__slug")

    catalogue = Catalogue(
        "resources",  # the version its triggers renew
        visible=lambda: Resource.objects.published(),
        facets=[
            Facet("mineral", "Mineral", "minerals__slug", terms_of(Mineral)),
            Facet(
                "tier",
                "Tier",
                "supply_chain_tiers__slug",
                terms_of(SupplyChainTier),
                pairs=tiers_while_someone_publishes,
            ),
        ],
        sorts=[Sort("title", "Title", ("title", "pk"))],
    )
    index = catalogue.index_and_thesaurus()[0]

    def pks(slots, index=index):
        return {index.slots.pk(slot) for slot in slots}

    rows = pks(members(index.universe))
    assert rows == pks(index.orders["title"])  # every row has a place in every order, no other
    tin = pks(members(index.facets["mineral"].get("tin", 0)))
    assert (late.pk in rows) == (late.pk in tin)
    assert late.pk not in rows  # the snapshot was taken before the publisher's commit
    # The next request sees the version the publisher's write renewed, and the row.
    fresh = catalogue.index_and_thesaurus()[0]
    assert late.pk in pks(members(fresh.universe), fresh)


@pytest.mark.django_db
def test_the_index_costs_what_the_rows_cost_not_what_their_keys_do():
    """Primary keys from ten million up: every bitset and array is sized by the rows."""
    rows = [factories.resource(pk=10_000_000 + 3 * n, minerals=["tin"]) for n in range(50)]
    factories.resource(pk=20_000_000, status=Resource.Status.DRAFT)  # far away, not visible
    index = CATALOGUE.index_and_thesaurus()[0]
    assert CATALOGUE.figures().total == 50
    assert len(index.slots) == 148  # the gaps of two keys are kept as unused slots
    sized = [index.universe, *index.years.values()]
    sized += [bits for values in index.facets.values() for bits in values.values()]
    assert max(bits.bit_length() for bits in sized) <= 148
    assert all(len(order) == 50 for order in index.orders.values())
    assert all(len(position) == 148 for position in index.positions.values())
    # And the page still shows the rows by their keys.
    assert CATALOGUE.search(QueryDict("sort=newest&mineral=tin")).ids[0] == rows[-1].pk


@pytest.mark.django_db
def test_the_index_gives_each_rows_values_as_its_relations_hold_them():
    """Figures.keys_of(): what related resources and a resource's page read instead of its
    relations, in each facet's order; nothing for a row the public does not see."""
    rows = [
        factories.resource(pk=5_000_000 + 7 * n, minerals=minerals, tiers=tiers, needs=needs)
        for n, (minerals, tiers, needs) in enumerate(
            [
                (["tin", "gold"], ["upstream"], ["assess-risks"]),
                (["cobalt"], [], ["assess-risks", "report-publicly"]),
                ([], ["downstream", "midstream"], []),
            ]
        )
    ]
    draft = factories.resource(minerals=["tin"], status=Resource.Status.DRAFT)
    figures = CATALOGUE.figures()
    found = figures.keys_of([row.pk for row in rows] + [draft.pk], ["mineral", "tier", "need"])
    assert draft.pk not in found
    for row in rows:
        for facet, relation in [
            ("mineral", row.minerals),
            ("tier", row.supply_chain_tiers),
            ("need", row.business_needs),
        ]:
            keys = set(relation.values_list("slug", flat=True))
            assert set(found[row.pk][facet]) == keys
            assert found[row.pk][facet] == [k for k in figures.keys(facet) if k in keys]
