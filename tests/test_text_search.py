"""Search that understands people (docs/search.md): questions, the field's words and French."""

import re

import pytest
from django.db import transaction
from django.http import QueryDict
from django.utils import translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eprm_hub import textquery
from eprm_hub.models import Concept, ConceptTerm, Mineral
from eprm_hub.thesaurus import Thesaurus
from resources.search import CATALOGUE

from . import factories

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def empty_thesaurus():
    """Each test states the concepts it relies on (the seeded ones: test_relevance.py)."""
    Concept.objects.all().delete()


def concept(name, *terms, narrower=(), filter=None):
    """A thesaurus concept; terms are (text, language) pairs or English strings."""
    facet, value = filter or ("", "")
    item = Concept.objects.create(
        key=re.sub(r"\W+", "-", name.lower()), name=name, filter_facet=facet, filter_value=value
    )
    for term in terms:
        text, language = term if isinstance(term, tuple) else (term, "en")
        ConceptTerm.objects.create(concept=item, text=text, language=language)
    item.narrower.set(narrower)
    return item


def search(query, language="en"):
    with translation.override(language):
        return CATALOGUE.search(QueryDict(query))


def titles(client, query, language="en"):
    html = client.get(f"/{language}/resources/?{query}").content.decode()
    found = re.findall(r'<h3 class="result__title"><a href="[^"]+">(.*?)</a></h3>', html)
    return [re.sub(r"</?mark>", "", title) for title in found]


# Parsing ---------------------------------------------------------------------------------


def typed(query, language="en"):
    parsed = textquery.parse(query, Thesaurus({}), language)
    return [[clause.typed for clause in group] for group in parsed.groups], parsed


def test_filler_words_are_left_out_of_a_question():
    groups, parsed = typed("How do we start mapping our suppliers?")
    assert groups == [["mapping"], ["suppliers"]]
    assert parsed.fillers == ["How", "do", "we", "start", "our"]
    groups, parsed = typed("comment faire la cartographie de nos fournisseurs", "fr")
    assert groups == [["cartographie"], ["fournisseurs"]]


def test_or_joins_alternatives_and_a_minus_sign_excludes():
    groups, parsed = typed('smelter OR refiner "supply chain" -gold')
    assert groups == [["smelter", "refiner"], ["supply chain"]]
    assert [clause.forms for clause in parsed.excluded] == [("gold",)]
    assert parsed.groups[1][0].forms == ("supply chain",)  # one phrase
    # A lowercase "or" is a filler in English and gold in French; a dangling OR is ignored.
    assert typed("tin or gold")[0] == [["tin"], ["gold"]]
    assert typed("étain or", "fr")[0] == [["étain"], ["or"]]
    assert typed("OR tin OR")[0] == [["tin"]]


def test_a_query_of_common_words_only_finds_nothing_and_says_so(client):
    factories.resource("How to do it")
    result = search("q=how+do+we")
    assert (result.total, result.only_common_words) == (0, True)
    assert "has only common words" in client.get("/en/resources/?q=how+do+we").content.decode()


def test_expansion_is_bounded():
    many = Thesaurus(
        {n: _entry(tuple(f"term{n}x{m}" for m in range(30)), f"word{n}") for n in range(10)}
    )
    parsed = textquery.parse(" ".join(f"word{n}" for n in range(10)), many)
    forms = sum(len(clause.forms) for clause in parsed.clauses)
    assert forms <= textquery.MAX_FORMS
    assert all(clause.forms[0] == f"word{n}" for n, clause in enumerate(parsed.clauses))


def _entry(forms, typed):
    from eprm_hub.thesaurus import Entry

    return Entry("x", (typed, *forms), ("en",) * (len(forms) + 1), (), None)


# The thesaurus -----------------------------------------------------------------------------


def test_an_acronym_finds_the_spelled_out_form_and_back():
    concept("conflict-affected and high-risk areas", "CAHRA")
    factories.resource("Sourcing from conflict-affected and high-risk areas")
    factories.resource("A CAHRA checklist")
    factories.resource("Unrelated guide")
    assert search("q=cahra").total == 2
    assert search("q=conflict-affected+and+high-risk+areas").total == 2


