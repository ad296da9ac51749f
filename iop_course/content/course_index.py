"""What reading each content file gave, kept between starts so an unchanged course is not read.

Start-up read every lesson's front matter, and at a few hundred lessons that was most of its
time. The index keeps, for each file read without a problem, what ``load_course`` took from it
(a lesson's fields; a module's title, summary and intro) and the ids of a quiz's questions
(``quiz_ids``), with the file's size, modification and change times from one stat. A file whose
stat differs is read again and its entry replaced; a file that gave a problem is never kept, so
it is read, and its problems reported, on every start as before. The folders are still listed
on every start, and an entry of a file no longer listed is dropped.

There is one index file for each content folder (by its resolved path), in the cache folder
(``files.cache_folder``). It is read once a process and written, atomically, by a thread of
its own and only when something changed. A missing, damaged, foreign or unwritable index is
never a problem: the files are read instead, and nothing is said. Its text is what was read
from the course after the control characters were made visible (``source.read_text``), so
what is shown from it is as safe as what is shown from the files.

Each text (or list of texts) is written once, in a table the entries point into: lessons share
their sources, and decoding the index is most of a start that reads it.
"""

from __future__ import annotations

import json
import os
import threading
import time
from pathlib import Path
from typing import Any

from iop_course.files.cache_folder import course_index_path
from iop_course.files.durable_write import write_file_atomically
from iop_course.files.private_folders import make_private_folders

FORMAT = 2
"""The index's format; an index of another format is not read (and is replaced)."""
RECENT_NS = 2_000_000_000
"""A file changed this recently may change again without its stat changing (times have coarse
steps; two seconds on a FAT memory stick), so what was read from it is not kept."""
# An entry is its file's stamp, then what the file gave; these places hold texts (or lists of
# texts) by their place in the table. A lesson: title, summary, minutes, objectives, sources;
# a module: title, summary, intro; a quiz: its English file's stamp (or None) and its ids.
LESSON_LENGTH, LESSON_TEXTS = 8, (3, 4, 6, 7)
MODULE_LENGTH, MODULE_TEXTS = 6, (3, 4, 5)
QUIZ_LENGTH = 5
TEXTS_AT = {LESSON_LENGTH: LESSON_TEXTS, MODULE_LENGTH: MODULE_TEXTS, QUIZ_LENGTH: ()}

Stamp = tuple[int, int, int]
"""A file's size and its modification and change times (ns): it was not changed while equal."""
LessonFields = tuple[str, str, int | None, tuple[str, ...], tuple[str, ...]]
"""A lesson's title, summary, minutes, objectives and sources."""
ModuleText = tuple[str, str, str]
"""A module's title, summary and intro."""
Entries = dict[str, dict[str, list[Any]]]
"""Entries by folder ("lessons/01-module") and then by file name."""

_open: dict[Path, CourseIndex] = {}
_open_lock = threading.Lock()


