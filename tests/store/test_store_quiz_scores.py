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
    assert [(s.percent, s.pass_percent, s.passed) for s in scores] == [
        (60, 80, False),
        (100, 80, True),
    ]


def test_only_the_latest_scores_of_a_lesson_are_kept(tmp_path):
    """A chart needs recent scores; keeping every one for years made the file grow for ever."""
    from iop_course.store.schema import SCORES_KEPT_PER_LESSON

    with ProgressStore.open(tmp_path) as store:
        for percent in range(SCORES_KEPT_PER_LESSON + 5):
            store.record_quiz_score("m/l", percent, 80)
        store.record_quiz_score("m/other", 40, 80)
    with ProgressStore.open(tmp_path) as store:
        kept = [score.percent for score in store.quiz_scores("m/l")]
        assert kept == list(range(5, SCORES_KEPT_PER_LESSON + 5))
        assert len(store.quiz_scores("m/other")) == 1
