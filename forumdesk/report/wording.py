"""Sentences and figures the recap's formats share (PDF, HTML, XLSX), so they word the same facts
the same way. Plain text: each format escapes it for itself.

Participation is worded honestly. Answers are anonymous and no count of distinct phones is kept,
so the figure for people is "at least N answered" (N: the most phones that voted on one question),
never "N+ participants"; the room's headcount is the facilitator's own count, said to be so.
"""

from __future__ import annotations

from datetime import date

from babel.lists import format_list

from forumdesk.domain import Commitment, CommitmentStatus, PartnerKind, QuestionKind, kinds
from forumdesk.domain.model import Scale
from forumdesk.i18n import Translator
from forumdesk.report.content import ForumContent, QuestionView


def date_text(t: Translator, iso: str) -> str:
    """A day in the recap's language ("14 March 2026", "14 mars 2026", "14. März 2026"); text that
    is not an ISO date is given back as it is. English keeps the day-first British form the recap
    is written in (Babel's plain "en" would say "March 14, 2026")."""
    try:
        day = date.fromisoformat(iso)
    except ValueError:
        return iso
    return t.format_date(day, "d MMMM y" if t.code == "en" else "long")


def kind_label(t: Translator, kind) -> str:
    """A question kind's name in the recap's language (a kind added by a plug-in keeps its own)."""
    labels = {
        QuestionKind.OPEN_TEXT: t.gettext("Open text"),
        QuestionKind.SINGLE_CHOICE: t.gettext("Single choice"),
        QuestionKind.MULTIPLE_CHOICE: t.gettext("Multiple choice"),
        QuestionKind.RATING: t.gettext("Rating scale"),
        QuestionKind.SHORT_WORDS: t.gettext("Short words (word cloud)"),
    }
    return labels.get(kind) or kinds.of(kind).label


def partner_kind_label(t: Translator, kind: PartnerKind) -> str:
    return {
        PartnerKind.EDUCATIONAL: t.gettext("Educational institution"),
        PartnerKind.ASSOCIATION: t.gettext("Professional association"),
        PartnerKind.COMMUNITY: t.gettext("Community group"),
        PartnerKind.ADVOCACY: t.gettext("Advocacy group"),
        PartnerKind.NONPROFIT: t.gettext("Employment non-profit"),
        PartnerKind.OTHER: t.gettext("Other"),
    }.get(kind, kind.label)


def recap_facts(t: Translator, view: QuestionView) -> list[str]:
    """The sentences printed under a question's chart: the recap's own for a question where people
    could pick several choices, else what the kind says of itself (a plug-in kind's, as it words it)."""
    kind = kinds.of(view.question.kind)
    if kind.multi_select:
        return [t.ngettext("People could pick several choices; percentages are of the {n} person who answered "
                           "from a phone.",
                           "People could pick several choices; percentages are of the {n} people who answered "
                           "from a phone.", view.responses)]
    return kind.recap_facts(view.question, view.responses)


def organiser_lines(content: ForumContent) -> list[str]:
    """"Organised by …" and "Contact: …" for the cover, when the facilitator gave them."""
    forum, t = content.forum, content.t
    lines = []
    if forum.organiser:
        lines.append(t.gettext("Organised by {organiser}", organiser=forum.organiser))
    if forum.contact:
        lines.append(t.gettext("Contact: {contact}", contact=forum.contact))
    return lines


def participation(content: ForumContent) -> list[tuple[str, str]]:
    """The cover's key figures: (value, label) pairs, and the notes from the room when there is room."""
    forum, t = content.forum, content.t
    answered = content.participants_at_least
    figures = []
    if forum.headcount is not None:
        figures.append((t.format_number(forum.headcount), t.ngettext(
            "person in the room (counted by the facilitator)", "people in the room (counted by the facilitator)",
            forum.headcount)))
    if answered is not None:
        if forum.headcount:
            share = t.format_percent(min(1.0, answered / forum.headcount))
            label = t.ngettext("person answered at least once (at least {share} of the room)",
                               "people answered at least once (at least {share} of the room)", answered, share=share)
        else:
            label = t.ngettext(
                "person answered at least once (at least: the most phones that voted on one question)",
                "people answered at least once (at least: the most phones that voted on one question)", answered)
        figures.append((t.format_number(answered), label))
    figures.append((t.format_number(content.answer_count),
                    t.ngettext("answer from phones", "answers from phones", content.answer_count)))
    asked = sum(q.asked for q in content.questions)
    figures.append((t.format_number(asked), t.ngettext("question asked", "questions asked", asked)))
    if len(figures) < 4:
        notes = len(content.general_notes) + sum(len(q.notes) for q in content.questions)
        figures.append((t.format_number(notes), t.ngettext("note from the room", "notes from the room", notes)))
    return figures


