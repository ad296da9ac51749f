"""Quiz scores are kept per lesson, oldest first, and survive a reopen."""

from iop_course.store import ProgressStore


def test_scores_are_kept_in_order_and_survive_reopening(tmp_path):
    with ProgressStore.open(tmp_path) as store:
        assert store.quiz_scores("m/l") == []
        store.record_quiz_score("m/l", 60, 80)
        store.record_quiz_score("m/l", 100, 80)
        store.record_quiz_score("m/other", 40, 80)
    with ProgressStore.open(tmp_path) as store:
        scores = store.quiz_scores("m/l")
    assert [(s.percent, s.pass_percent, s.passed) for s in scores] == [(60, 80, False),
                                                                         (100, 80, True)]
