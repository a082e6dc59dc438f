"""Forums compared (issue 19 item 3): the same question across chosen forums, side by side.

Two questions are "the same" when their prompts read the same (case and spacing aside) and they
are of the same kind. For each forum that asked it: the visible answers (participation), and,
unless the forum's small-group guard applies (fewer answers than ``small_group_k``), what the
kind's tally says (choice counts, rating distribution and mean), the rating's spread (standard
deviation), the top words and the themes its answers were tagged with. A guarded entry carries
only its count, exactly as the recap shows no breakdown for it.

The document (``compare_forums``) is what ``forumdesk compare --json`` writes, the compare PDF
draws and the app's compare view shows::

    {"forums": [{"forum", "title", "partner", "date", "answers", "questions", "small_group_k"}],
     "questions": [{"prompt", "kind", "per_forum": [{"forum", "answers", "small_group", ...}]}]}
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Any

from forumdesk.domain import Question, kinds
from forumdesk.domain.results import tally
from forumdesk.i18n import _, language, ngettext, translator
from forumdesk.services.errors import InvalidInput, NotFound
from forumdesk.storage import Store

TOP = 5  # words and themes per forum


def prompt_key(question: Question) -> tuple[str, str]:
    return " ".join(question.prompt.casefold().split()), question.kind.value


def spread(distribution: dict[int, int]) -> float | None:
    """Population standard deviation of a rating distribution (None without answers)."""
    n = sum(distribution.values())
    if not n:
        return None
    mean = sum(v * c for v, c in distribution.items()) / n
    return round(math.sqrt(sum(c * (v - mean) ** 2 for v, c in distribution.items()) / n), 2)


def _entry(store: Store, forum_id: int, k: int, question: Question, theme_names: dict[int, str]) -> dict[str, Any]:
    repo = store.repo
    assert question.id is not None
    answers = repo.list_answers(question_id=question.id, include_hidden=False)
    entry: dict[str, Any] = {"forum": forum_id, "answers": len(answers), "small_group": len(answers) < k}
    if entry["small_group"]:
        return entry  # a handful of answers could say who answered what: no breakdown
    results = tally(question, (a.content for a in answers), repo.room_counts(question.id), repo.same_as(question.id))
    data = results.to_dict()
    for key in ("question_id", "kind", "responses"):
        data.pop(key, None)
    entry.update(data)
    if results.choice_counts:
        entry["choices"] = [{"choice": label, "count": count, "share": round(count / len(answers), 3)}
                            for label, count in zip(question.choices, results.choice_counts, strict=False)]
    if results.rating_distribution:
        entry["spread"] = spread(results.rating_distribution)
    if "words" in entry:
        entry["words"] = entry["words"][:TOP]
    themes = Counter(theme_names[t] for a in answers for t in a.theme_ids if t in theme_names)
    entry["themes"] = [[name, n] for name, n in sorted(themes.items(), key=lambda i: (-i[1], i[0]))[:TOP]]
    return entry


def compare_forums(store: Store, forum_ids: list[int]) -> dict[str, Any]:
    """The comparison document of ``forum_ids`` (in that order; at least two different forums)."""
    if len(set(forum_ids)) < 2:
        raise InvalidInput("Choose at least two different forums to compare.")
    repo = store.repo
    forums, questions_of = [], {}
    for forum_id in forum_ids:
        forum = repo.get_forum(forum_id)
        if forum is None:
            raise NotFound("There is no forum with id {forum_id}.", forum_id=forum_id)
        partner = repo.get_partner(forum.partner_id)
        questions_of[forum_id] = repo.list_questions(forum_id)
        visible = sum(1 for _ in repo.list_answers(forum_id=forum_id, include_hidden=False))
        forums.append({"forum": forum_id, "title": forum.title, "partner": partner.name if partner else "",
                       "date": forum.date, "answers": visible, "questions": len(questions_of[forum_id]),
                       "small_group_k": forum.small_group_k})
    # Question keys in the order the first forum that has each asked them.
    order: dict[tuple[str, str], dict[str, Any]] = {}
    for forum_id in forum_ids:
        for question in questions_of[forum_id]:
            if not kinds.of(question.kind).takes_answers:
                continue  # a content slide: nothing to compare
            key = prompt_key(question)
            row = order.setdefault(key, {"prompt": question.prompt, "kind": question.kind.value, "asked": []})
            if forum_id not in [f for f, _ in row["asked"]]:
                row["asked"].append((forum_id, question))
    result = []
    for row in order.values():
        if len(row["asked"]) < 2:
            continue  # asked in one forum only: nothing to compare
        per_forum = []
        for forum_id, question in row["asked"]:
            k = next(f["small_group_k"] for f in forums if f["forum"] == forum_id)
            names = {t.id: t.name for t in repo.list_themes(forum_id)}
            per_forum.append(_entry(store, forum_id, k, question, names))
        result.append({"prompt": row["prompt"], "kind": row["kind"], "per_forum": per_forum})
    return {"forums": forums, "questions": result}


def summary(entry: dict[str, Any], k: int) -> str:
    """What one forum's answers to one question say, in one plain sentence block (no markup), in
    the process-wide language (forumdesk/i18n.py): the app's compare view, the command line, the
    compare PDF."""
    if entry["small_group"]:
        return ngettext("Fewer than {n} answer: no breakdown, to keep the group anonymous.",
                        "Fewer than {n} answers: no breakdown, to keep the group anonymous.", k)
    t = translator(language())
    parts = []
    if entry.get("choices"):
        parts.append("; ".join(_("{choice}: {count} ({percent})", choice=c["choice"], count=t.format_number(c["count"]),
                                 percent=t.format_percent(round(c["share"], 2)))
                               for c in entry["choices"]))
    if entry.get("mean") is not None:
        if entry.get("spread") is not None:
            parts.append(_("Mean {mean} (spread ±{spread})", mean=t.format_number(entry["mean"]),
                           spread=t.format_number(entry["spread"])))
        else:
            parts.append(_("Mean {mean}", mean=t.format_number(entry["mean"])))
    if entry.get("words"):
        parts.append(_("Words: {words}", words=", ".join(f"{w} ({t.format_number(n)})" for w, n in entry["words"])))
    if entry.get("themes"):
        parts.append(_("Themes: {themes}",
                       themes=", ".join(f"{name} ({t.format_number(n)})" for name, n in entry["themes"])))
    return "\n".join(parts) or _("No breakdown.")
