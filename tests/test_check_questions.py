"""The Due Diligence Check's questions: members/migrations/0002_seed_check_questions.py."""

from collections import Counter

import pytest
from django.utils import translation

from eprm_hub.models import OECDStep
from members.models import CheckQuestion


@pytest.mark.django_db
def test_the_check_has_five_active_questions_per_oecd_step():
    questions = CheckQuestion.objects.filter(active=True).select_related("step")
    assert questions.count() == 25
    per_step = Counter(question.step.number for question in questions)
    assert per_step == dict.fromkeys((1, 2, 3, 4, 5), 5)
    for step in OECDStep.objects.all():
        orders = list(step.questions.values_list("order", flat=True))
        assert orders == [10, 20, 30, 40, 50]


@pytest.mark.django_db
def test_every_question_is_in_every_language_with_help():
    questions = list(CheckQuestion.objects.all())
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
        for step, order, weight in CheckQuestion.objects.values_list(
            "step__number", "order", "weight"
        )
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
    question = CheckQuestion.objects.get(step__number=5, order=10)
    assert question.label == question.text
    with translation.override("fr"):
        assert question.label == question.translation("text", "fr")
        assert question.help_label == question.translation("help", "fr")
    with translation.override("de"):
        assert question.label == question.translation("text", "de") != question.text
