"""The Due Diligence Check's questions: checks/data/questions-2026-12.json."""

from collections import Counter

import pytest
from django.utils import translation

from checks.models import Question
from eprm_hub.models import OECDStep


@pytest.mark.django_db
def test_the_check_has_five_active_questions_per_oecd_step():
    questions = Question.objects.filter(active=True).select_related("step")
    assert questions.count() == 25
    per_step = Counter(question.step.number for question in questions)
    assert per_step == dict.fromkeys((1, 2, 3, 4, 5), 5)
    for step in OECDStep.objects.all():
        orders = list(step.questions.values_list("order", flat=True))
        assert orders == [10, 20, 30, 40, 50]


@pytest.mark.django_db
def test_every_question_is_in_every_language_with_help():
    questions = list(Question.objects.all())
    assert len(questions) == 25
    for question in questions:
        for field in ("text", "help"):
            assert getattr(question, field).strip(), (question.pk, field)
            for language in ("fr", "es", "pt", "de", "nl"):
                translated = question.translation(field, language)
                assert translated.strip() and translated != getattr(question, field)
        assert question.text.endswith("?")
        assert question.translation("text", "fr").endswith(" ?")  # French punctuation
        assert "¿" in question.translation("text", "es")  # where the question starts
        assert question.missing_languages() == []
        assert len(question.text) <= 200
        question.full_clean()  # lengths and the weight's 1..5 validators


@pytest.mark.django_db
def test_weights_are_between_1_and_5_and_the_cornerstones_count_double():
    weights = {
        (step, order): weight
        for step, order, weight in Question.objects.values_list("step__number", "order", "weight")
    }
    assert len(weights) == 25
    assert all(1 <= weight <= 5 for weight in weights.values())
    cornerstones = {key for key, weight in weights.items() if weight == 2}
    # a written policy, knowing the smelters and refiners, a published report
    assert {(1, 10), (2, 20), (5, 10)} <= cornerstones
    assert 3 <= len(cornerstones) <= 8  # most questions weigh 1
    assert set(weights.values()) == {1, 2}


@pytest.mark.django_db
def test_questions_are_shown_in_the_visitors_language():
    question = Question.objects.get(step__number=5, order=10)
    assert question.label == question.text
    with translation.override("fr"):
        assert question.label == question.translation("text", "fr")
        assert question.help_label == question.translation("help", "fr")
    with translation.override("de"):
        assert question.label == question.translation("text", "de") != question.text


@pytest.mark.django_db
def test_loading_the_data_file_again_changes_nothing_and_puts_back_its_wording():
    from django.apps import apps

    from checks.loading import load_questions, read

    data = read("questions-2026-12.json")
    before = list(Question.objects.order_by("pk").values())
    load_questions(apps, data)
    assert list(Question.objects.order_by("pk").values()) == before
    question = Question.objects.get(key="policy")
    question.text = "Reworded?"
    question.save()
    load_questions(apps, data, replace=False)  # the first file's way: editors' changes stay
    assert Question.objects.get(key="policy").text == "Reworded?"
    load_questions(apps, data)  # a later file's way: the file's wording wins
    assert Question.objects.get(key="policy").text == data["questions"][0]["text"]
    assert Question.objects.count() == 25