class CourseIndex:
    """One content folder's index, read once a process and saved when it changed."""

    def __init__(self, resolved_root: str, path: Path | None, whole: dict[str, Any]) -> None:
        self.resolved_root = resolved_root
        self.path = path
        self._folders: Entries = whole["folders"]
        self._values: list[Any] = whole["values"]
        self._resolved: list[str | tuple[str, ...] | None] | None = None
        self._places: dict[str | tuple[str, ...], int] | None = None  # a value's place, once kept
        self._lock = threading.Lock()
        self._changed = False
        self._writing = False
        self._unwritable = False

    @classmethod
    def of(cls, root: Path) -> CourseIndex:
        """The index of the content folder at ``root``, read from its file once a process."""
        resolved = os.path.realpath(root)
        path = course_index_path(resolved)
        with _open_lock:
            index = _open.get(path)
            if index is None:
                index = cls(resolved, path, _read(path, resolved))
                _open[path] = index
        return index

    @classmethod
    def unkept(cls) -> CourseIndex:
        """An index that has nothing and keeps nothing: every file is read."""
        return cls("", None, _empty())

    def stamp(self, path: str | Path) -> Stamp | None:
        """The file's stamp, to look it up and, once read, keep what it gave; None when it
        cannot be stat'ed, it changed too recently (``RECENT_NS``), or nothing is kept. Taken
        before the file is read: a change while it is read gives the next start another."""
        if self.path is None:
            return None
        try:
            stat = os.stat(path)
        except (OSError, ValueError):
            return None
        if time.time_ns() - max(stat.st_mtime_ns, stat.st_ctime_ns) < RECENT_NS:
            return None
        return stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns

    def lesson(self, folder: str, name: str, stamp: Stamp) -> LessonFields | None:
        """What the lesson file gave when it had this stamp, or None."""
        entry = self._entry(folder, name, stamp, LESSON_LENGTH)
        if entry is None:
            return None
        texts = self._texts()
        title, summary, objectives, sources = (
            texts[place] if type(place) is int and 0 <= place < len(texts) else None
            for place in (entry[3], entry[4], entry[6], entry[7])
        )
        minutes = entry[5]
        if (
            type(title) is not str
            or not title
            or type(summary) is not str
            or not (minutes is None or type(minutes) is int)
            or type(objectives) is not tuple
            or type(sources) is not tuple
        ):
            return None
        return title, summary, minutes, objectives, sources

    def module(self, folder: str, name: str, stamp: Stamp) -> ModuleText | None:
        """What the module file gave when it had this stamp, or None."""
        entry = self._entry(folder, name, stamp, MODULE_LENGTH)
        if entry is None:
            return None
        texts = self._texts()
        title, summary, intro = (
            texts[place] if type(place) is int and 0 <= place < len(texts) else None
            for place in (entry[3], entry[4], entry[5])
        )
        if type(title) is not str or type(summary) is not str or type(intro) is not str:
            return None
        return title, summary, intro

    def quiz_ids(
        self, folder: str, name: str, stamp: Stamp, english: Stamp | None
    ) -> tuple[str, ...] | None:
        """A quiz's question ids when it had this stamp (and its English file ``english``)."""
        entry = self._entry(folder, name, stamp, QUIZ_LENGTH)
        if entry is None or entry[3] != (None if english is None else list(english)):
            return None
        ids = entry[4]
        if type(ids) is not list or not all(type(each) is str for each in ids):
            return None
        return tuple(ids)

    def keep_lesson(self, folder: str, name: str, stamp: Stamp, fields: LessonFields) -> None:
        """Keep what a lesson file without problems gave."""
        title, summary, minutes, objectives, sources = fields
        with self._lock:
            value = [title, summary, minutes, objectives, sources]
            self._keep(folder, name, stamp, value, LESSON_TEXTS)

    def keep_module(self, folder: str, name: str, stamp: Stamp, text: ModuleText) -> None:
        """Keep what a module file without problems gave."""
        with self._lock:
            self._keep(folder, name, stamp, list(text), MODULE_TEXTS)

    def keep_quiz_ids(
        self, folder: str, name: str, stamp: Stamp, english: Stamp | None, ids: tuple[str, ...]
    ) -> None:
        """Keep a quiz's question ids, read with the quiz (and its English file) so stamped."""
        with self._lock:
            value = [None if english is None else list(english), list(ids)]
            self._keep(folder, name, stamp, value, ())

    def keep_only(self, listed: dict[str, list[str]]) -> None:
        """Forget the entries of files no longer in the course's folders (``listed``: each
        folder's names, as ``load_course`` listed them)."""
        with self._lock:
            for folder in list(self._folders):
                names = listed.get(folder)
                entries = self._folders[folder]
                if names is None:
                    del self._folders[folder]
                    self._changed = True
                    continue
                gone = entries.keys() - set(names)
                for name in gone:
                    del entries[name]
                self._changed = self._changed or bool(gone)

    def save_soon(self) -> None:
        """Write the index in a thread of its own if it changed; the caller does not wait.

        The thread is not a daemon, so a process that ends at once still finishes the write
        (a few milliseconds) rather than leaving a temporary file behind."""
        with self._lock:
            if not self._changed or self._writing or self._unwritable or self.path is None:
                return
            self._writing = True
        threading.Thread(target=self._write, name="iop-course-index", daemon=False).start()

    def _entry(self, folder: str, name: str, stamp: Stamp, length: int) -> list[Any] | None:
        entries = self._folders.get(folder)
        entry = entries.get(name) if type(entries) is dict else None
        if (
            type(entry) is not list
            or len(entry) != length
            or entry[0] != stamp[0]
            or entry[1] != stamp[1]
            or entry[2] != stamp[2]
        ):
            return None
        return entry

    def _texts(self) -> list[str | tuple[str, ...] | None]:
        """The table as the entries use it: each text, each list of texts as a tuple, and
        None for anything else (a damaged index), made once."""
        if self._resolved is None or len(self._resolved) != len(self._values):
            self._resolved = [
                value
                if type(value) is str or type(value) is tuple  # a tuple: kept by this process
                else tuple(value)
                if type(value) is list and all(type(each) is str for each in value)
                else None
                for value in self._values
            ]
        return self._resolved

    def _keep(
        self, folder: str, name: str, stamp: Stamp, value: list[Any], texts: tuple[int, ...]
    ) -> None:
        """Keep an entry (the lock held), its texts put in the table."""
        entry = [*stamp, *value]
        if self._places is None:
            self._places = {}
            for place, known in enumerate(self._texts()):
                if known is not None:
                    self._places.setdefault(known, place)
        for at in texts:
            if entry[at] not in self._places:
                self._places[entry[at]] = len(self._values)
                self._values.append(entry[at])
            entry[at] = self._places[entry[at]]
        entries = self._folders.setdefault(folder, {})
        if entries.get(name) != entry:
            entries[name] = entry
            self._changed = True

    def _write(self) -> None:
        """Write the newest entries until no change is left unwritten, or the folder refuses."""
        path = self.path
        assert path is not None  # save_soon starts no writer for an index that keeps nothing
        while True:
            with self._lock:
                if not self._changed:
                    self._writing = False
                    return
                self._changed = False
                whole = _compacted(self._folders, self._values)
            whole.update(format=FORMAT, root=self.resolved_root)
            try:
                data = json.dumps(whole, ensure_ascii=False, separators=(",", ":")).encode()
                make_private_folders(path.parent)
                write_file_atomically(path, data, durable=False)
            except Exception:  # the index only saves time: the files are read instead
                with self._lock:
                    self._unwritable = True  # read-only or full, say: not tried again
                    self._writing = False
                return


