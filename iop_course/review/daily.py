"""Today's review: at most ten questions, the most useful first, and never a pile.

A card is due on the learner's calendar day it falls on (a question missed at 6 pm comes back
the next morning, not the next evening). Of the cards due, those the learner is most likely to
have forgotten come first (fsrs's retrievability: the chance of recalling it now), then the
longest waiting, then course order. At most DAILY_LIMIT a day, counting answers already given
today, so stopping halfway and coming back later never adds more.

After a long break nothing piles up: the cards waiting are not counted or shown anywhere, only
today's share is offered, and the rest come back on the following days, DAILY_LIMIT at most a
day, the most useful first. A missed card comes back one day later, so the waiting cards only
shrink when nothing new is learned.

Today's questions are chosen here before any quiz is read or any card is made
(``todays_questions``): the home screen's first frame says whether a review is ready and how
long it is, so they are known before it is painted, on a thread beside Textual's start
(``early_review``). The review's items (``ReviewDeck.items_for``) need each question parsed
from its quiz's Markdown and an fsrs card; choosing them needs neither. Ordering needs only when
each question's card falls due, when it was last reviewed and its stability: a stored card has
them written down, and a card derived from a quiz answer (``enrolment.first_card``) is the card
fsrs gives every first answer of that rating, moved to the answer's time, so it is made once
per rating (``first_cards``), not once per answer of two years. Whether a quiz still has a
question is read from its ids (``QuizShelf.question_ids``), not from its parse. The questions
and their order are those the full cards give (a property test holds the two in agreement).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator
from datetime import datetime, timedelta, timezone
from heapq import heapify, heappop
from typing import NamedTuple

from fsrs import Rating, Scheduler, State

from iop_course.content.model import Course, LessonInfo
from iop_course.review.clock import as_utc, local_day
from iop_course.review.enrolment import enters_review, first_card, missed_since, quiz_rating
from iop_course.review.scheduling import card_from_record, new_card
from iop_course.store.records import AnswerOutcome
from iop_course.store.review_cards import ReviewCardRecord

DAILY_LIMIT = 10

QuestionIds = Callable[[LessonInfo], Collection[str] | None]
"""The ids of a lesson's quiz as it is now (None: no quiz, or one that cannot be read)."""

SURELY_ANOTHER_DAY = timedelta(days=3)
"""A moment this far from now falls on another local day than now's, on the side it is on: no
offset from UTC changes by half as much, so ``local_day`` (a look at the system's time zone for
each moment) is asked only of moments nearer than this."""

FUZZ_FROM = timedelta(days=2.5)
"""fsrs spreads a wait at random (fuzzing) in the review state only, and never one shorter than
this (``Scheduler._get_fuzzed_interval``): a first card of a shorter wait is the same each time."""

_ANY_MOMENT = datetime(2000, 1, 1, tzinfo=timezone.utc)


class DueQuestion(NamedTuple):
    """A question of today's review, chosen before its quiz is read: its lesson, the store's
    record of it, its stored card (None while its card is derived from the quiz answer) and its
    place among the questions in review, in course order."""

    lesson: LessonInfo
    answer: AnswerOutcome
    kept: ReviewCardRecord | None
    course_order: int

    @property
    def ids(self) -> tuple[str, str]:
        """The lesson's id and the question's."""
        return self.lesson.id, self.answer.question_id


class FirstCard(NamedTuple):
    """The card fsrs makes of a question's first answer of one rating, as ordering needs it:
    how long after the answer it falls due, and its stability."""

    wait: timedelta
    stability: float | None


def in_review(
    course: Course, answers: Iterable[AnswerOutcome], kept: Iterable[ReviewCardRecord]
) -> Iterator[tuple[LessonInfo, AnswerOutcome, ReviewCardRecord | None]]:
    """Every question in review whose lesson the course still has, in course order (a lesson's
    questions in the order first answered), with its stored card if it has one: a question
    answered in a review has one; any other enters review by its quiz answer (``enrolment``)."""
    stored = {(card.lesson_id, card.question_id): card for card in kept}
    by_lesson: dict[str, list[AnswerOutcome]] = {}
    for answer in answers:
        by_lesson.setdefault(answer.lesson_id, []).append(answer)
    for lesson in course.lessons():
        for answer in by_lesson.get(lesson.id, ()):
            card = stored.get((lesson.id, answer.question_id)) if stored else None
            if card is not None or enters_review(answer):
                yield lesson, answer, card


