"""Sentences and figures the recap's formats share (PDF, HTML, XLSX), so they word the same facts
the same way. Plain text: each format escapes it for itself.

Participation is worded honestly. Answers are anonymous and no count of distinct phones is kept,
so the figure for people is "at least N answered" (N: the most answers one question received),
never "N+ participants"; the room's headcount is the facilitator's own count, said to be so.
"""

from __future__ import annotations

from datetime import date

from forumdesk.domain import Commitment
from forumdesk.report.content import ForumContent


def date_text(iso: str) -> str:
    try:
        day = date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{day.day} {day:%B %Y}"


def organiser_lines(content: ForumContent) -> list[str]:
    """"Organised by …" and "Contact: …" for the cover, when the facilitator gave them."""
    forum = content.forum
    lines = []
    if forum.organiser:
        lines.append(f"Organised by {forum.organiser}")
    if forum.contact:
        lines.append(f"Contact: {forum.contact}")
    return lines


def participation(content: ForumContent) -> list[tuple[str, str]]:
    """The cover's key figures: (value, label) pairs."""
    forum = content.forum
    answered = content.participants_at_least
    figures = []
    if forum.headcount is not None:
        figures.append((f"{forum.headcount:,}", "people in the room (counted by the facilitator)"))
    label = "people answered at least once (at least: the most answers one question received)"
    if forum.headcount:
        share = min(100, round(100 * answered / forum.headcount))
        label = f"people answered at least once (at least {share}% of the room)"
    figures.append((f"{answered:,}", label))
    figures.append((f"{content.answer_count:,}", "answers from phones"))
    asked = sum(q.asked for q in content.questions)
    figures.append((f"{asked:,}", "questions asked"))
    return figures


def commitment_detail(item: Commitment) -> str:
    """"Owner: HR team · By 30 June 2026", or "" when neither was given."""
    parts = [f"Owner: {item.owner}" if item.owner else "", f"By {date_text(item.due_date)}" if item.due_date else ""]
    return " · ".join(p for p in parts if p)


def suggested_takeaways(content: ForumContent, count: int = 3) -> list[str]:
    """Starting points for "three things we heard": the biggest themes, for the facilitator to
    rewrite in their own words (never put in the recap as they are)."""
    return [f"{theme.name} ({n} answers)" for theme, n in content.theme_counts() if n][:count]
