"""The data exports, in two kinds (issue 14 item 5):

- **shareable** (``write_csv`` / ``write_json``, for the partner): the recap's rules, as data:
  identifying details masked unless kept, no hidden answer, nothing of a small-group question but
  its existence (no answers, notes or results), no ids, no timestamps, answers of a question in
  text order rather than arrival order. Shape: ``resources/schema/forum-export-shareable.schema.json``.
- **internal** (``write_csv_internal`` / ``write_json_internal``, the facilitator's own): every
  visible answer and note with ids and times, small groups included, still masked unless kept. It
  says so inside the file (a first comment row; ``"internal": true`` and a notice) and its file name
  must say "internal". Shape: ``resources/schema/forum-export.schema.json``.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from forumdesk.domain import kinds
from forumdesk.report.content import AnswerView, ForumContent, NoteView, QuestionView

SCHEMA_ID = "https://forumdesk.invalid/schema/forum-export/1"
FORMAT = "forumdesk.forum-export"
FORMAT_VERSION = 1

INTERNAL_NOTICE = ("INTERNAL - full export for the facilitator only: it includes small groups, ids and "
                   "times. Do not share it; give the partner the shareable export.")
SHAREABLE_FORMAT = "forumdesk.forum-export-shareable"
SHAREABLE_SCHEMA_ID = "https://forumdesk.invalid/schema/forum-export-shareable/1"
SHAREABLE_COLUMNS = ["record", "forum_title", "partner", "organiser", "question_number", "question_kind",
                     "question_prompt", "text", "choices", "rating", "highlighted", "themes", "masked", "votes",
                     "answered"]

CSV_COLUMNS = [
    "record", "forum_id", "forum_title", "partner", "organiser", "question_number", "question_id", "question_kind",
    "question_prompt", "id", "created_at", "text", "choices", "choice_indexes", "rating", "starred", "themes",
    "contact_masked", "small_group", "votes", "answered",
]
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """A text cell that a spreadsheet would run as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


def _asked(content: ForumContent) -> list[dict[str, Any]]:
    """The room's own questions the facilitator let through (issue 18), most votes first, their
    texts masked as the recap's "What the room asked" masks them (report.asked)."""
    return [{"text": a.text, "votes": a.votes, "answered": a.answered} for a in content.asked]


def csv_rows(content: ForumContent) -> list[dict[str, Any]]:
    forum = content.forum
    themes = {t.id: t.name for t in content.themes}
    base = {"forum_id": forum.id, "forum_title": forum.title, "partner": content.partner.name,
            "organiser": forum.organiser}
    rows: list[dict[str, Any]] = []

    def question_cells(view: QuestionView | None) -> dict[str, Any]:
        if view is None:
            return {"question_number": "", "question_id": "", "question_kind": "", "question_prompt": "",
                    "small_group": ""}
        q = view.question
        return {"question_number": view.number, "question_id": q.id, "question_kind": q.kind.value,
                "question_prompt": q.prompt, "small_group": _yes(view.small_group)}

    def answer_row(view: QuestionView, answer: AnswerView) -> dict[str, Any]:
        return {
            "record": "answer", **base, **question_cells(view), "id": answer.id, "created_at": answer.created_at,
            "text": answer.text or "",
            "choices": " | ".join(view.choice_label(i) for i in answer.choices),
            "choice_indexes": " ".join(str(i) for i in answer.choices),
            "rating": "" if answer.rating is None else answer.rating,
            "starred": _yes(answer.starred),
            "themes": "; ".join(themes[t] for t in answer.theme_ids if t in themes),
            "contact_masked": _yes(answer.contact_masked),
        }

    def note_row(view: QuestionView | None, note: NoteView) -> dict[str, Any]:
        return {
            "record": "note", **base, **question_cells(view), "id": note.id, "created_at": note.created_at,
            "text": note.text, "choices": "", "choice_indexes": "", "rating": "", "starred": "", "themes": "",
            "contact_masked": _yes(note.contact_masked),
        }

    for view in content.questions:
        rows += [answer_row(view, a) for a in view.answers]
        rows += [note_row(view, n) for n in view.notes]
    rows += [note_row(None, n) for n in content.general_notes]
    # The facilitator's "three things we heard", in their order (record "takeaway").
    rows += [{"record": "takeaway", **base, **question_cells(None), "id": "", "created_at": "", "text": text,
              "choices": "", "choice_indexes": "", "rating": "", "starred": "", "themes": "", "contact_masked": ""}
             for text in forum.takeaways]
    rows += [{"record": "asked", **base, **question_cells(None), "text": a["text"], "votes": a["votes"],
              "answered": _yes(a["answered"])} for a in _asked(content)]
    return rows