def test_synonyms_find_each_other():
    concept("smelter", "refiner", "refinery")
    factories.resource("Tin smelter list")
    factories.resource("Gold refiner list")
    assert search("q=refiners").total == 2
    assert search("q=smelter").total == 2


def test_a_french_term_finds_english_resources_on_both_sites():
    concept("smelter", ("fonderie", "fr"), ("fondeur", "fr"))
    factories.resource("Tin smelter list")
    assert search("q=fondeurs", "fr").total == 1
    assert search("q=fonderie", "en").total == 1


def test_narrower_concepts_are_included():
    tin = concept("tin", ("étain", "fr"))
    concept("3TG", narrower=[tin])
    factories.resource("Étain : guide")
    assert search("q=3TG").total == 1


def test_a_quoted_phrase_keeps_its_words_together_and_in_order():
    factories.resource("Supply chain mapping")
    factories.resource("The chain of supply")
    assert search('q="supply chain"').total == 1
    assert search("q=supply+chain").total == 2
    # A quoted thesaurus term finds its other terms, each as a phrase.
    concept("supply chain", ("chaîne d'approvisionnement", "fr"))
    factories.resource("Cartographier la chaîne d'approvisionnement")
    factories.resource("Une chaîne pour l'approvisionnement en eau")
    assert search('q="supply chain"').total == 2


def test_an_exclusion_excludes_every_form_of_the_word():
    concept("gold", ("or", "fr"), "bullion")
    factories.resource("Gold traceability guide")
    factories.resource("Bullion traceability guide")
    factories.resource("Tin traceability guide")
    assert search("q=traceability+-gold").total == 1
    assert search("q=traceability+-bullion").total == 1


def test_editors_changes_take_effect_at_once():
    factories.resource("Smelter list")
    assert search("q=fondeur").total == 0
    smelter = concept("smelter")
    assert search("q=fondeur").total == 0
    ConceptTerm.objects.create(concept=smelter, text="fondeur", language="fr")
    assert search("q=fondeur").total == 1
    smelter.delete()
    assert search("q=fondeur").total == 0


# French and accents -----------------------------------------------------------------------


@pytest.mark.parametrize("query", ["étain", "etain", "ÉTAIN", "Etain"])
def test_accents_and_case_never_matter(query):
    factories.resource("Guide de l'étain")
    factories.resource("Etain sourcing")
    assert search(f"q={query}", "fr").total == 2
    assert search(f"q={query}", "en").total == 2


def test_french_text_is_stemmed_as_french():
    factories.resource("Cartographie des risques", languages=("fr",))
    # English stemming keeps "cartographion" apart from "cartographi"; French joins them.
    assert search("q=cartographions", "fr").total == 1


def test_vocabulary_names_are_searchable_in_both_languages():
    factories.resource("Buying guide", minerals=["cobalt"], tiers=["downstream"])
    factories.resource("Mine guide", minerals=["cobalt"], tiers=["upstream"])
    factories.resource("Assurance programme", steps=[4])
    downstream_cobalt = search("q=downstream+cobalt")
    # The one with both words first; with fewer than three, those with either follow.
    assert downstream_cobalt.ids[0] == search("q=aval", "fr").ids[0]
    assert search("q=aval", "fr").total == 1
    assert search("q=audit").total == 1  # step 4: "Carry out an independent third-party audit"
    assert search("q=step+4").total == 1
    assert search("q=étape+4", "fr").total == 1
    # Renaming a term renames it in the search text of every resource that has it.
    Mineral.objects.filter(slug="cobalt").update(translations={"fr": {"name": "Cobalt bleu"}})
    assert search("q=bleu", "fr").total == 2


def test_a_region_names_the_region_it_is_part_of():
    factories.resource("Kivu tin", regions=["great-lakes"])
    assert search("q=afrique", "fr").total == 1


# Did you mean ----------------------------------------------------------------------------


