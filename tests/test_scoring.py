"""The Due Diligence Check's scores (checks/scoring.py): mostly in memory."""

import pytest

from checks.models import Answer, Check, Question
from checks.scoring import overall, step_scores
from eprm_hub.models import OECDStep
from members.models import Organisation

YES, PARTLY, NO, NA = (
    Answer.Value.YES,
    Answer.Value.PARTLY,
    Answer.Value.NO,
    Answer.Value.NOT_APPLICABLE,
)
STEPS = {number: OECDStep(number=number, slug=str(number)) for number in range(1, 6)}


def answer(step, value, weight=1):
    question = Question(step=STEPS[step], text="A question?", weight=weight)
    return Answer(question=question, value=value)


def test_all_yes_scores_100():
    answers = [answer(step, YES) for step in (1, 2, 3, 4, 5) for _ in range(5)]
    assert step_scores(answers) == {1: 100, 2: 100, 3: 100, 4: 100, 5: 100}
    assert overall(step_scores(answers)) == 100


def test_all_no_scores_0():
    assert step_scores([answer(1, NO), answer(1, NO)]) == {1: 0}
    assert overall({1: 0}) == 0


def test_partly_counts_half():
    assert step_scores([answer(1, PARTLY)]) == {1: 50}
    assert step_scores([answer(1, YES), answer(1, PARTLY), answer(1, NO), answer(1, NO)]) == {
        1: 38  # 1.5 of 4 = 37.5, rounded
    }


def test_weights_count():
    # yes on a weight-2 question, no on a weight-1 question: 2 of 3
    assert step_scores([answer(2, YES, weight=2), answer(2, NO, weight=1)]) == {2: 67}
    assert step_scores([answer(2, YES, weight=1), answer(2, NO, weight=2)]) == {2: 33}
    assert step_scores([answer(2, PARTLY, weight=5), answer(2, YES, weight=1)]) == {2: 58}


def test_not_applicable_is_left_out():
    answers = [answer(4, YES), answer(4, NA, weight=5), answer(4, PARTLY)]
    assert step_scores(answers) == {4: 75}


def test_a_step_with_only_not_applicable_answers_has_no_score():
    answers = [answer(1, YES), answer(4, NA), answer(4, NA, weight=2)]
    scores = step_scores(answers)
    assert scores == {1: 100, 4: None}
    assert overall(scores) == 100


def test_scores_are_per_step_and_in_step_order():
    answers = [answer(3, NO), answer(1, YES), answer(3, YES), answer(2, PARTLY)]
    scores = step_scores(answers)
    assert scores == {1: 100, 2: 50, 3: 50}
    assert list(scores) == [1, 2, 3]


def test_overall_is_the_mean_of_the_step_scores_that_exist():
    # each step counts the same, however many questions it has
    answers = [answer(1, YES)] + [answer(2, NO)] * 4 + [answer(3, NA)]
    scores = step_scores(answers)
    assert scores == {1: 100, 2: 0, 3: None}
    assert overall(scores) == 50
    assert overall({1: 100, 2: 50, 3: 25, 4: None, 5: 0}) == 44  # 175 / 4 = 43.75


def test_nothing_to_score_gives_none():
    assert step_scores([]) == {}
    assert overall({}) is None
    assert overall(step_scores([answer(2, NA), answer(5, NA)])) is None


@pytest.mark.django_db
def test_scores_of_a_saved_check():
    organisation = Organisation.objects.create(name="Scoring Test Ltd", pillar="government")
    check = Check.objects.create(organisation=organisation)
    values = {1: [YES] * 5, 2: [YES, YES, PARTLY, NO, NO], 5: [NA] * 5}
    for step, step_values in values.items():
        questions = Question.objects.filter(step__number=step).order_by("order")
        for question, value in zip(questions, step_values, strict=True):
            Answer.objects.create(due_diligence_check=check, question=question, value=value)
    answers = check.answers.select_related("question__step")
    scores = step_scores(answers)
    # step 2: weights 1, 2 (the smelters), 1, 1, 1: yes 1 + yes 2 + partly 0.5 = 3.5 of 6
    assert scores == {1: 100, 2: 58, 5: None}
    assert overall(scores) == 79
