"""Related resources and the Check's advice, tested like search relevance (docs/related.md).

tests/related_pairs.py holds what a due-diligence officer expects next to a resource and
under a Check question, written before the ranking was tuned. The suite's score may rise,
never fall: docs/library.md states it, and SCORE below is its floor.
"""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from checks.advice import for_answers
from checks.models import Answer, Question
from eprm_hub.models import Mineral, SupplyChainTier
from members.models import Organisation
from resources.demo import seed as seed_resources
from resources.models import Resource
from resources.related import similarity, trigrams

from . import factories
from .related_pairs import ADVICE_PAIRS, RESOURCE_PAIRS

pytestmark = pytest.mark.django_db

# Pairs that pass, resource pages and advice together, of 78 (docs/library.md states it): 26 with
# the facet pools ordered by "newest" and no resource chosen for any question; 71 with the
# ranking alone; 74 with the questions' chosen resources; 75 once the thesaurus's everyday
# words no longer count as shared concepts.
SCORE = 75


class _Quiet:
    def write(self, text):
        pass


class _Command:
    stdout = _Quiet()


def seed_library():
    seed_resources(_Command())
    try:
        from checks.question_resources import choose
    except ImportError:  # before the questions had resources chosen for them
        return
    choose()


def related_titles(client, title):
    resource = Resource.objects.get(title=title)
    return [other.title for other in client.get(resource.get_absolute_url()).context["related"]]


def suggested_titles(item, number):
    organisation = Organisation.objects.create(name=f"Suite organisation {number}")
    organisation.supply_chain_tiers.set(SupplyChainTier.objects.filter(slug__in=item["tiers"]))
    organisation.minerals.set(Mineral.objects.filter(slug__in=item["minerals"]))
    question = Question.objects.get(text__startswith=item["question"], active=True)
    advice = for_answers(organisation, [Answer(question=question, value=Answer.Value.NO)])
    return [suggestion.resource.title for suggestion in advice[0].suggestions]


def suite():
    """(pairs passed, failures) over the resource pages and the Check's advice."""
    seed_library()
    client = Client()
    passed, failures = 0, []
    for item in RESOURCE_PAIRS:
        top = related_titles(client, item["for"])[:5]
        if set(item["any_of"]) & set(top):
            passed += 1
        else:
            failures.append(f"{item['for']!r}: got {top}")
    for number, item in enumerate(ADVICE_PAIRS):
        found = suggested_titles(item, number)
        if set(item["any_of"]) & set(found):
            passed += 1
        else:
            failures.append(f"question {item['question']!r}: got {found}")
    return passed, failures


def test_the_relatedness_suite_keeps_its_score():
    passed, failures = suite()
    total = len(RESOURCE_PAIRS) + len(ADVICE_PAIRS)
    report = "\n".join(failures)
    assert passed >= SCORE, f"{passed} of {total} pass, below {SCORE}. Failing:\n{report}"


def test_the_questions_get_different_lists_and_every_one_has_its_choice():
    seed_resources(_Command())  # the ranking alone first: no resource chosen yet
    questions = Question.objects.filter(active=True).select_related("step")
    assert questions.count() == 25
    organisation = Organisation.objects.create(name="No profile yet")
    lists = {}
    for question in questions:
        advice = for_answers(organisation, [Answer(question=question, value=Answer.Value.NO)])
        lists[question.pk] = tuple(s.resource.pk for s in advice[0].suggestions)
    # 23 different lists for 25 questions by the ranking alone (it used to give questions
    # with the same needs the same list); two about what the yearly report says share one.
    assert len(set(lists.values())) >= 22
    from checks.question_resources import choose

    choose()
    for question in questions:
        assert question.resources.exists(), question.text


def test_choosing_the_questions_resources_twice_adds_nothing():
    from checks.question_resources import choose

    seed_library()
    links = Question.resources.through.objects.count()
    assert links >= 50
    assert choose() == 0
    assert Question.resources.through.objects.count() == links


# The ranking's rules, on a small library ------------------------------------------------------


def related_to(client, resource, language="en"):
    with translation.override("en"):
        path = resource.get_absolute_url().replace("/en/", f"/{language}/", 1)
    return list(client.get(path).context["related"])