def test_a_misspelled_word_is_corrected_from_the_library_and_the_thesaurus(client):
    factories.resource("Smelter audit checklist")
    factories.resource("Artisanal and small-scale mining in Burkina Faso")
    concept("artisanal and small-scale mining", ("orpaillage", "fr"))
    response = client.get("/fr/resources/?q=orpailage")
    assert response.context["search"].corrected_from == "orpailage"
    assert response.context["search"].query == "orpaillage"
    html = client.get("/en/resources/?q=smeltr").content.decode()
    assert "Showing results for <strong>smelter</strong> instead of <em>smeltr</em>." in html
    assert titles(client, "q=smeltr") == ["Smelter audit checklist"]


def test_correctly_spelled_words_of_either_language_are_never_replaced(client):
    factories.resource("How to obtain a certificate")
    factories.resource("Obtaining tin")
    for query, language in [("obtenir", "fr"), ("obtenir", "en"), ("étain", "fr")]:
        response = client.get(f"/{language}/resources/", {"q": query})
        assert response.context["search"].corrected_from == "", query
        assert response.context["search"].correction is None, query


def test_did_you_mean_when_one_word_of_several_is_unknown(client):
    factories.resource("Smelter audit checklist")
    factories.resource("Cobalt smelter")
    response = client.get("/en/resources/?q=cobalt+smeltr")
    # "smeltr" matches nothing, so the search shows the corrected query's results.
    assert response.context["search"].query == "cobalt smelter"
    assert titles(client, "q=cobalt+smeltr")[0] == "Cobalt smelter"


# Most of the words -------------------------------------------------------------------------


def test_when_no_resource_has_all_the_words_those_with_most_come_first(client):
    factories.resource("Supplier mapping guide", summary="Map your suppliers.")
    factories.resource("Gold mapping", summary="Maps of gold mines.")
    factories.resource("Unrelated", summary="Nothing.")
    query = "q=how+do+we+start+mapping+our+suppliers+in+zanzibar"
    assert titles(client, query) == ["Supplier mapping guide", "Gold mapping"]
    html = client.get(f"/en/resources/?{query}").content.decode()
    assert "No result has all your words; these match most of them" in html


def test_with_enough_resources_having_every_word_only_those_are_shown():
    for n in range(3):
        factories.resource(f"Smelter audit {n}")
    factories.resource("Smelter list")
    result = search("q=smelter+audit")
    assert (result.total, result.relaxed) == (3, False)


def test_with_fewer_than_three_having_every_word_they_come_first():
    factories.resource("Smelter list")
    factories.resource("Smelter audit guide")
    factories.resource("Audit basics")
    result = search("q=smelter+audit")
    assert result.relaxed and result.total == 3
    assert factories.Resource.objects.get(pk=result.ids[0]).title == "Smelter audit guide"


def test_excluded_words_still_exclude_in_a_most_words_search():
    factories.resource("Gold mapping guide")
    factories.resource("Tin mapping guide")
    result = search("q=mapping+zanzibar+-gold")
    assert [factories.Resource.objects.get(pk=pk).title for pk in result.ids] == [
        "Tin mapping guide"
    ]


# Facets from the words ---------------------------------------------------------------------


def test_a_vocabulary_term_in_the_query_is_offered_as_a_filter(client):
    factories.resource("Tin smelters", minerals=["tin"])
    response = client.get("/en/resources/?q=tin+smelters&tier=upstream")
    offered = response.context["filter_suggestions"]
    assert [(s.facet_label, s.label, s.query) for s in offered] == [
        ("Mineral", "Tin", "?q=smelters&tier=upstream&mineral=tin")
    ]
    assert "Filter by Mineral: <strong>Tin</strong>" in response.content.decode()
    french = client.get("/fr/resources/?q=%C3%A9tain").context["filter_suggestions"]
    assert [(s.label, s.query) for s in french] == [("Étain", "?mineral=tin")]


