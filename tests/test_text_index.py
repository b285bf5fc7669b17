"""The frequent lexemes in the index answer the text as PostgreSQL would, and a huge tier of
matches is ranked title first, then in part (docs/search.md, "Speed")."""

import pytest
from django.db import connection, transaction
from django.http import QueryDict
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eprm_hub.facets import lexemes, ranking, tsquery
from eprm_hub.models import Concept, ConceptTerm
from resources.search import CATALOGUE

from . import factories

pytestmark = pytest.mark.django_db

WORDS = ["smelter", "smelters", "audit", "gold", "tin", "due", "diligence", "mining", "risk"]
row_texts = st.lists(
    st.tuples(
        st.lists(st.sampled_from(WORDS), min_size=1, max_size=4),
        st.lists(st.sampled_from(WORDS), max_size=6),
    ),
    min_size=1,
    max_size=12,
)
query_words = st.sampled_from([*WORDS, "smelting", "“due diligence”", "-gold", "OR", "the"])
queries = st.lists(query_words, min_size=1, max_size=4).map(" ".join)


def searched(query, in_memory):
    """The search with every lexeme in the index, or none (PostgreSQL answers it all)."""
    lexemes.FREQUENT_SHARE, lexemes.FREQUENT_MIN = (0, 1) if in_memory else (0, 10**9)
    CATALOGUE._index = None
    found = CATALOGUE.search(QueryDict(mutable=True) | {"q": query})
    return found.total, found.text_match.counts, found.ids, found.relaxed


@pytest.fixture
def frequency(monkeypatch):
    monkeypatch.setattr(lexemes, "FREQUENT_SHARE", lexemes.FREQUENT_SHARE)
    monkeypatch.setattr(lexemes, "FREQUENT_MIN", lexemes.FREQUENT_MIN)
    yield
    CATALOGUE._index = None


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=row_texts, query=queries)
def test_the_index_and_postgresql_find_the_same_rows(frequency, rows, query):
    with transaction.atomic():
        concept = Concept.objects.create(key="smelter", name="smelter")
        ConceptTerm.objects.create(concept=concept, text="smelting plant", language="en")
        for title, summary in rows:
            factories.resource(" ".join(title), " ".join(summary) or "x")
        assert searched(query, in_memory=True) == searched(query, in_memory=False)
        transaction.set_rollback(True)


def test_a_frequent_lexeme_is_read_from_the_index(frequency):
    for n in range(4):
        factories.resource(f"Gold audit {n}", "On gold.", publisher=None)
    factories.resource("Tin", "On tin.", publisher=None)
    lexemes.FREQUENT_SHARE, lexemes.FREQUENT_MIN = 0.5, 2
    CATALOGUE._index = None
    index = CATALOGUE.index_and_thesaurus()[0]
    assert set(index.lexemes) == {"gold", "audit"}  # in four of five rows; "tin" in one
    assert index.lexemes["gold"].bit_count() == 4
    assert index.titled["audit"].bit_count() == 4  # in the titles
    assert CATALOGUE.search(QueryDict("q=gold")).total == 4


def test_a_huge_tier_ranks_title_matches_first_then_in_order(frequency, monkeypatch):
    monkeypatch.setattr(ranking, "RANK_LIMIT", 3)
    lexemes.FREQUENT_SHARE, lexemes.FREQUENT_MIN = 0, 1
    CATALOGUE._index = None
    in_summary = [factories.resource(f"Guide {n}", "A guide on gold mining.") for n in range(6)]
    in_title = [factories.resource(f"Gold guide {n}", "A guide.") for n in range(2)]
    search = CATALOGUE.search(QueryDict("q=gold"))
    pages = [search.ordered(offset, 3) for offset in (0, 3, 6)]
    assert [pk for page in pages for pk in page] == search.ordered(0, None)  # as exported
    assert set(pages[0][:2]) == {r.pk for r in in_title}  # the title matches, ranked
    # The rest of the tier: RANK_LIMIT rows ranked, then the others newest first.
    rest = [pk for page in pages for pk in page][2:]
    assert len(rest) == len(set(rest)) == 6
    assert set(rest) == {r.pk for r in in_summary}
    newest = [r.pk for r in sorted(in_summary, key=lambda r: (r.published_at, r.pk), reverse=True)]
    assert rest[3:] == [pk for pk in newest if pk not in rest[:3]]


def test_what_each_phrase_finds_in_its_own_rows_adds_up(frequency):
    """Two phrases of frequent lexemes are each looked for in the rows that have their
    lexemes, in two parts of one query: rows of the same 64-bit word found by both count."""
    concept = Concept.objects.create(key="zorblax", name="zorblax")
    ConceptTerm.objects.create(concept=concept, text="quux plant", language="en")
    ConceptTerm.objects.create(concept=concept, text="metal frob", language="en")
    plant = factories.resource("A quux plant", "On plants.")
    frob = factories.resource("A metal frob", "On frobs.")
    factories.resource("Plant quux", "Frob and the metal.")  # the words, in neither phrase
    expected = searched("zorblax", in_memory=False)
    assert set(expected[2]) == {plant.pk, frob.pk}
    assert searched("zorblax", in_memory=True) == expected


def test_tsqueries_are_combined_as_postgresql_combines_them():
    """The engine writes a tsquery only by joining those PostgreSQL compiled (tsquery.py): as
    ||, && and !! join them, an empty one (stop words only) left out."""
    a, b, c = "'smelter' & 'audit'", "'due' <-> 'dilig'", "'gold' <2> 'refin'"
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT %s::tsquery = (%s::tsquery || %s::tsquery || %s::tsquery), "
            "       %s::tsquery = (%s::tsquery && !!%s::tsquery), %s::tsquery = !!%s::tsquery",
            [tsquery.any_of([a, "", b, c]), a, b, c]
            + [tsquery.without(a, c), a, c, tsquery.without("", c), c],
        )
        assert cursor.fetchone() == (True, True, True)
    assert tsquery.any_of(["", a]) == a
    assert tsquery.without(a, "") == a
