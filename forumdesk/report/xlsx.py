"""The recap as a spreadsheet (XLSX, written with openpyxl) for partners who forward results into
their own sheets (issue 17 item 3).

Three sheets, all from the same ``ForumContent`` as the PDF (so the masking and the small-group
guard are the content model's, not made again here):

- "Summary": one row per question with its counts and its top themes, then the facilitator's
  "three things we heard" below them;
- "Shareable answers": the answers the PDF may show, masked as in the PDF; a small-group
  question's answers are left out (the PDF shows no quotes for it either). One row per different
  answer to a question, with "Times given": texts that are the same once case, spacing,
  punctuation and accents are set aside (``report.digest``, as the recap's "×N"), and the same
  choices or rating; highlighted, themes and masking are those of any answer of the row.
  The column adds up to the answers, so a partner can still total or chart them;
- "Commitments": text, owner, due date and status.

Formula-safe: every text cell is written as a string cell with the quote prefix set, so
``=HYPERLINK(...)``, ``+1`` or ``@ 9am`` is shown as typed and never evaluated, even after a user
edits the cell.
"""

from __future__ import annotations

import os
from collections import Counter
from datetime import date
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

from forumdesk.i18n import Translator
from forumdesk.report import wording
from forumdesk.report.content import AnswerView, ForumContent, QuestionView
from forumdesk.report.digest import entries

TOP_THEMES = 3


def summary_columns(t: Translator) -> list[str]:
    return [t.gettext("Number"), t.gettext("Question"), t.gettext("Kind"), t.gettext("Answers"),
            t.gettext("Small group (no breakdown shared)"), t.gettext("Room count (hands)"), t.gettext("Top themes"),
            t.gettext("What stood out")]


def answer_columns(t: Translator) -> list[str]:
    return [t.gettext("Question number"), t.gettext("Question"), t.gettext("Answer"), t.gettext("Times given"),
            t.gettext("Choices"),
            t.gettext("Rating"), t.gettext("Highlighted"), t.gettext("Themes"), t.gettext("Contact details masked")]


def commitment_columns(t: Translator) -> list[str]:
    return [t.gettext("Number"), t.gettext("Commitment"), t.gettext("Owner"), t.gettext("Due date"),
            t.gettext("Status")]


def _yes(t: Translator, flag: bool) -> str:
    return t.gettext("yes") if flag else t.gettext("no")


def _set(cell: Cell, value: Any) -> None:
    """A string is stored as a string (data type "s") with the quote prefix: never a formula."""
    if isinstance(value, str):
        cell.value = value
        cell.data_type = "s"  # openpyxl would take a leading "=" as a formula otherwise
        if value[:1] in ("=", "+", "-", "@", "\t", "\r"):
            cell.quotePrefix = True  # Excel and LibreOffice show it as text, even once edited
    else:
        cell.value = value
        if isinstance(value, date):
            cell.number_format = "yyyy-mm-dd"


def _sheet(book: Workbook, title: str, columns: list[str], rows: list[list[Any]], widths: list[int],
           rtl: bool = False) -> Worksheet:
    sheet = book.create_sheet(title[:31])  # Excel refuses a longer sheet name
    sheet.sheet_view.rightToLeft = rtl  # an Arabic sheet reads from the right, column A on the right
    for col, name in enumerate(columns, start=1):
        _set(sheet.cell(row=1, column=col), name)
        sheet.cell(row=1, column=col).font = Font(bold=True)
    for r, row in enumerate(rows, start=2):
        for col, value in enumerate(row, start=1):
            cell = sheet.cell(row=r, column=col)
            _set(cell, value)
            cell.alignment = Alignment(wrap_text=isinstance(value, str) and len(value) > 40, vertical="top")
    for col, width in enumerate(widths, start=1):
        sheet.column_dimensions[sheet.cell(row=1, column=col).column_letter].width = width
    sheet.freeze_panes = "A2"
    return sheet


def _top_themes(content: ForumContent, view: QuestionView) -> str:
    if view.small_group:
        return ""
    names = {t.id: t.name for t in content.themes}
    counter: Counter[int] = Counter(t for a in view.answers for t in a.theme_ids if t in names)
    t = content.t
    return "; ".join(t.gettext("{theme} ({n})", theme=names[i], n=t.format_number(n))
                     for i, n in counter.most_common(TOP_THEMES))


