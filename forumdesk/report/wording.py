"""Sentences and figures the recap's formats share (PDF, HTML, XLSX), so they word the same facts
the same way. Plain text: each format escapes it for itself.

Participation is worded honestly. Answers are anonymous and no count of distinct phones is kept,
so the figure for people is "at least N answered" (N: the most answers one question received),
never "N+ participants"; the room's headcount is the facilitator's own count, said to be so.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from babel.lists import format_list

from forumdesk.domain import Commitment, kinds
from forumdesk.domain.model import Scale
from forumdesk.i18n import Translator
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


# ---------------------------------------------------------------- the figures under each chart
# A chart is a picture: a screen reader, a black-and-white printout or a partner copying numbers
# gets them from one compact sentence under it (the HTML recap has a data table instead).


def _items(t: Translator, items: list[str]) -> str:
    return format_list(items, locale=t.code) if items else ""


def choice_figures(t: Translator, labels: list[str], counts: list[int], total: int) -> str:
    """"Answers per choice: Pay: 3 (50%), Flexibility: 2 (33%) and Growth: 1 (17%)." """
    items = [t.gettext("{label}: {count} ({percent})", label=label, count=t.format_number(count),
                       percent=t.format_percent(count / total if total else 0))
             for label, count in zip(labels, counts, strict=False)]
    return t.gettext("Answers per choice: {items}.", items=_items(t, items))


def room_figures(t: Translator, labels: list[str], counts: list[int]) -> str:
    """"Hands counted in the room: Pay: 17 hands, Flexibility: 0 hands and Growth: 1 hand." """
    items = [t.ngettext("{label}: {n} hand", "{label}: {n} hands", count, label=label)
             for label, count in zip(labels, counts, strict=False)]
    return t.gettext("Hands counted in the room: {items}.", items=_items(t, items))


def rating_figures(t: Translator, distribution: dict[int, int], scale: Scale) -> str:
    """"Answers per rating: 1 (Very unfair): 0 answers, 2: 1 answer … and 5 (Very fair): 1 answer." """
    items = []
    for value in range(scale.min, scale.max + 1):
        name = t.format_number(value)
        end = scale.min_label if value == scale.min else scale.max_label if value == scale.max else ""
        if end:
            name = t.gettext("{value} ({meaning})", value=name, meaning=end)
        count = distribution.get(value, 0)
        items.append(t.ngettext("{label}: {n} answer", "{label}: {n} answers", count, label=name))
    return t.gettext("Answers per rating: {items}.", items=_items(t, items))


def count_figures(t: Translator, intro: str, labels: list[str], counts: list[int]) -> str:
    """``intro`` (already translated, with an {items} placeholder) filled with "label: count" items."""
    items = [t.gettext("{label}: {count}", label=label, count=t.format_number(count))
             for label, count in zip(labels, counts, strict=False)]
    return intro.format(items=_items(t, items))
