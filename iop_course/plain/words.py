"""Every word plain mode says, in one place, in the learner's language (read as ``words.NAME``).

The commands are named the same way in every prompt ("g for help", "q to quit"), so a learner
who hears one prompt knows how every other works. A prompt is one line ending with a colon.
"""

from __future__ import annotations

from typing import Any

from iop_course.i18n import N_, Words, word_in_language

# The English words, the catalog's keys; read as words.NAME, in the learner's language.
# The commands come first, each named once; prompts are built from these phrases.
WORDS: dict[str, str | tuple[str, ...]] = {
    "GO_ON": N_("Enter to go on"),
    "BACK": N_("b to go back"),
    "LESSONS": N_("l for lessons"),
    "HELP": N_("g for help"),
    "QUIT": N_("q to quit"),
    "HINT": N_("h for a hint"),
    "REVIEW": N_("r for review"),
    "PROGRESS": N_("p for your progress"),
    "PLAN": N_("m for your plan"),
    "DELETE": N_("delete to delete your data"),
    "OPEN_NUMBER": N_("a lesson's number to open it"),
    "CONTINUE": N_("Enter to continue {title}"),
    "ANSWER_ONE": N_("a number from 1 to {last} to answer"),
    "ANSWER_ALL": N_("the numbers of all that apply, such as 1 3, to answer"),
    "NEXT_QUESTION": N_("Enter for the next question"),
    "SEE_SCORE": N_("Enter to see your score"),
    "NEXT_LESSON": N_("Enter for the next lesson"),
    "AGAIN": N_("a to take the quiz again"),
    "REPLACE": N_("a line to replace it, or Enter to keep it"),
    "ADD_PERSON": N_(
        "a name and a number to add a person, clear to start the list again, or Enter to go on"
    ),
    "BEGIN": N_("Enter to begin"),
    "TYPE": N_("Type {what}"),
    "WHAT_WORKS": N_("That did not work here. You can type: {commands}."),
    "TOO_LONG": N_("That line was too long to use (over {limit} characters), so it was set aside."),
    "NUMBER_RANGE": N_("Type a number from 1 to {last}."),
    "ONE_NUMBER": N_("This question takes one answer: type one number from 1 to {last}."),
    "NO_REVIEW_TODAY": N_(
        "There is no review today. Questions from your quizzes come back here a few days later."
    ),
    "GOODBYE": N_("Goodbye. Your place is saved."),
    "GOODBYE_NOT_SAVED": N_("Goodbye."),
    "WELCOME_TITLE": N_("Welcome to IOP Course, in plain mode."),
    "WELCOME": (
        N_(
            "This course teaches skills for early recovery: handling cravings, preventing relapse, "
            "coping with stress, support for families, and building a life you want. Each lesson "
            "takes 5 to 12 minutes and ends with a short quiz."
        ),
        N_(
            "It is education that supports your treatment. It is not medical advice and it "
            "does not replace your care team. Please talk with them about your care."
        ),
        N_(
            "Plain mode prints the course as lines of text for a screen reader or a braille "
            "display. After each part, a prompt says what you can type. Type g at any prompt to "
            "get help now, and q to quit."
        ),
    ),
    "WHERE_KEPT": N_("Your progress stays on this computer, in {path}. It is not sent anywhere."),
    "NOT_KEPT": N_(
        "This time your progress is not being saved: {reason} Nothing is sent anywhere."
    ),
    "HOME_TITLE": N_("IOP Course"),
    "DONE_COUNT": N_("{done} of {total} lessons done."),
    "NEXT_UP": N_("Your next lesson: {title}{where}."),
    "AT_PAGE": N_(", page {page}"),
    "IN_QUIZ": N_(", at its quiz"),
    "ALL_DONE": N_("You have done every lesson. You can open any of them again."),
    "NO_LESSONS": N_("There are no lessons in {folder} yet."),
    "REVIEW_READY": N_(
        "A short review is ready: {count} from lessons you have read, about {minutes}."
    ),
    "LIST_TITLE": N_("The lessons, by module:"),
    "MODULE_LINE": N_("Module {number}: {title}. {done} of {total} done."),
    "LESSON_LINE": N_("{number}. {title}{minutes}: {status}."),
    "ABOUT_MINUTES": N_(", {minutes} minutes"),
    "MODULE_INTRO": N_("Module: {title}."),
    "LESSON_TITLE": N_("Lesson: {title}."),
    "PAGE_TITLE": N_("Page {number} of {total}: {title}"),
    "LESSON_START": N_("This is the start of the lesson."),
    "LESSON_END": N_("That is the end of the lesson."),
    "QUIZ_NEXT": N_("Its quiz comes next: {count}. Take your time."),
    "LESSON_DONE": N_("That is the end of the lesson. It is marked done."),
    "CANNOT_OPEN": N_("This lesson could not be opened: {problem}"),
    "WORKSHEET": N_("Write it down."),
    "WORKSHEET_PROMPT": N_("Prompt {number} of {total}: {text}"),
    "YOU_WROTE": N_("What you wrote: {text}"),
    "NOTHING_WRITTEN": N_("Nothing is written here yet."),
    "SAVED": N_("Saved."),
    "NOT_SAVED": N_("That could not be saved: {reason}"),
    "PEOPLE": N_("People you listed: {people}."),
    "NO_PEOPLE": N_("No one is listed yet."),
    "PERSON": N_("{name}, {number}"),
    "CUT_TO_LIMIT": N_("Only the first {limit} characters fit, so the rest was left out."),
    "QUIZ_TITLE": N_("Quiz: {title}."),
    "QUIZ_CANNOT_RUN": N_(
        "This lesson's quiz cannot run: {why} Whoever looks after the course can fix it with "
        "iop-course check. The lesson is not marked done."
    ),
    "QUIZ_NO_QUESTION": N_("none of its questions can be shown."),
    "QUESTION_OF": N_("Question {number} of {total}."),
    "PRACTICE_START": N_(
        "Let's go over the questions you missed. Each one comes back until you get it right."
    ),
    "PRACTICE_OF": N_("Practice, question {number} of {total}."),
    "SELECT_ALL": N_("Select all that apply."),
    "PICK_ONE": N_("Pick one."),
    "CHOICE_LINE": N_("{number}. {text}"),
    "HINT_TEXT": N_("Hint: {hint}"),
    "NO_HINT": N_("This question has no hint."),
    "RIGHT": N_("Right."),
    "NOT_RIGHT": N_("Not quite."),
    "YOU_PICKED": N_("You picked: {text}. {feedback}"),
    "BEST_ANSWER": N_("The best answer: {text}. {feedback}"),
    "RIGHT_CHOICE_TICKED": N_("{text}: a right choice, and you ticked it. {feedback}"),
    "RIGHT_CHOICE_MISSED": N_("{text}: a right choice, and you did not tick it. {feedback}"),
    "WRONG_CHOICE_TICKED": N_("{text}: not a right choice, but you ticked it. {feedback}"),
    "WRONG_CHOICE_LEFT": N_("{text}: not a right choice, and you rightly left it. {feedback}"),
    "WHY": N_("Why it matters: {explanation}"),
    "SCORE": N_(
        "Your score: {right} of {total} right the first time, {percent}%. {pass_percent}% passes."
    ),
    "PASSED": N_("You passed. This lesson is done. Well done."),
    "PASSED_AFTER_PRACTICE": N_(
        "You passed, and you went back over what you missed until you got it right. This lesson "
        "is done. Well done."
    ),
    "NOT_PASSED": N_(
        "You did not reach the pass mark this time. That is all right: read the lesson again, or "
        "take the quiz again when you are ready."
    ),
    "NEXT_LESSON_IS": N_("The next lesson is {title}."),
    "LAST_LESSON": N_("That was the last lesson."),
    "REVIEW_TITLE": N_("Today's review."),
    "REVIEW_OF": N_("Review, question {number} of {total}. From the lesson: {lesson}."),
    "REVIEW_DONE": N_(
        "Done for today. Thank you for taking a few minutes for this: coming back to an idea a "
        "few days later is what makes it stick."
    ),
    "HELP_TITLE": N_("Get help now."),
    "HELP_LINE": N_("{need}: {what}"),
    "PROGRESS_TITLE": N_("My progress."),
    "PROGRESS_MODULE": N_("{title}: {done} of {total} lessons done."),
    "PROGRESS_QUIZ": N_("{title}: quiz scores {scores}."),
    "PROGRESS_NO_QUIZ": N_("No quiz scores yet."),
    "PROGRESS_DELETE": N_("To delete all your data, type delete."),
    "PLAN_TITLE": N_("My recovery plan, from what you wrote in the lessons."),
    "PLAN_PART": N_("{label}:"),
    "PLAN_EMPTY": N_("Nothing written yet. You can write it in: {places}."),
    "PLAN_EMPTY_NOWHERE": N_("Nothing written yet."),
    "PLAN_HELP": N_("Help numbers:"),
    "DELETE_TITLE": N_("Delete my data."),
    "DELETE_NOT_WHILE_NOT_SAVING": N_(
        "Your data cannot be deleted now, because progress is not being saved this time. Quit, "
        "fix the problem the course told you about, then open it again."
    ),
    "DELETE_WHAT_GOES": N_(
        "This deletes everything IOP Course keeps about you on this computer, and it cannot be "
        "undone. These files in {folder} go: {files}."
    ),
    "DELETE_NOTHING": N_("There are no files of yours in {folder}, so there is nothing to delete."),
    "DELETE_WHAT_STAYS": N_(
        "These stay: files you exported yourself (such as a handout or your printed plan), and "
        "the course itself."
    ),
    "DELETE_SAVED_PLANS": N_(
        "Your printed plan also stays, and it holds your own words. Delete it yourself if you want "
        "it gone: {files}."
    ),
    "DELETE_ASK": N_("Type DELETE to delete them, or anything else to keep everything:"),
    "DELETE_KEPT": N_("Nothing was deleted."),
    "DELETE_DONE": N_(
        "{count} of your files were deleted. The course starts over now, as for someone new."
    ),
    "DELETE_LEFT": N_("These could not be deleted: {files}. You can delete them yourself."),
    "DELETE_LOCKED": N_(
        "Nothing was deleted: IOP Course is open in another window. Close it there first."
    ),
    "DELETE_CANNOT_GO_ON": N_("The course could not start over ({reason}). Open it again."),
}


# Typed the same in every language, as the keys are.
CONFIRM_WORD = "DELETE"
STATUS = Words(
    {
        "not_started": N_("not started"),
        "in_progress": N_("in progress"),
        "done": N_("done"),
    }
)
BOX = Words({"tip": N_("Tip"), "try-this": N_("Try this"), "warning": N_("Take care")})


def __getattr__(name: str) -> Any:
    """Each word in the learner's language, looked up each time it is read."""
    return word_in_language(WORDS, name)
