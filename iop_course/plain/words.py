"""Every word plain mode says, in one place (ready for translation).

The commands are named the same way in every prompt ("g for help", "q to quit"), so a learner
who hears one prompt knows how every other works. A prompt is one line ending with a colon.
"""

from __future__ import annotations

# The commands, each named once; prompts are built from these phrases.
GO_ON = "Enter to go on"
BACK = "b to go back"
LESSONS = "l for lessons"
HELP = "g for help"
QUIT = "q to quit"
HINT = "h for a hint"
REVIEW = "r for review"
PROGRESS = "p for your progress"
PLAN = "m for your plan"
DELETE = "delete to delete your data"
OPEN_NUMBER = "a lesson's number to open it"
CONTINUE = "Enter to continue {title}"
ANSWER_ONE = "a number from 1 to {last} to answer"
ANSWER_ALL = "the numbers of all that apply, such as 1 3, to answer"
NEXT_QUESTION = "Enter for the next question"
SEE_SCORE = "Enter to see your score"
NEXT_LESSON = "Enter for the next lesson"
AGAIN = "a to take the quiz again"
REPLACE = "a line to replace it, or Enter to keep it"
ADD_PERSON = "a name and a number to add a person, clear to start the list again, or Enter to go on"
BEGIN = "Enter to begin"
TYPE = "Type {what}"

WHAT_WORKS = "That did not work here. You can type: {commands}."
TOO_LONG = "That line was too long to use (over {limit} characters), so it was set aside."
NUMBER_RANGE = "Type a number from 1 to {last}."
ONE_NUMBER = "This question takes one answer: type one number from 1 to {last}."
NO_REVIEW_TODAY = (
    "There is no review today. Questions from your quizzes come back here a few days later."
)
GOODBYE = "Goodbye. Your place is saved."
GOODBYE_NOT_SAVED = "Goodbye."

WELCOME_TITLE = "Welcome to IOP Course, in plain mode."
WELCOME = (
    "This course teaches skills for early recovery: handling cravings, preventing relapse, "
    "coping with stress, support for families, and building a life you want. Each lesson "
    "takes 5 to 12 minutes and ends with a short quiz.",
    "It is education that supports your treatment. It is not medical advice and it does not "
    "replace your care team. Please talk with them about your care.",
    "Plain mode prints the course as lines of text for a screen reader or a braille display. "
    "After each part, a prompt says what you can type. Type g at any prompt to get help now, "
    "and q to quit.",
)
WHERE_KEPT = "Your progress stays on this computer, in {path}. It is not sent anywhere."
NOT_KEPT = "This time your progress is not being saved: {reason} Nothing is sent anywhere."

HOME_TITLE = "IOP Course"
DONE_COUNT = "{done} of {total} lessons done."
NEXT_UP = "Your next lesson: {title}{where}."
AT_PAGE = ", page {page}"
IN_QUIZ = ", at its quiz"
ALL_DONE = "You have done every lesson. You can open any of them again."
NO_LESSONS = "There are no lessons in {folder} yet."
REVIEW_READY = "A short review is ready: {count} from lessons you have read, about {minutes}."
ONE_QUESTION = "1 question"
QUESTIONS = "{count} questions"
ONE_MINUTE = "1 minute"
MINUTES = "{minutes} minutes"
LIST_TITLE = "The lessons, by module:"
MODULE_LINE = "Module {number}: {title}. {done} of {total} done."
LESSON_LINE = "{number}. {title}{minutes}: {status}."
ABOUT_MINUTES = ", {minutes} minutes"
STATUS = {
    "not_started": "not started",
    "in_progress": "in progress",
    "done": "done",
}

MODULE_INTRO = "Module: {title}."
LESSON_TITLE = "Lesson: {title}."
PAGE_TITLE = "Page {number} of {total}: {title}"
LESSON_START = "This is the start of the lesson."
LESSON_END = "That is the end of the lesson."
QUIZ_NEXT = "Its quiz comes next: {count}. Take your time."
LESSON_DONE = "That is the end of the lesson. It is marked done."
CANNOT_OPEN = "This lesson could not be opened: {problem}"
BOX = {
    "tip": "Tip",
    "try-this": "Try this",
    "warning": "Take care",
}
WORKSHEET = "Write it down."
WORKSHEET_PROMPT = "Prompt {number} of {total}: {text}"
YOU_WROTE = "What you wrote: {text}"
NOTHING_WRITTEN = "Nothing is written here yet."
SAVED = "Saved."
NOT_SAVED = "That could not be saved: {reason}"
PEOPLE = "People you listed: {people}."
NO_PEOPLE = "No one is listed yet."
PERSON = "{name}, {number}"
CUT_TO_LIMIT = "Only the first {limit} characters fit, so the rest was left out."