def summary_intro(content: ForumContent) -> str:
    """The overview's first sentence: how many answers to how many questions, and how many were
    summarised only by count (the small-group guard)."""
    c, t = content, content.t
    answers = t.ngettext("{n} answer", "{n} answers", c.answer_count)
    intro = t.ngettext("{answers} to {n} question were given anonymously during the forum.",
                       "{answers} to {n} questions were given anonymously during the forum.",
                       len(c.recap_questions), answers=answers)
    guarded = len(c.small_group_questions)
    if guarded:
        intro += " " + t.ngettext(
            "{n} question received fewer than {k} answers and is summarised only by count.",
            "{n} questions received fewer than {k} answers and are summarised only by count.",
            guarded, k=t.format_number(c.k))
    return intro


def question_meta(content: ForumContent, view: QuestionView) -> str:
    """"Single choice · 9 responses · 12 hands counted in the room"."""
    t, q = content.t, view.question
    if view.small_group and view.responses:
        count = t.gettext("fewer than {k} responses", k=t.format_number(content.k))
    else:
        count = t.ngettext("{n} response", "{n} responses", view.responses)
    meta = [kind_label(t, q.kind), count]
    room_total = sum(view.results.room_counts) if kinds.of(q.kind).room_counts else 0
    if room_total:
        meta.append(t.ngettext("{n} hand counted in the room", "{n} hands counted in the room", room_total))
    return " · ".join(meta)


def question_guard(content: ForumContent, view: QuestionView) -> str:
    """Why a question shows no results, or "" when it shows them."""
    t = content.t
    if not view.asked:
        return t.gettext("This question was not asked during the forum.")
    if view.responses == 0:
        return t.gettext("No answers were given to this question.")
    if view.small_group:
        return t.gettext("Fewer than {k} answers. To protect the anonymity of a small group, this recap shows no "
                         "breakdown or quotes for this question.", k=t.format_number(content.k))
    return ""


def average_sentence(t: Translator, view: QuestionView) -> str:
    """"Average 3.4 on a scale from 1 to 5, from 7 answers." """
    q, r = view.question, view.results
    assert q.scale is not None
    return t.ngettext("Average {mean} on a scale from {low} to {high}, from {n} answer.",
                      "Average {mean} on a scale from {low} to {high}, from {n} answers.", view.responses,
                      mean=mean_text(t, r.mean) if r.mean is not None else "–", low=t.format_number(q.scale.min),
                      high=t.format_number(q.scale.max))


def room_counts_note(t: Translator) -> str:
    return t.gettext("Room counts are a show of hands taken by the facilitator; they are shown separately and not "
                     "added to the phone answers.")


def frequent_words(t: Translator, view: QuestionView) -> str:
    """"Frequent words: salary (4), pay (3)." for open answers, or "" when no word came twice."""
    frequent = [t.gettext("{word} ({n})", word=w, n=t.format_number(n)) for w, n in view.results.words[:8] if n > 1]
    return t.gettext("Frequent words: {words}", words=", ".join(frequent)) if frequent else ""


def answers_heading(t: Translator, theme: str | None, several_groups: bool, all_heading: str | None = None) -> str:
    """The heading over a group of text answers: their theme, "Other answers" after the themes, or
    ``all_heading`` ("Answers") when no answer has a theme."""
    if theme is not None:
        return t.gettext("Theme: {theme}", theme=theme)
    return t.gettext("Other answers") if several_groups else (all_heading or t.gettext("Answers"))


