"""Search as good in every language (docs/search.md): spelling that knows the six languages,
German and Dutch compounds found by their parts, and the rare word deciding a long question."""

import functools

import pytest
from django.db import connection
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eprm_hub import textquery
from resources.search import CATALOGUE

from . import factories
from .test_text_search import concept, search

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "fr", "es", "pt", "de", "nl"]


def not_corrected(found):
    return found.corrected_from == "" and found.correction is None


# Spelling ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "word, language, near",
    [
        # Each near word is one a correction would pick if the word were taken for a typo.
        ("Pflichten", "de", "Pflicht"),
        ("Schmelzhütten", "de", "Schmelzhutte"),
        ("reduzir", "pt", "reducir"),
        ("auditées", "fr", "audited"),
        ("consideran", "es", "considerant"),
        ("autoevaluación", "es", "autoevaluation"),
    ],
)
def test_a_correct_word_of_any_language_is_never_corrected(word, language, near):
    factories.resource(f"{near} guide")
    CATALOGUE.refresh_words()
    for page in ("en", language):
        assert not_corrected(search(f"q={word}", page)), (word, page)
    # The near word is a correction it would otherwise make: a typo of it is corrected.
    typo = near[:-1] + "x" + near[-1]
    assert search(f"q={typo}").correction.replaced == ((typo, textquery.normalise(near)),)


@functools.cache
def dictionary_sample():
    """Words of the six languages' dictionaries, a few hundred of each."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT word FROM eprm_hub_spellingword WHERE word ~ '^[a-z]{5,12}$' "
            "ORDER BY md5(word || language) LIMIT 3000"
        )
        return [word for (word,) in cursor.fetchall()]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_no_correctly_spelled_word_is_corrected_whatever_the_library_has_close_to_it(data):
    word = data.draw(st.sampled_from(dictionary_sample()))
    page = data.draw(st.sampled_from(LANGUAGES))
    # A word one letter away, in the library: what a correction would replace the word with.
    near = word + ("s" if not word.endswith("s") else "x")
    factories.resource(f"About {near}")
    CATALOGUE.refresh_words()
    found = search(f"q={word}", page)
    assert not_corrected(found), (word, page, found.correction)


def test_gibberish_is_not_corrected_and_the_page_offers_its_ways_out(client):
    factories.resource("The mining blog")
    factories.resource("Blog posts on smelters")
    CATALOGUE.refresh_words()
    found = search("q=xyzzyq+blorf")
    assert not_corrected(found) and found.total == 0
    html = client.get("/en/resources/?q=xyzzyq+blorf").content.decode()
    assert "data-correction" not in html
    assert "Try fewer words or filters, or check the spelling." in html


def test_a_correction_that_finds_nothing_is_neither_made_nor_offered(client):
    # The thesaurus knows the word, so the words view has it; no resource is about it.
    factories.resource("Tin traceability")
    concept("battery regulation", ("batterijverordening", "nl"))
    CATALOGUE.refresh_words()
    found = search("q=baterijverordening", "nl")
    assert not_corrected(found) and found.total == 0
    html = client.get("/nl/resources/?q=baterijverordening").content.decode()
    assert "data-correction" not in html


def test_the_notice_names_each_word_replaced_and_by_which(client):
    factories.resource("Smelter audit checklist")
    factories.resource("Cobalt smelter list")
    CATALOGUE.refresh_words()
    found = search("q=cobalt+smeltr+audlt")
    assert found.correction.replaced == (("smeltr", "smelter"), ("audlt", "audit"))
    html = client.get("/en/resources/?q=cobalt+smeltr+audlt").content.decode()
    assert "Showing results for <strong>smelter</strong> instead of <em>smeltr</em>." in html
    assert "Showing results for <strong>audit</strong> instead of <em>audlt</em>." in html
    assert "cobalt</em>" not in html  # a word found as typed is not named
    french = client.get("/fr/resources/?q=cobalt+smeltr").content.decode()
    assert "<strong>smelter</strong>" in french and "Showing results" not in french


# Compound words ----------------------------------------------------------------------------


def german(title, summary="Ein Leitfaden für Unternehmen."):
    return factories.resource(title, summary, text_language="de")


def test_a_german_compound_finds_the_resources_that_have_its_parts():
    whole = german("Konfliktmineralienverordnung: ein Überblick")
    parts = german("Die Verordnung über Konfliktmineralien")
    german("Kobalt aus dem Kongo")
    found = search("q=Konfliktmineralienverordnung", "de")
    # Parts found this way rank below the compound itself.
    assert found.ids[:2] == [whole.pk, parts.pk] and found.total == 2


def test_compounds_are_split_into_their_parts_with_their_linking_elements():
    german("Gesetz über die Sorgfaltspflichten in der Lieferkette")
    dutch = factories.resource(
        "Keten van toelevering in de mijnbouw", "Een gids.", text_language="nl"
    )
    assert search("q=Lieferkettengesetz", "de").total == 1
    assert search("q=toeleveringsketen", "nl").ids == [dutch.pk]
    clause = search("q=toeleveringsketen", "nl").text.clauses[0]
    # The parts, and the parts by the thesaurus's preferred terms ("keten": "chain").
    assert clause.derived == ("toelevering keten", "toelevering chain")
    # A word that is no compound of known words is searched as it is.
    assert search("q=Verordnung", "de").text.clauses[0].derived == ()
    # Only German and Dutch pages split words.
    assert search("q=toeleveringsketen", "en").text.clauses[0].derived == ()


def test_a_german_word_typed_without_its_umlauts_is_searched_with_them():
    found = german("Rückverfolgbarkeit von Zinn")
    CATALOGUE.refresh_words()
    assert search("q=Rueckverfolgbarkeit", "de").ids == [found.pk]


# The specific word decides -----------------------------------------------------------------


def test_in_a_long_question_the_rare_word_outranks_the_common_ones():
    # Twelve broad resources have the common words in their titles, twice over; one has the
    # rare words, in its summary only (where ts_rank counts them less).
    broad = [
        factories.resource(f"Handbook of practice {n}: handbook and practice") for n in range(12)
    ]
    specific = factories.resource(
        "For small firms", "A checklist to start, and the warehouse records to keep."
    )
    found = search("q=checklist+warehouse+handbook+practice")
    assert found.ids[0] == specific.pk
    # With three words, every word counts alike: the broad titles come first.
    three = search("q=checklist+handbook+practice")
    assert three.ids[0] in {b.pk for b in broad}


def test_the_words_of_a_query_are_split_in_one_query_however_long(django_assert_num_queries):
    from eprm_hub.facets import compounds

    words = textquery.words(
        "Lieferkettensorgfaltspflichtengesetz Konfliktmineralienverordnung Batterieverordnung"
    )
    with django_assert_num_queries(1):
        found = compounds.split(CATALOGUE, words, "de")
    assert found["konfliktmineralienverordnung"] == ("konfliktmineralien verordnung",)
    assert found["batterieverordnung"] == ("batterie verordnung",)