QUIZ_TITLE = "Quiz: {title}."
QUIZ_CANNOT_RUN = (
    "This lesson's quiz cannot run: {why} Whoever looks after the course can fix it with "
    "iop-course check. The lesson is not marked done."
)
QUIZ_NO_QUESTION = "none of its questions can be shown."
QUESTION_OF = "Question {number} of {total}."
PRACTICE_START = (
    "Let's go over the questions you missed. Each one comes back until you get it right."
)
PRACTICE_OF = "Practice, question {number} of {total}."
SELECT_ALL = "Select all that apply."
PICK_ONE = "Pick one."
CHOICE_LINE = "{number}. {text}"
HINT_TEXT = "Hint: {hint}"
NO_HINT = "This question has no hint."
RIGHT = "Right."
NOT_RIGHT = "Not quite."
YOU_PICKED = "You picked: {text}. {feedback}"
BEST_ANSWER = "The best answer: {text}. {feedback}"
RIGHT_CHOICE_TICKED = "{text}: a right choice, and you ticked it. {feedback}"
RIGHT_CHOICE_MISSED = "{text}: a right choice, and you did not tick it. {feedback}"
WRONG_CHOICE_TICKED = "{text}: not a right choice, but you ticked it. {feedback}"
WRONG_CHOICE_LEFT = "{text}: not a right choice, and you rightly left it. {feedback}"
WHY = "Why it matters: {explanation}"
SCORE = "Your score: {right} of {total} right the first time, {percent}%. {pass_percent}% passes."
PASSED = "You passed. This lesson is done. Well done."
PASSED_AFTER_PRACTICE = (
    "You passed, and you went back over what you missed until you got it right. This lesson "
    "is done. Well done."
)
NOT_PASSED = (
    "You did not reach the pass mark this time. That is all right: read the lesson again, or "
    "take the quiz again when you are ready."
)
NEXT_LESSON_IS = "The next lesson is {title}."
LAST_LESSON = "That was the last lesson."

REVIEW_TITLE = "Today's review."
REVIEW_OF = "Review, question {number} of {total}. From the lesson: {lesson}."
REVIEW_DONE = (
    "Done for today. Thank you for taking a few minutes for this: coming back to an idea a "
    "few days later is what makes it stick."
)

HELP_TITLE = "Get help now."
HELP_LINE = "{need}: {what}"

PROGRESS_TITLE = "My progress."
PROGRESS_MODULE = "{title}: {done} of {total} lessons done."
PROGRESS_QUIZ = "{title}: quiz scores {scores}."
PROGRESS_NO_QUIZ = "No quiz scores yet."
PROGRESS_DELETE = "To delete all your data, type delete."

PLAN_TITLE = "My recovery plan, from what you wrote in the lessons."
PLAN_PART = "{label}:"
PLAN_EMPTY = "Nothing written yet. You can write it in: {places}."
PLAN_EMPTY_NOWHERE = "Nothing written yet."
PLAN_HELP = "Help numbers:"

DELETE_TITLE = "Delete my data."
DELETE_NOT_WHILE_NOT_SAVING = (
    "Your data cannot be deleted now, because progress is not being saved this time. Quit, "
    "fix the problem the course told you about, then open it again."
)
DELETE_WHAT_GOES = (
    "This deletes everything IOP Course keeps about you on this computer, and it cannot be "
    "undone. These files in {folder} go: {files}."
)
DELETE_NOTHING = "There are no files of yours in {folder}, so there is nothing to delete."
DELETE_WHAT_STAYS = (
    "These stay: files you exported yourself (such as a handout or your printed plan), and "
    "the course itself."
)
DELETE_SAVED_PLANS = (
    "Your printed plan also stays, and it holds your own words. Delete it yourself if you want "
    "it gone: {files}."
)
DELETE_ASK = "Type DELETE to delete them, or anything else to keep everything:"
CONFIRM_WORD = "DELETE"
DELETE_KEPT = "Nothing was deleted."
DELETE_DONE = "{count} of your files were deleted. The course starts over now, as for someone new."
DELETE_LEFT = "These could not be deleted: {files}. You can delete them yourself."
DELETE_LOCKED = "Nothing was deleted: IOP Course is open in another window. Close it there first."
DELETE_CANNOT_GO_ON = "The course could not start over ({reason}). Open it again."