@pytest.mark.parametrize(
    ("query", "language", "offered"),
    [
        ("downstream+smelters", "en", [("Supply-chain tier", "Downstream")]),
        ("aval", "fr", [("Maillon de la chaîne", "Aval")]),
        ("great+lakes", "en", [("Region", "Great Lakes region")]),
        ("step+4+smelters", "en", [("OECD step", "4. Carry out an independent third-party audit")]),
        ("mica+-tin", "en", [("Mineral", "Mica")]),  # an excluded word is no filter
        ("tin+or+gold", "en", [("Mineral", "Tin"), ("Mineral", "Gold")]),  # not "or" twice
        ("mine+d'or", "fr", [("Minerai", "Or")]),
    ],
)
def test_filters_offered_for_the_words(client, query, language, offered):
    concept("Great Lakes region", "Great Lakes", filter=("region", "great-lakes"))
    concept("OECD step 4", "step 4", filter=("step", "4"))
    for mineral in ("tin", "gold", "mica"):
        factories.resource(f"{mineral} guide", minerals=[mineral], tiers=["downstream"],
                           regions=["great-lakes"], steps=[4])  # fmt: skip
    response = client.get(f"/{language}/resources/?q={query}")
    found = [(str(s.facet_label), s.label) for s in response.context["filter_suggestions"]]
    assert found == offered


def test_a_selected_value_is_not_offered_again(client):
    factories.resource("Tin smelters", minerals=["tin"])
    response = client.get("/en/resources/?q=tin&mineral=tin")
    assert response.context["filter_suggestions"] == []


# No dead ends ------------------------------------------------------------------------------


def test_an_empty_result_names_the_filters_to_remove(client):
    factories.resource("Tin smelters", minerals=["tin"], tiers=["midstream"])
    factories.resource("Tin audits", minerals=["tin"], tiers=["midstream"])
    factories.resource("Gold refiners", minerals=["gold"], tiers=["downstream"])
    response = client.get("/en/resources/?mineral=tin&tier=downstream")
    html = response.content.decode()
    assert response.context["search"].total == 0
    assert [(c.label, c.count_without) for c in response.context["relaxations"]] == [
        ("Tin", 1),
        ("Downstream", 2),
    ][::-1]
    assert "Without Supply-chain tier: Downstream</a>: 2 results" in html
    assert 'href="?mineral=tin"' in html


WORDS = ["blorf", "quix", "zarn"]
rows = st.lists(
    st.fixed_dictionaries(
        {
            "words": st.sets(st.sampled_from(WORDS)),
            "minerals": st.sets(st.sampled_from(["tin", "gold"])),
            "tiers": st.sets(st.sampled_from(["upstream", "downstream"])),
            "year": st.sampled_from([2018, 2022]),
        }
    ),
    max_size=10,
)
choices = st.fixed_dictionaries(
    {
        "words": st.lists(st.sampled_from(WORDS), max_size=3, unique=True),
        "mineral": st.sets(st.sampled_from(["tin", "gold"])),
        "tier": st.sets(st.sampled_from(["upstream", "downstream"])),
        "year_min": st.sampled_from([None, 2020]),
    }
)


def brute_force(data, words, selected, year_min):
    """What the page shows under selected, computed row by row: the rows with every word; if
    fewer than three, also those with any (docs/search.md)."""

    def allowed(row):
        if year_min and row["year"] < year_min:
            return False
        return all(not keys or row[field] & keys for field, keys in selected.items())

    inside = [row for row in data if allowed(row)]
    if not words:
        return len(inside)
    complete = [row for row in inside if set(words) <= row["words"]]
    if len(complete) >= 3:
        return len(complete)
    return len([row for row in inside if set(words) & row["words"]])


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=rows, chosen=choices)
def test_counts_without_each_filter_match_a_brute_force_count(data, chosen):
    with transaction.atomic():
        for n, row in enumerate(data):
            factories.resource(
                " ".join(["guide", *sorted(row["words"])]) + f" {n}",
                minerals=row["minerals"],
                tiers=row["tiers"],
                year=row["year"],
            )
        query = QueryDict(mutable=True)
        if chosen["words"]:
            query["q"] = " ".join(chosen["words"])
        query.setlist("mineral", sorted(chosen["mineral"]))
        query.setlist("tier", sorted(chosen["tier"]))
        if chosen["year_min"]:
            query["year_min"] = str(chosen["year_min"])
        result = CATALOGUE.search(query)
        selected = {"minerals": chosen["mineral"], "tiers": chosen["tier"]}
        words, year_min = chosen["words"], chosen["year_min"]
        assert result.total == brute_force(data, words, selected, year_min)
        for facet in result.facets:
            field = {"mineral": "minerals", "tier": "tiers"}.get(facet.name)
            for value in facet.values if field else []:
                expected = brute_force(data, words, selected | {field: {value.key}}, year_min)
                assert value.count == expected, (facet.name, value.key)
        for chip in result.chips():
            label_to_field = {"Tin": ("minerals", "tin"), "Gold": ("minerals", "gold"),
                              "Upstream": ("tiers", "upstream"),
                              "Downstream": ("tiers", "downstream")}  # fmt: skip
            if chip.label in label_to_field:
                field, key = label_to_field[chip.label]
                rest = selected | {field: selected[field] - {key}}
                assert chip.count_without == brute_force(data, words, rest, year_min)
            else:  # the years
                assert chip.count_without == brute_force(data, words, selected, None)
        transaction.set_rollback(True)


