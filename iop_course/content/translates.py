"""The ``translates`` field of a translation: which English text it was made from.

Every ``.es.md`` file ends its front matter with ``translates: sha256:<12 hex digits>``: the
start of the sha256 of its English file's bytes, as ``sha256sum FILE | cut -c1-12`` prints it.
When the English changes, its hash changes, and the checker warns that the translation may be
behind. ``stamp`` writes the field, for ``iop-course stamp``, once a translator has brought a
translation up to date.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from iop_course.content.languages import english_path
from iop_course.content.model import Problem, Severity
from iop_course.content.source import FENCE, SourceFile
from iop_course.i18n import Later
from iop_course.safe_text import shown_path

TRANSLATES = "translates"
HASH_DIGITS = 12
HASH_VALUE = re.compile(rf"sha256:([0-9a-f]{{{HASH_DIGITS}}})\Z")
STAMP_COMMAND = "iop-course stamp"


def english_hash(path: Path) -> str:
    """The first 12 hex digits of the sha256 of an English file's bytes. Line ends are read
    as \\n, so a checkout that turned them into \\r\\n (Windows) gives the same hash."""
    data = path.read_bytes().replace(b"\r\n", b"\n")
    return hashlib.sha256(data).hexdigest()[:HASH_DIGITS]


def translates_problems(source: SourceFile, english: Path) -> list[Problem]:
    """A translation's ``translates`` field: missing or malformed is a mistake; a hash that
    is not its English's any more is a warning that names both files."""
    now = english_hash(english)
    value = source.front_matter.get(TRANSLATES)
    example = f"'{TRANSLATES}: sha256:{now}'"
    if value is None:
        return [
            source.problem(
                1,
                Later.gettext(
                    "this translation does not say which English text it translates: add "
                    "{example} as the last field of its front matter (the first {digits} hex "
                    "digits of the sha256 of {english}; '{command}' writes it).",
                    example=example,
                    digits=HASH_DIGITS,
                    english=english.name,
                    command=STAMP_COMMAND,
                ),
            )
        ]
    line = source.field_line(TRANSLATES)
    said = HASH_VALUE.match(value) if isinstance(value, str) else None
    if said is None:
        return [
            source.problem(
                line,
                Later.gettext(
                    "{field} must be 'sha256:' then the first {digits} hex digits (small "
                    "letters) of the English file's sha256, like {example}.",
                    field=TRANSLATES,
                    digits=HASH_DIGITS,
                    example=example,
                ),
            )
        ]
    if said.group(1) == now:
        return []
    return [
        source.problem(
            line,
            Later.gettext(
                "the English file {english} changed after this translation was made (the "
                "translation says sha256:{said}, the English is now sha256:{now}): bring the "
                "changes into {name}, then run '{command} {path}' (or set {example}).",
                english=shown_path(english),
                said=said.group(1),
                now=now,
                name=source.path.name,
                command=STAMP_COMMAND,
                path=shown_path(source.path),
                example=example,
            ),
            severity=Severity.WARNING,
        )
    ]


def stamp(pair: Path) -> tuple[str | None, str]:
    """Write ``translates: sha256:<the English's hash now>`` into a translation's front matter
    (as its last field; a file with no front matter gets one). Returns the hash the file said
    before (None when it had none) and the new one. Raises OSError (and UnicodeDecodeError)
    when a file cannot be read or written, FileNotFoundError when there is no English."""
    english = english_path(pair)
    if english == pair:
        raise ValueError(f"{shown_path(pair)} is not a translation (a name ending in .es.md)")
    now = english_hash(english)
    raw = pair.read_bytes()
    newline = "\r\n" if b"\r\n" in raw else "\n"
    lines = raw.decode("utf-8").splitlines(keepends=True)
    field_line = f"{TRANSLATES}: sha256:{now}{newline}"
    before = None
    if not lines or lines[0].strip() != FENCE:
        lines[:0] = [FENCE + newline, field_line, FENCE + newline]
    else:
        end = next((n for n in range(1, len(lines)) if lines[n].strip() in (FENCE, "...")), 0)
        if not end:
            raise ValueError(f"{shown_path(pair)}: its front matter never ends (no closing ---)")
        old = next((n for n in range(1, end) if lines[n].startswith(f"{TRANSLATES}:")), None)
        if old is not None:
            said = HASH_VALUE.match(lines[old].split(":", 1)[1].strip())
            before = said.group(1) if said else lines[old].split(":", 1)[1].strip()
            del lines[old]
            end -= 1
        lines.insert(end, field_line)
    pair.write_bytes("".join(lines).encode("utf-8"))
    return before, now