def write_csv_internal(content: ForumContent, path: Path) -> int:
    """UTF-8 with a byte-order mark so Excel reads accents right; returns the number of rows.
    The first line is the internal notice, so whoever opens the file reads it first."""
    rows = csv_rows(content)
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        handle.write("# " + INTERNAL_NOTICE + "\r\n")
        writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        for row in rows:
            writer.writerow({key: neutralise(value) for key, value in row.items()})
    return len(rows)


def _sorted_answers(view: QuestionView) -> list[AnswerView]:
    # Arrival order could match an answer to who spoke or sat where: text order says nothing.
    return sorted(view.answers, key=lambda a: ((a.text or "").casefold(), a.choices, a.rating or 0))


def shareable_rows(content: ForumContent) -> list[dict[str, Any]]:
    """The partner's CSV rows: answers and notes of the questions not under the small-group guard,
    and the general notes; no ids, no times."""
    themes = {t.id: t.name for t in content.themes}
    base = {"forum_title": content.forum.title, "partner": content.partner.name, "organiser": content.forum.organiser}
    rows: list[dict[str, Any]] = []
    for view in content.questions:
        q = view.question
        cells = {**base, "question_number": view.number, "question_kind": q.kind.value, "question_prompt": q.prompt}
        if view.small_group:
            if view.responses:
                rows.append({"record": "small_group", **cells, "text": content.t.gettext("Fewer than {k} answers: not shown.", k=content.k),
                             "choices": "", "rating": "", "highlighted": "", "themes": "", "masked": ""})
            continue
        for a in _sorted_answers(view):
            rows.append({"record": "answer", **cells, "text": a.text or "",
                         "choices": " | ".join(view.choice_label(i) for i in a.choices),
                         "rating": "" if a.rating is None else a.rating, "highlighted": _yes(a.starred),
                         "themes": "; ".join(themes[t] for t in a.theme_ids if t in themes),
                         "masked": _yes(a.contact_masked)})
        rows += [{"record": "note", **cells, "text": n.text, "choices": "", "rating": "", "highlighted": "",
                  "themes": "", "masked": _yes(n.contact_masked)} for n in view.notes]
    rows += [{"record": "note", **base, "question_number": "", "question_kind": "", "question_prompt": "",
              "text": n.text, "choices": "", "rating": "", "highlighted": "", "themes": "",
              "masked": _yes(n.contact_masked)} for n in content.general_notes]
    # The facilitator's "three things we heard", in their order (record "takeaway").
    rows += [{"record": "takeaway", **base, "question_number": "", "question_kind": "", "question_prompt": "",
              "text": text, "choices": "", "rating": "", "highlighted": "", "themes": "", "masked": ""}
             for text in content.forum.takeaways]
    rows += [{"record": "asked", **base, "text": a["text"], "votes": a["votes"], "answered": _yes(a["answered"])}
             for a in _asked(content)]
    return rows


def write_csv(content: ForumContent, path: Path) -> int:
    """The shareable CSV (UTF-8 with a byte-order mark); returns the number of rows."""
    rows = shareable_rows(content)
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=SHAREABLE_COLUMNS)
        writer.writeheader()
        for row in rows:
            writer.writerow({key: neutralise(value) for key, value in row.items()})
    return len(rows)


def _forum_people(content: ForumContent) -> dict[str, Any]:
    """Who ran the forum, who to contact, the room's headcount (the facilitator's count, None when
    not counted) and the facilitator's "three things we heard": in both JSON exports."""
    forum = content.forum
    return {"organiser": forum.organiser, "contact": forum.contact, "headcount": forum.headcount,
            "takeaways": list(forum.takeaways)}


