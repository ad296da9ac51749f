"""Saving and loading a learner's progress, safely and privately, without any UI code.

This package never imports Textual, so it can be tested, reused by command-line
tools, and reasoned about on its own. The app opens one ProgressStore per
progress folder and talks only to the names exported here.
"""

from iop_course.store.errors import (
    DamagedProgressFile,
    ProgressStoreError,
    StoreLocked,
    UnsupportedProgressVersion,
)
from iop_course.store.paths import PROGRESS_FILE_NAME, resolve_data_dir
from iop_course.store.progress_store import ProgressStore
from iop_course.store.records import (
    LessonPlace,
    LessonProgress,
    LessonStatus,
    QuestionRecord,
    QuizPhase,
    QuizScore,
)
from iop_course.store.recovery import RecoveryKind, RecoveryNotice
from iop_course.store.saving_problems import SavingImpossible, SavingProblem
from iop_course.store.unsaved_changes import UnsavedChanges

__all__ = [
    "PROGRESS_FILE_NAME",
    "DamagedProgressFile",
    "LessonPlace",
    "LessonProgress",
    "LessonStatus",
    "ProgressStore",
    "ProgressStoreError",
    "QuestionRecord",
    "QuizPhase",
    "QuizScore",
    "RecoveryKind",
    "RecoveryNotice",
    "SavingImpossible",
    "SavingProblem",
    "StoreLocked",
    "UnsavedChanges",
    "UnsupportedProgressVersion",
    "resolve_data_dir",
]
