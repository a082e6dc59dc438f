"""``forumdesk themes --forum ID --question N (--suggest [--k K] | --duplicates)``: the theme
helpers of issue 13 as JSON on stdout, for scripts and for checking the app's groupings.

``--suggest`` prints ``{"question": N, "groups": [{"name": ..., "answer_ids": [...]}, ...]}`` and
``--duplicates`` prints ``{"groups": [{"text": ..., "answer_ids": [...]}]}``; both cover every
visible answer of the question exactly once (a unique answer is a group of one). Hidden answers
are left out, as everywhere the room's words are shown.
"""

from __future__ import annotations

import argparse
import json

from forumdesk.app.errors import UserError
from forumdesk.domain import kinds
from forumdesk.i18n import _, ngettext
from forumdesk.services import NotFound, Services


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser, positive_int) -> None:
    themes = sub.add_parser("themes", parents=[common],
                            help=_("print proposed themes or same-answer groups of one question as JSON"))
    themes.add_argument("--forum", required=True, type=positive_int)
    themes.add_argument("--question", required=True, type=positive_int, metavar="N",
                        help=_("the question's number in the forum, as the console shows it (Q1 is 1)"))
    what = themes.add_mutually_exclusive_group(required=True)
    what.add_argument("--suggest", action="store_true", help=_("proposed themes covering every visible answer once"))
    what.add_argument("--duplicates", action="store_true", help=_("answers that are the same once normalised"))
    themes.add_argument("--k", type=positive_int, default=None, help=_("how many themes (default: chosen from the answers)"))


def run_themes(args: argparse.Namespace, services: Services) -> int:
    from forumdesk.services.themes import ThemeService  # numpy: only for this command, not every start

    try:
        try:
            services.forums.forum(args.forum)
        except NotFound:
            raise UserError(_("There is no forum with id {forum_id}.", forum_id=args.forum)) from None
        questions = services.forums.questions(args.forum)
        if not 1 <= args.question <= len(questions):
            raise UserError(ngettext("Forum {forum_id} has {n} question: there is no question {number}.",
                                     "Forum {forum_id} has {n} questions: there is no question {number}.",
                                     len(questions), forum_id=args.forum, number=args.question))
        question = questions[args.question - 1]
        if not kinds.of(question.kind).text_answers:
            raise UserError(_("Question {number} is not answered in words: themes are for text answers.",
                              number=args.question))
        if args.k is not None and args.k < 1:
            raise UserError(_("{option} must be at least 1.", option="--k"))
        helper = ThemeService(services.answers)
        if args.suggest:
            groups = helper.suggest(args.forum, question.id, args.k)
            out: dict = {"question": args.question,
                         "groups": [{"name": g.name, "answer_ids": list(g.answer_ids)} for g in groups]}
        else:
            out = {"groups": [{"text": g.text, "answer_ids": list(g.ids)}
                              for g in helper.duplicates(args.forum, question.id)]}
    finally:
        services.close()
    print(json.dumps(out, ensure_ascii=False))
    return 0