def shareable_document(content: ForumContent) -> dict[str, Any]:
    """The partner's JSON: what the recap shows, as data."""
    forum = content.forum
    names = {t.id: t.name for t in content.themes}

    def question(view: QuestionView) -> dict[str, Any]:
        q = view.question
        shown = not view.small_group
        return {
            "number": view.number,
            "kind": q.kind.value,
            "prompt": q.prompt,
            "choices": list(q.choices),
            "small_group": view.small_group,
            "responses": view.responses if shown else None,
            "results": {k: v for k, v in view.results.to_dict().items() if k != "question_id"} if shown else None,
            "answers": [{"text": a.text, "choices": list(a.choices), "rating": a.rating, "highlighted": a.starred,
                         "themes": [names[t] for t in a.theme_ids if t in names], "masked": a.contact_masked}
                        for a in _sorted_answers(view)] if shown else [],
            "notes": [n.text for n in view.notes] if shown else [],
        }

    return {
        "$schema": SHAREABLE_SCHEMA_ID,
        "format": SHAREABLE_FORMAT,
        "version": FORMAT_VERSION,
        "internal": False,
        "privacy": {
            "hidden_answers_left_out": content.hidden_left_out,
            "details_masked": content.details_masked,
            "small_group_k": content.k,
            "texts_erased": content.texts_erased_at is not None,
        },
        "forum": {"title": forum.title, "date": forum.date, "venue": forum.venue, **_forum_people(content)},
        "partner": {"name": content.partner.name, "kind": content.partner.kind.value},
        "themes": [{"name": t.name, "answers": n} for t, n in content.theme_counts()],
        "questions": [question(v) for v in content.questions],
        "notes": [n.text for n in content.general_notes],
        "commitments": [c.text for c in content.commitments],
        "asked": _asked(content),
    }


def write_json(content: ForumContent, path: Path) -> None:
    """The shareable JSON."""
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(shareable_document(content), handle, ensure_ascii=False, indent=2)
        handle.write("\n")


def forum_document(content: ForumContent) -> dict[str, Any]:
    forum, partner = content.forum, content.partner
    theme_counts = {t.id: n for t, n in content.theme_counts(shareable_only=False)}

    def question(view: QuestionView) -> dict[str, Any]:
        q = view.question
        return {
            "id": q.id,
            "number": view.number,
            "kind": q.kind.value,
            "prompt": q.prompt,
            "choices": list(q.choices),
            "scale": q.scale.to_dict() if q.scale and "scale" in kinds.of(q.kind).fields else None,
            "responses": view.responses,
            "small_group": view.small_group,
            "results": view.results.to_dict(),
            "answers": [
                {
                    "id": a.id,
                    "created_at": a.created_at,
                    "text": a.text,
                    "choices": list(a.choices),
                    "rating": a.rating,
                    "starred": a.starred,
                    "themes": list(a.theme_ids),
                    "contact_masked": a.contact_masked,
                }
                for a in view.answers
            ],
        }

    notes = [n for view in content.questions for n in view.notes] + content.general_notes
    return {
        "$schema": SCHEMA_ID,
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "internal": True,
        "notice": INTERNAL_NOTICE,
        "exported_at": content.exported_at.isoformat(timespec="seconds"),
        "privacy": {
            "hidden_answers_left_out": content.hidden_left_out,
            "contact_details_masked": content.masked_count,
            "contact_details_kept": content.kept_count,
            "small_group_k": content.k,
        },
        "forum": {
            "id": forum.id,
            "title": forum.title,
            "date": forum.date,
            "venue": forum.venue,
            "pace": forum.pace.value,
            "state": forum.state.value,
            **_forum_people(content),
        },
        "partner": {"name": partner.name, "kind": partner.kind.value},
        "themes": [{"id": t.id, "name": t.name, "answers": theme_counts.get(t.id, 0)} for t in content.themes],
        "questions": [question(v) for v in content.questions],
        "notes": [{"id": n.id, "question_id": n.question_id, "created_at": n.created_at, "text": n.text,
                   "contact_masked": n.contact_masked} for n in notes],
        "commitments": [{"id": c.id, "position": c.position, "text": c.text} for c in content.commitments],
        "asked": _asked(content),
    }


def write_json_internal(content: ForumContent, path: Path) -> None:
    """The facilitator's full JSON, marked internal at its top."""
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(forum_document(content), handle, ensure_ascii=False, indent=2)
        handle.write("\n")
