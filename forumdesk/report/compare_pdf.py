"""The compare PDF (issue 19 item 3): forums side by side, one table per question they share.

It draws the document of ``forumdesk.services.compare.compare_forums`` as it is: a guarded entry
(fewer answers than the forum's small-group threshold) has only its count, and says so. Every
piece of text (prompts, choices, words, themes, titles) goes through ``fonts.markup``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from forumdesk.i18n import N_, _, format_number, language
from forumdesk.report import fonts
from forumdesk.report.files import atomic_path, check_target
from forumdesk.report.styles import (
    ACCENT_LIGHT,
    CONTENT_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    RULE,
    styles,
)
from forumdesk.services.compare import summary


def _p(text: str, style: str = "body") -> Paragraph:
    return Paragraph(fonts.markup(text), styles()[style])


def _story(document: dict[str, Any]) -> list:
    forums = {f["forum"]: f for f in document["forums"]}
    story: list = [_p(_("Forums compared"), "h1")]
    rows = [[_p(_("Forum"), "small"), _p(_("Partner"), "small"), _p(_("Date"), "small"), _p(_("Answers"), "small")]]
    rows += [[_p(f["title"]), _p(f["partner"]), _p(f["date"] or "—"), _p(format_number(f["answers"]))]
             for f in document["forums"]]
    story.append(_table(rows, [0.42, 0.3, 0.14, 0.14]))
    if not document["questions"]:
        story.append(_p(_("These forums asked no question in common."), "guard"))
    for question in document["questions"]:
        story += [Spacer(1, 8), _p(question["prompt"], "h2")]
        rows = [[_p(_("Forum"), "small"), _p(_("Answers"), "small"), _p(_("What they said"), "small")]]
        for entry in question["per_forum"]:
            forum = forums[entry["forum"]]
            rows.append([_p(forum["title"]), _p(format_number(entry["answers"])),
                         _p(summary(entry, forum["small_group_k"]), "guard" if entry["small_group"] else "body")])
        story.append(_table(rows, [0.3, 0.12, 0.58]))
    return story


def _table(rows: list, widths: list[float]) -> Table:
    table = Table(rows, colWidths=[w * CONTENT_WIDTH for w in widths], repeatRows=1)
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT_LIGHT),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TEXTCOLOR", (0, 0), (-1, -1), colors.black),
    ]))
    return table


def write_compare_pdf(document: dict[str, Any], path: str | os.PathLike[str]) -> int:
    """Write the compare PDF (complete or not at all); returns its page count. Raises ExportError."""
    target = Path(path).expanduser()
    check_target(target, N_("compare PDF"))
    with atomic_path(target, N_("compare PDF")) as temp:
        doc = SimpleDocTemplate(str(temp), leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT, topMargin=MARGIN_TOP,
                                bottomMargin=MARGIN_BOTTOM, title=_("Forums compared"), author="forumdesk",
                                lang=language())
        doc.build(_story(document))
        pages = doc.page
    return pages
