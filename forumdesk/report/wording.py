"""Sentences and figures the recap's formats share (PDF, HTML, XLSX), so they word the same facts
the same way. Plain text: each format escapes it for itself.

Participation is worded honestly. Answers are anonymous and no count of distinct phones is kept,
so the figure for people is "at least N answered" (N: the most answers one question received),
never "N+ participants"; the room's headcount is the facilitator's own count, said to be so.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from forumdesk.domain import Commitment, kinds
from forumdesk.report.content import ForumContent, QuestionView


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


def headline(view: QuestionView, k: int, theme_names: dict[int, str], escape: Callable[[str], str]) -> str:
    """What stood out in one question (the overview's last column), with attendee text passed
    through ``escape`` (reportlab markup for the PDF, HTML for the HTML recap)."""
    q, r = view.question, view.results
    if not view.asked:
        return "Not asked"
    if view.responses == 0:
        return "No answers"
    if view.small_group:
        return f"Fewer than {k} answers"
    name = kinds.of(q.kind).results_view
    if name == "bars":
        best = max(range(len(r.choice_counts)), key=lambda i: r.choice_counts[i], default=None)
        if best is None or not r.choice_counts[best]:
            return ""
        share = round(100 * r.choice_counts[best] / view.responses)
        return f"Most chosen: {escape(view.choice_label(best))} ({share}%)"
    if name == "histogram":
        return f"Average {r.mean:.1f} on {q.scale.min}–{q.scale.max}" if q.scale and r.mean is not None else ""
    words = [escape(w) for w, _ in r.words[:3]]
    if name == "cloud":
        return "Top words: " + ", ".join(words)
    counts: dict[int, int] = {}
    for answer in view.answers:
        for theme_id in answer.theme_ids:
            counts[theme_id] = counts.get(theme_id, 0) + 1
    top = [t for t in sorted(counts, key=lambda t: -counts[t])[:2] if t in theme_names]
    if top:
        return "Themes: " + ", ".join(escape(theme_names[t]) for t in top)
    return "Open answers" + (": " + ", ".join(words) if words else "")