def notes_intro(t: Translator) -> str:
    return t.gettext("What was said aloud during the forum, as noted by the facilitator or a scribe.")


def commitments_intro(content: ForumContent) -> str:
    return content.t.gettext("In response to what we heard, we commit to the following. We will report back to "
                             "{partner} on our progress.", partner=content.partner.name)


def questions_intro(t: Translator) -> str:
    return t.gettext("Each question with the number of answers it received. Text answers are grouped by the themes "
                     "the facilitator identified, followed by the remaining answers. \u2605 marks answers the "
                     "facilitator highlighted.")


def exported_line(content: ForumContent) -> str:
    t = content.t
    return t.gettext("Exported on {date} with forumdesk.",
                     date=date_text(t, content.exported_at.date().isoformat()))


def guarded_notes(t: Translator, count: int) -> str:
    return t.ngettext("{n} note from the room on this question is left out for the same reason.",
                      "{n} notes from the room on this question are left out for the same reason.", count)


def commitment_detail(t: Translator, item: Commitment) -> str:
    """"Owner: HR team · By 30 June 2026", or "" when neither was given."""
    parts = [t.gettext("Owner: {owner}", owner=item.owner) if item.owner else "",
             t.gettext("By {date}", date=date_text(t, item.due_date)) if item.due_date else ""]
    return " · ".join(p for p in parts if p)


def headline(view: QuestionView, k: int, theme_names: dict[int, str], t: Translator) -> str:
    """What stood out in one question (the overview's last column), as plain text: each format
    escapes it for itself."""
    q, r = view.question, view.results
    if not view.asked:
        return t.gettext("Not asked")
    if view.responses == 0:
        return t.gettext("No answers")
    if view.small_group:
        return t.gettext("Fewer than {k} answers", k=t.format_number(k))
    name = kinds.of(q.kind).results_view
    if name == "bars":
        best = max(range(len(r.choice_counts)), key=lambda i: r.choice_counts[i], default=None)
        if best is None or not r.choice_counts[best]:
            return ""
        return t.gettext("Most chosen: {choice} ({percent})", choice=view.choice_label(best),
                         percent=t.format_percent(r.choice_counts[best] / view.responses))
    if name == "histogram":
        if not (q.scale and r.mean is not None):
            return ""
        return t.gettext("Average {mean} on {low}–{high}", mean=mean_text(t, r.mean),
                         low=t.format_number(q.scale.min), high=t.format_number(q.scale.max))
    words = [w for w, _ in r.words[:3]]
    if name == "cloud":
        return t.gettext("Top words: {words}", words=", ".join(words))
    counts: dict[int, int] = {}
    for answer in view.answers:
        for theme_id in answer.theme_ids:
            counts[theme_id] = counts.get(theme_id, 0) + 1
    top = [t for t in sorted(counts, key=lambda t: -counts[t])[:2] if t in theme_names]
    if top:
        return t.gettext("Themes: {themes}", themes=", ".join(theme_names[i] for i in top))
    return t.gettext("Open answers: {words}", words=", ".join(words)) if words else t.gettext("Open answers")


def mean_text(t: Translator, mean: float) -> str:
    """An average to one decimal, in the language's digits and separator ("3.4", "3,4")."""
    from babel.numbers import format_decimal

    return format_decimal(round(mean, 1), format="0.0", locale=t.code)


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
    if c.asked:  # the room's own questions ("What the room asked") have no keep decision
        contact += " " + t.gettext("The questions the room asked are masked the same way, always.")
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
            "choices, ratings and themes.", date=date_text(t, c.texts_erased_at[:10]))))
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
        made = item.forum_title + (", " + date_text(t, item.forum_date) if item.forum_date else "")
        who = " · ".join(x for x in (c.owner, t.gettext("by {date}", date=date_text(t, c.due_date)) if c.due_date
                                     else "") if x)
        promised = t.gettext("(promised at {forum})", forum=made)
        rows.append((c.text, f"{status_label(t, c.status)}\n{who}".strip(), f"{c.outcome}\n{promised}".strip()))
    return rows
