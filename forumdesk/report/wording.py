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

from forumdesk.domain import Commitment, CommitmentStatus, kinds
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
    items = [t.ngettext("{label}: {n} answer", "{label}: {n} answers", distribution.get(value, 0),
                        label=rating_label(t, value, scale))
             for value in range(scale.min, scale.max + 1)]
    return t.gettext("Answers per rating: {items}.", items=_items(t, items))


def rating_label(t: Translator, value: int, scale: Scale) -> str:
    """"1 (Very unfair)" at the ends of a scale with labels, else "3"."""
    end = scale.min_label if value == scale.min else scale.max_label if value == scale.max else ""
    name = t.format_number(value)
    return t.gettext("{value} ({meaning})", value=name, meaning=end) if end else name


def count_figures(t: Translator, intro: str, labels: list[str], counts: list[int]) -> str:
    """``intro`` (already translated, with an {items} placeholder) filled with "label: count" items."""
    items = [t.gettext("{label}: {count}", label=label, count=t.format_number(count))
             for label, count in zip(labels, counts, strict=False)]
    return intro.format(items=_items(t, items))


def data_handling(content: ForumContent) -> list[tuple[str, str]]:
    """How the information was handled, as (lead, sentence) pairs: only what the code guarantees
    (SECURITY.md says the same and tests back each sentence). The PDF and the HTML recap both
    show these, so a partner reads one statement whichever file they open."""
    c, t = content, content.t
    points = [
        (t.gettext("No account, no tracking."),
         t.gettext("Attendees answered from their phones without an account. IP addresses, user agents, cookies and "
                   "device identifiers were not stored with the answers. What attendees typed can still identify "
                   "them; the next points say how that is limited.")),
        (t.gettext("Kept on the facilitator's computer."),
         t.gettext("Answers travelled over the local network to the facilitator's laptop and were stored there in a "
                   "single file.")),
    ]
    hidden = c.hidden_left_out
    points.append((t.gettext("Moderation."), t.ngettext(
        "{n} answer hidden by the facilitator is left out of this recap.",
        "{n} answers hidden by the facilitator are left out of this recap.", hidden)
        if hidden else t.gettext("No answers were hidden by the facilitator.")))
    masked, kept = c.details_masked, c.kept_count
    contact = t.gettext(
        "E-mail addresses, phone numbers, profile links, handles, postal addresses, ID numbers, IBANs and "
        "people's names that forumdesk recognises in answers and notes are replaced by markers such as "
        "[email removed], unless the facilitator reviewed and kept one. Recognition is automatic and can miss a "
        "detail written in an unusual way.")
    contact += " " + (t.ngettext("{n} detail was masked.", "{n} details were masked.", masked) if masked
                      else t.gettext("None were masked."))
    if kept:
        contact += " " + t.ngettext("In {n} answer the facilitator kept a detail the writer shared.",
                                    "In {n} answers the facilitator kept a detail the writer shared.", kept)
    points.append((t.gettext("Identifying details."), contact))
    guarded = c.small_group_questions
    small = t.gettext(
        "For a question with fewer than {k} answers this recap shows that it had fewer answers and no breakdown, "
        "words, quotes, themes or room notes of it (only a show-of-hands room count, when one was entered).",
        k=t.format_number(c.k))
    small += " " + (t.gettext("This applied to {questions}.", questions=format_list(
        [f"Q{q.number}" for q in guarded], locale=t.code)) if guarded else t.gettext("No question was affected."))
    points.append((t.gettext("Small groups."), small))
    points.append((t.gettext("Notes and room counts."), t.gettext(
        "Room notes summarise what was said aloud, as typed by the facilitator or a scribe; they are not verbatim "
        "quotes. Room counts are show-of-hands tallies entered by hand and are shown separately from phone "
        "answers.")))
    if c.texts_erased_at:
        points.append((t.gettext("Erased."), t.gettext(
            "On {date} the facilitator erased what attendees typed and the room notes; this recap keeps the counts, "
            "choices, ratings and themes.", date=date_text(c.texts_erased_at[:10]))))
    return points


def status_label(t: Translator, status: CommitmentStatus) -> str:
    return {CommitmentStatus.PLANNED: t.gettext("Planned"), CommitmentStatus.IN_PROGRESS: t.gettext("In progress"),
            CommitmentStatus.DONE: t.gettext("Done"), CommitmentStatus.DROPPED: t.gettext("Dropped")}[status]


def follow_up_rows(content: ForumContent) -> list[tuple[str, str, str]]:
    """"Since last time": for each commitment of an earlier forum, (what we said, its status with
    owner and date, what we did with where it was promised), plain text."""
    t, rows = content.t, []
    for item in content.since_last_time:
        c = item.commitment
        made = item.forum_title + (", " + date_text(item.forum_date) if item.forum_date else "")
        who = " · ".join(x for x in (c.owner, t.gettext("by {date}", date=date_text(c.due_date)) if c.due_date
                                     else "") if x)
        rows.append((c.text, f"{status_label(t, c.status)}\n{who}".strip(),
                     f"{c.outcome}\n{t.gettext('(promised at {forum})', forum=made)}".strip()))
    return rows