# Regions form a tree -----------------------------------------------------------------------


def test_a_region_includes_the_regions_that_are_part_of_it(client):
    factories.resource("Kivu tin", regions=["great-lakes"])
    factories.resource("Sahel gold", regions=["west-africa"])
    factories.resource("Andes gold", regions=["latin-america"])
    result = search("region=africa")
    assert result.total == 2
    regions = {v.key: v for v in result.facets[6].values}
    assert regions["africa"].count == 2 and not regions["africa"].nested
    assert regions["great-lakes"].count == 1 and regions["great-lakes"].nested
    assert search("region=africa&region=great-lakes").total == 2
    html = client.get("/en/resources/").content.decode()
    assert 'class="facet__value facet__value--nested"' in html


# Result cards ------------------------------------------------------------------------------


def test_result_cards_show_the_tiers_steps_and_needs(client):
    factories.resource(
        "Smelter audit guide",
        tiers=["midstream"],
        steps=[4],
        needs=["audit-and-certification"],
    )
    html = client.get("/en/resources/").content.decode()
    assert '<dt>Tiers:</dt><dd><span class="fact">Midstream</span></dd>' in html
    assert 'title="4. Carry out an independent third-party audit">4</span>' in html
    assert '<span class="fact">Audits and certification</span>' in html


def test_a_snippet_cut_from_a_longer_summary_shows_ellipses(client):
    long = " ".join(f"word{n}" for n in range(60))
    factories.resource("Guide", summary=f"{long} smelter {long}")
    html = client.get("/en/resources/?q=smelter").content.decode()
    snippet = re.search(r'<p class="result__summary">(.*?)</p>', html).group(1)
    assert snippet.startswith("… ") and snippet.endswith(" …")
    assert "<mark>smelter</mark>" in snippet


@pytest.mark.parametrize(
    "query",
    ['-"', "OR OR", '"-"', "- -", '"" OR ""', "-OR", 'a -"b c" OR', "d'or", "’", "-é", "OR -"],
)
def test_odd_queries_never_fail(client, query):
    factories.resource("Smelter guide")
    for language in ("en", "fr"):
        assert client.get(f"/{language}/resources/", {"q": query}).status_code == 200


def test_the_json_export_says_how_the_text_was_understood(client):
    factories.resource("Smelter list")
    factories.resource("Audit basics")
    data = client.get("/en/resources/export.json?q=smeltr+audit").json()
    assert (data["query"], data["corrected_from"]) == ("smelter audit", "smeltr audit")
    assert data["all_words"] is False and data["count"] == 2
    data = client.get("/en/resources/export.json?q=smelter").json()
    assert (data["corrected_from"], data["all_words"]) == (None, True)


def test_the_words_view_refreshes_with_the_search_path_of_postgresql_17():
    """PostgreSQL 17 and later refresh a materialized view with a search path of pg_catalog
    only (the quick start's embedded server is 18): its query must name every schema."""
    from django.db import connection

    factories.resource("Smelter list")
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL search_path = pg_catalog, pg_temp")
        cursor.execute("REFRESH MATERIALIZED VIEW public.resources_searchword")
        cursor.execute("SELECT count(*) FROM public.resources_searchword WHERE word = 'smelter'")
        assert cursor.fetchone() == (1,)
        cursor.execute("RESET search_path")
