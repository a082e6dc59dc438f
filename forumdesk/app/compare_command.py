"""``forumdesk compare --forum A --forum B [--forum C ...] [--pdf FILE] [--json FILE]``: the same
questions across forums (forumdesk/services/compare.py), as JSON and/or a PDF; with neither file,
a short table on stdout."""

from __future__ import annotations

import argparse
import json

from forumdesk.app.errors import UserError
from forumdesk.i18n import N_, ngettext
from forumdesk.report.compare_pdf import write_compare_pdf
from forumdesk.report.files import ExportError, atomic_path, check_target
from forumdesk.services import Services
from forumdesk.services.compare import compare_forums, summary


def run_compare(args: argparse.Namespace, services: Services) -> int:
    try:
        for name, what in ((args.json, "compare JSON"), (args.pdf, "compare PDF")):
            if name:  # every target is checked before anything is written
                _target(name, what)
        document = compare_forums(services.store, args.forums)
    finally:
        services.close()
    written = []
    try:
        if args.json:
            target = _target(args.json, N_("compare JSON"))
            with atomic_path(target, N_("compare JSON")) as temp:
                temp.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            written.append(str(target))
        if args.pdf:
            pages = write_compare_pdf(document, args.pdf)
            written.append(f"{args.pdf} (" + ngettext("{n} page", "{n} pages", pages) + ")")
    except ExportError as exc:
        raise UserError(str(exc)) from exc
    if written:
        print("\n".join(written))
        return 0
    titles = {f["forum"]: f for f in document["forums"]}
    for question in document["questions"]:
        print(question["prompt"])
        for entry in question["per_forum"]:
            forum = titles[entry["forum"]]
            text = summary(entry, forum["small_group_k"]).replace("\n", "; ")
            answers = ngettext("{n} answer", "{n} answers", entry["answers"])
            print(f"  [{entry['forum']}] {forum['title']}: {answers}. {text}")
    return 0


def _target(name: str, what: str):
    from pathlib import Path

    path = Path(name).expanduser()
    try:
        check_target(path, what)
    except ExportError as exc:
        raise UserError(str(exc)) from exc
    return path