def test_shared_needs_and_concepts_beat_recency(client):
    source = factories.resource(
        "Smelter audit guide", summary="How smelters and refiners prepare for an RMAP audit.",
        needs=["audit-and-certification"], minerals=["tin"], tiers=["midstream"], steps=[4],
    )  # fmt: skip
    close = factories.resource(
        "Preparing a refinery audit", summary="Audit preparation for smelters.",
        needs=["audit-and-certification"], minerals=["tin"], tiers=["midstream"], steps=[4],
        year=2005,
    )  # fmt: skip
    newer = [
        factories.resource(f"Mine map {n}", needs=["map-supply-chain"], tiers=["midstream"])
        for n in range(6)
    ]
    Resource.objects.filter(pk=close.pk).update(published_at="2001-01-01T00:00Z")
    related = related_to(client, source)
    assert related[0] == close
    assert source not in related
    assert set(related[1:]) <= set(newer)
    assert "Also about:" in related[0].why


def test_recency_only_breaks_ties(client):
    source = factories.resource("Source", needs=["assess-risks"], minerals=["gold"])
    older = factories.resource("Twin", needs=["assess-risks"], minerals=["gold"])
    newer = factories.resource("Twin", needs=["assess-risks"], minerals=["gold"])
    Resource.objects.filter(pk=older.pk).update(published_at="2001-01-01T00:00Z")
    assert related_to(client, source)[:2] == [newer, older]


def test_the_readers_language_comes_first(client):
    source = factories.resource("Risk guide", needs=["assess-risks"], minerals=["gold"])
    factories.resource("Gold risks", needs=["assess-risks"], minerals=["gold"])  # English
    german = factories.resource(
        "Gold risks", needs=["assess-risks"], minerals=["gold"], languages=["de"]
    )
    french = factories.resource("Gold risks", needs=["assess-risks"], minerals=["gold"])
    french.set_translation("title", "fr", "Risques de l'or")
    french.save_without_historical_record()
    assert related_to(client, source, "de")[0] == german
    assert related_to(client, source, "fr")[0] == french
    assert related_to(client, source, "en")[-1] == german


def test_unpublished_resources_are_never_related(client):
    source = factories.resource("Tin smelter audit", needs=["audit-and-certification"])
    draft = factories.resource(
        "Tin smelter audit", needs=["audit-and-certification"], status=Resource.Status.DRAFT
    )
    archived = factories.resource(
        "Tin smelter audit", needs=["audit-and-certification"], status=Resource.Status.ARCHIVED
    )
    shown = factories.resource("Tin smelter audits", needs=["audit-and-certification"])
    related = related_to(client, source)
    assert related == [shown]
    assert draft not in related and archived not in related


def test_a_resource_page_asks_the_same_number_of_queries_whatever_the_library_size(client):
    def queries(resource):
        client.get(resource.get_absolute_url())  # the first request builds the facet index
        with CaptureQueriesContext(connection) as captured:
            assert client.get(resource.get_absolute_url()).status_code == 200
        return len(captured)

    def grow(size):
        for n in range(size):
            factories.resource(
                f"Smelter audit guide {n}", summary="Smelters, refiners and RMAP audits.",
                needs=["audit-and-certification"], minerals=["tin", "gold"],
                tiers=["midstream"], tags=["RMAP"],
            )  # fmt: skip

    source = factories.resource(
        "Smelter audit", summary="Smelters and refiners: the RMAP audit.", tags=["RMAP"],
        needs=["audit-and-certification"], minerals=["tin"], tiers=["midstream"],
    )  # fmt: skip
    grow(5)
    small = queries(source)
    grow(40)
    assert queries(source) == small
    assert len(related_to(client, source)) == 5


def test_title_likeness_is_what_postgresql_trigram_similarity_says():
    """related.similarity() counts trigrams as pg_trgm's similarity() does: words of letters
    and digits in any language, in lower case, whatever the punctuation between them."""
    titles = [
        "OECD Due Diligence Guidance for Responsible Supply Chains of Minerals",
        "OECD-Leitfaden für die Erfüllung der Sorgfaltspflicht",
        "Guide de l'OCDE sur le devoir de diligence (3e édition)",
        "Guía de Debida Diligencia de la OCDE",
        "CMRT 6.4 — Conflict Minerals Reporting Template",
        "EMRT: Extended Minerals Reporting Template",
        "RMAP_smelter list, 2024",
        "São Paulo mining 2024",
        "",
    ]
    with connection.cursor() as cursor:
        for mine in titles:
            for theirs in titles:
                cursor.execute("SELECT similarity(%s, %s)", [mine, theirs])
                expected = cursor.fetchone()[0]
                found = similarity(trigrams(mine), trigrams(theirs))
                assert found == pytest.approx(expected, abs=1e-6), (mine, theirs)