def _empty() -> dict[str, Any]:
    return {"folders": {}, "values": []}


def _read(path: Path, resolved_root: str) -> dict[str, Any]:
    """The index file's folders and table, or none when it is missing, damaged or not this
    content folder's."""
    try:
        with open(path, "rb") as file:
            whole = json.loads(file.read())
    except (OSError, ValueError, RecursionError):
        return _empty()
    if (
        type(whole) is not dict
        or whole.get("format") != FORMAT
        or whole.get("root") != resolved_root
        or type(whole.get("folders")) is not dict
        or type(whole.get("values")) is not list
    ):
        return _empty()
    folders = whole["folders"]
    return {
        "folders": {name: entries for name, entries in folders.items() if type(entries) is dict},
        "values": whole["values"],
    }


def _compacted(folders: Entries, values: list[Any]) -> dict[str, Any]:
    """A copy of the entries with a table of only the values they use (a replaced entry's old
    texts are left out), for writing."""
    table: list[Any] = []
    places: dict[int, int] = {}
    copied: Entries = {}
    for folder, entries in folders.items():
        copied[folder] = {}
        for name, entry in entries.items():
            if type(entry) is not list:
                continue
            entry = list(entry)
            for at in TEXTS_AT.get(len(entry), ()):
                old = entry[at]
                if type(old) is int and 0 <= old < len(values):
                    if old not in places:
                        places[old] = len(table)
                        table.append(values[old])
                    entry[at] = places[old]
            copied[folder][name] = entry
    return {"folders": copied, "values": table}