def _takeaways(sheet: Worksheet, takeaways: list[str], t: Translator) -> None:
    """"Three things we heard" under the question rows, after an empty row (so sorting or
    filtering the questions' block leaves them alone)."""
    if not takeaways:
        return
    first = sheet.max_row + 2
    _set(sheet.cell(row=first, column=2), t.gettext("Three things we heard"))
    sheet.cell(row=first, column=2).font = Font(bold=True)
    for offset, text in enumerate(takeaways, start=1):
        _set(sheet.cell(row=first + offset, column=1), offset)
        cell = sheet.cell(row=first + offset, column=2)
        _set(cell, text)
        cell.alignment = Alignment(wrap_text=True, vertical="top")


def summary_rows(content: ForumContent) -> list[list[Any]]:
    theme_names = {theme.id: theme.name for theme in content.themes}
    t = content.t
    rows = []
    for view in content.recap_questions:  # a question never asked is left out, as in the PDF
        guarded = view.small_group and view.responses > 0
        rows.append([view.number, view.question.prompt, wording.kind_label(t, view.question.kind),
                     t.gettext("fewer than {k}", k=t.format_number(content.k)) if guarded else view.responses,
                     _yes(t, guarded), sum(view.results.room_counts) or "", _top_themes(content, view),
                     wording.headline(view, content.k, theme_names, t)])
    return rows


def _same_answers(view: QuestionView) -> list[tuple[str, list[AnswerView]]]:
    """The question's answers, the same ones together (most given first): (text shown, answers)."""
    texts = [(e.text, list(e.answers)) for e in entries(view.answers)]
    others: dict[tuple, list[AnswerView]] = {}
    for a in view.answers:
        if not a.text:
            others.setdefault((a.choices, a.rating), []).append(a)
    return sorted(texts + [("", group) for group in others.values()], key=lambda row: -len(row[1]))


def answer_rows(content: ForumContent) -> list[list[Any]]:
    themes = {theme.id: theme.name for theme in content.themes}
    t = content.t
    rows = []
    for view in content.questions:
        if view.small_group:  # the guard: the PDF shows no answers for it, nor does this sheet
            continue
        for text, same in _same_answers(view):
            a = same[0]
            tagged = [i for i in themes if any(i in b.theme_ids for b in same)]
            rows.append([view.number, view.question.prompt, text, len(same),
                         " | ".join(view.choice_label(i) for i in a.choices),
                         "" if a.rating is None else a.rating, _yes(t, any(b.starred for b in same)),
                         "; ".join(themes[i] for i in tagged), _yes(t, any(b.contact_masked for b in same))])
    return rows


def commitment_rows(content: ForumContent) -> list[list[Any]]:
    t = content.t
    return [[i, c.text, c.owner, _date(c.due_date), wording.status_label(t, c.status)]
            for i, c in enumerate(content.commitments, start=1)]


def _date(iso: str) -> date | str:
    """A due date as a date cell (a partner sorts and filters by it), or the text as typed."""
    try:
        return date.fromisoformat(iso) if iso else ""
    except ValueError:
        return iso


def write_xlsx(content: ForumContent, path: str | os.PathLike[str]) -> None:
    book = Workbook()
    book.remove(book.active)
    t = content.t
    summary = _sheet(book, t.gettext("Summary"), summary_columns(t), summary_rows(content),
                     [8, 50, 18, 12, 16, 12, 36, 36], t.rtl)
    _takeaways(summary, content.forum.takeaways, t)
    _sheet(book, t.gettext("Shareable answers"), answer_columns(t), answer_rows(content),
           [10, 40, 70, 10, 24, 8, 12, 28, 14], t.rtl)
    _sheet(book, t.gettext("Commitments"), commitment_columns(t), commitment_rows(content), [8, 60, 24, 14, 12], t.rtl)
    book.properties.title = t.gettext("{title} — recap", title=content.forum.title)
    book.properties.creator = content.forum.organiser or "forumdesk"  # who ran the forum, as in the PDF
    book.properties.language = t.code
    book.save(path)