def first_cards(scheduler: Scheduler) -> dict[Rating, FirstCard]:
    """``enrolment.first_card`` of each quiz rating, made once: a new card answered at any
    moment falls due the same wait later with the same stability. A rating whose wait fsrs would
    spread at random is left out (each of its cards is then made by fsrs)."""
    made = {}
    for rating in (Rating.Again, Rating.Hard, Rating.Good):
        card, _ = scheduler.review_card(
            new_card("", "", _ANY_MOMENT), rating, review_datetime=_ANY_MOMENT
        )
        wait = card.due - _ANY_MOMENT
        if not (scheduler.enable_fuzzing and card.state is State.Review and wait >= FUZZ_FROM):
            made[rating] = FirstCard(wait, card.stability)
    return made


def todays_questions(
    course: Course,
    answers: Iterable[AnswerOutcome],
    kept: Iterable[ReviewCardRecord],
    now: datetime,
    scheduler: Scheduler,
    question_ids: QuestionIds,
) -> list[DueQuestion]:
    """Today's questions, most useful first, as ``ReviewDeck.todays_review`` asks them: the
    cards due on the learner's day, by retrievability, then due time, then course order; at
    most DAILY_LIMIT less those answered in review today; only questions their quiz still has."""
    moment = as_utc(now)
    today = local_day(moment)
    # Farther than SURELY_ANOTHER_DAY from now, a moment is on an earlier or a later day.
    surely_due, surely_not_due = moment - SURELY_ANOTHER_DAY, moment + SURELY_ANOTHER_DAY
    firsts = first_cards(scheduler)
    decay = -scheduler.parameters[20]  # as fsrs's get_card_retrievability (a test compares)
    factor = 0.9 ** (1 / decay) - 1
    answered_today = 0
    ranked: list[tuple[float, datetime, int, LessonInfo, AnswerOutcome, ReviewCardRecord | None]]
    ranked = []
    for order, (lesson, answer, card) in enumerate(in_review(course, answers, kept)):
        if card is not None:
            due, last_review, stability = _kept_timing(card, answer, scheduler)
            reviewed = datetime.fromisoformat(card.last_review)
            if surely_due < reviewed < surely_not_due and local_day(as_utc(reviewed)) == today:
                answered_today += 1
        else:
            first = firsts.get(quiz_rating(answer))
            if first is None:
                made = first_card(answer, scheduler)
                due, last_review, stability = made.due, made.last_review, made.stability
            else:  # in the answer's own offset: only fsrs needs UTC, and instants compare alike
                last_review = datetime.fromisoformat(answer.last_answered)
                due, stability = last_review + first.wait, first.stability
        if due > surely_due and (due >= surely_not_due or local_day(due) > today):
            continue
        if last_review is None or stability is None:
            retrievability = 0.0
        else:
            elapsed = max(0, (moment - last_review).days)
            retrievability = (1 + factor * elapsed / stability) ** decay
        ranked.append((retrievability, due, order, lesson, answer, card))
    # The most useful few are taken from a heap: sorting all that are due (after a long break,
    # most of them) compared thousands of due times that tie on retrievability.
    heapify(ranked)  # rows compare by retrievability, due time, then order, which no two share
    room = max(DAILY_LIMIT - answered_today, 0)
    chosen: list[DueQuestion] = []
    while ranked and len(chosen) < room:
        _, _, order, lesson, answer, card = heappop(ranked)
        ids = question_ids(lesson)
        if ids is not None and answer.question_id in ids:
            chosen.append(DueQuestion(lesson, answer, card, order))
    return chosen


def _kept_timing(
    kept: ReviewCardRecord, answer: AnswerOutcome, scheduler: Scheduler
) -> tuple[datetime, datetime | None, float | None]:
    """When a stored card falls due, when it was last reviewed and its stability, after a quiz
    answer that missed it since (``missed_since``: fsrs rates it Again, which is rare)."""
    last_review = datetime.fromisoformat(kept.last_review)
    if answer.last_correct or as_utc(datetime.fromisoformat(answer.last_answered)) <= last_review:
        return datetime.fromisoformat(kept.due), last_review, kept.stability
    card = missed_since(card_from_record(kept), answer, scheduler)
    return card.due, card.last_review, card.stability
