"""The ``forumdesk`` command line (every command and flag: docs/cli.md). With no subcommand it opens the app."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from forumdesk import __version__
from forumdesk.app.errors import UserError
from forumdesk.app.logging_setup import setup_logging
from forumdesk.domain import Pace, PartnerKind
from forumdesk.i18n import LANGUAGES, _, format_date, format_number, from_environment, language, ngettext, set_language
from forumdesk.paths import default_db_path
from forumdesk.services import ServiceError, Services
from forumdesk.storage import StoreError
from forumdesk.storage.db import check_db_path

PROG = "forumdesk"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, not a usage block
        self.exit(2, f"{self.prog}: {message} " + _("(see '{command}')", command=PROG + " --help") + "\n")


def db_path(args: argparse.Namespace) -> Path:
    explicit = getattr(args, "db", None)
    if explicit:
        return Path(explicit).expanduser()
    path = default_db_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def open_services(args: argparse.Namespace, *, forum_must_exist: int | None = None) -> Services:
    """Open the database named by ``--db`` (or the default one).

    With ``forum_must_exist``, a database file that does not exist yet is not created: the
    forum cannot be in it.
    """
    path = db_path(args)
    if forum_must_exist is not None and not path.exists():
        check_db_path(path)
        raise UserError(_("There is no forum with id {forum_id} ({path} has no forums yet).",
                          forum_id=forum_must_exist, path=path))
    return Services.open(path)


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("'{text}' is not a whole number", text=text)) from None
    if value < 0:
        raise argparse.ArgumentTypeError(_("'{text}' must not be negative", text=text))
    return value


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db", metavar="PATH", default=argparse.SUPPRESS,
        help=_("database file to use (default: {path})", path=default_db_path()),
    )
    parser = _Parser(prog=PROG, parents=[common], description=_("Run in-person listening forums offline."))
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help=_("check that this installation works (offscreen), print one line per check, exit 0 or 1"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    sub.add_parser("sets", parents=[common], help=_("list the built-in and saved question sets"))

    new = sub.add_parser("new", parents=[common], help=_("create a forum and print its id"))
    new.add_argument("--title", required=True)
    new.add_argument("--partner", required=True, help=_("the partner organisation's name"))
    new.add_argument("--partner-kind", choices=[k.value for k in PartnerKind], default=None)
    new.add_argument("--set", dest="sets", action="append", default=[], metavar="NAME",
                     help=_("add the questions of this set (repeatable)"))
    new.add_argument("--pace", choices=[p.value for p in Pace], default=Pace.FACILITATOR.value)
    new.add_argument("--date", default="", help=_("the forum's date, YYYY-MM-DD"))
    new.add_argument("--venue", default="")
    new.add_argument("--review-first", action="store_true",
                     help=_("open answers reach the projector and phones only once approved in the console"))
    new.add_argument("--changeable-votes", action="store_true",
                     help=_("attendees may change a choice or rating while the question is open"))
    new.add_argument("--ask", action="store_true", help=_("let the room ask its own questions and upvote them"))
    new.add_argument("--no-review", action="store_true",
                     help=_("with --ask: show the room's questions at once instead of after approval"))
    new.add_argument("--organiser", default="", help=_("who runs the forum (the employer), named on the recap's cover"))
    new.add_argument("--contact", default="", help=_("how the partner reaches the organiser, on the recap's cover"))
    new.add_argument("--language", default="", choices=list(LANGUAGES), metavar="CODE",
                     help=_("the recap's language and the phones' default ({codes}; default: the language of "
                            "the environment)", codes=", ".join(LANGUAGES)))

    sub.add_parser("list", parents=[common], help=_("list forums: id, title, partner, date, answers"))
    sub.add_parser("demo", parents=[common], help=_("create a demo forum with sample answers and print its id"))

    serve = sub.add_parser("serve", parents=[common], help=_("run the attendee server for a forum, without a window"))
    serve.add_argument("--forum", required=True, type=_positive_int)
    serve.add_argument("--host", default="0.0.0.0")
    serve.add_argument("--port", type=_positive_int, default=None, help=_("0 means any free port"))
    serve.add_argument("--public-host", default=None, help=_("address to put in the join URL instead of the detected one"))

    export = sub.add_parser("export", parents=[common], help=_("write the recap PDF and data exports"))
    export.add_argument("--forum", required=True, type=_positive_int)
    export.add_argument("--pdf", metavar="FILE")
    export.add_argument("--html", metavar="FILE", help=_("the recap as one accessible, self-contained HTML file"))
    export.add_argument("--xlsx", metavar="FILE", help=_("the recap as a spreadsheet (summary, answers, commitments)"))
    export.add_argument("--csv", metavar="FILE", help=_("the shareable CSV, for the partner"))
    export.add_argument("--json", metavar="FILE", help=_("the shareable JSON, for the partner"))
    export.add_argument("--csv-internal", metavar="FILE",
                        help=_("the facilitator's full CSV; its name must contain 'internal'"))
    export.add_argument("--json-internal", metavar="FILE",
                        help=_("the facilitator's full JSON; its name must contain 'internal'"))
    export.add_argument("--keep-contacts", action="store_true",
                        help=_("keep every identifying detail unmasked (default: mask all but those kept in the review)"))
    export.add_argument("--bundle", metavar="FILE", help=_("one file with everything of the forum, for 'import'"))

    compare = sub.add_parser("compare", parents=[common], help=_("the same questions across forums (JSON, PDF)"))
    compare.add_argument("--forum", dest="forums", action="append", required=True, type=_positive_int,
                         help=_("a forum to compare (give two or more)"))
    compare.add_argument("--pdf", metavar="FILE")
    compare.add_argument("--json", metavar="FILE")

    imp = sub.add_parser("import", parents=[common], help=_("add the forum of a bundle (from 'export --bundle')"))
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--new-partner", action="store_true",
                     help=_("make a new partner even if one with the same name exists"))

    from forumdesk.app.themes_command import add_parser as add_themes_parser

    add_themes_parser(sub, common, _positive_int)

    erase = sub.add_parser("erase", parents=[common],
                           help=_("erase what people typed in a forum (answer texts, room notes), keeping the counts"))
    erase.add_argument("--forum", required=True, type=_positive_int)
    erase.add_argument("--yes", action="store_true", help=_("do not ask for confirmation"))
    return parser


# ---------------------------------------------------------------- commands


def cmd_sets(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        sets = services.sets.all_sets()
    finally:
        services.close()
    width = max(len(s.name) for s in sets)
    for qset in sets:
        origin = "" if qset.builtin else "  " + _("(saved)")
        count = ngettext("{n} question", "{n} questions", len(qset.questions))
        print(f"{qset.name:<{width}}  {qset.title}  [{count}]{origin}")
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    if not args.title.strip():
        raise UserError(_("The title cannot be empty."))
    if not args.partner.strip():
        raise UserError(_("The partner's name cannot be empty."))
    if args.date:
        from datetime import date

        try:
            date.fromisoformat(args.date)
        except ValueError:
            raise UserError(_("'{text}' is not a date like 2026-05-14.", text=args.date)) from None
    if args.no_review and not args.ask:
        raise UserError(_("{option} goes with {other}.", option="--no-review", other="--ask"))
    path = db_path(args)
    if not path.exists():
        # Nothing saved yet: every set must be a built-in one. Check before creating the file.
        from forumdesk.services.question_sets import builtin_set_names

        builtin = builtin_set_names()
        for name in args.sets:
            if name not in builtin:
                check_db_path(path)
                raise UserError(_("There is no question set named '{name}' (known sets: {known}).",
                                  name=name, known=", ".join(sorted(builtin))))
    services = open_services(args)
    try:
        questions = []
        for name in args.sets:
            questions.extend(services.sets.get(name).questions)
        partner = services.forums.find_or_create_partner(
            args.partner, PartnerKind(args.partner_kind) if args.partner_kind else None
        )
        forum = services.forums.create_forum(
            args.title, partner.id, date=args.date, venue=args.venue, pace=Pace(args.pace), questions=questions,
            review_first=args.review_first,
            changeable_votes=args.changeable_votes,
            organiser=args.organiser, contact=args.contact,
            language=args.language or language(),
        )
        if args.ask:
            from forumdesk.domain.ask import AskMode

            services.ask.set_mode(forum.id, AskMode.DIRECT if args.no_review else AskMode.REVIEW)
    finally:
        services.close()
    print(forum.id)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    path = db_path(args)
    if not path.exists():
        check_db_path(path)
        print(_("No forums yet."))
        return 0
    services = open_services(args)
    try:
        rows = services.forums.forum_listing()
    finally:
        services.close()
    if not rows:
        print(_("No forums yet."))
        return 0
    # In the language's words, dates and digits; columns as wide as their longest cell.
    table = [[_("id"), _("title"), _("partner"), _("date"), _("answers")]]
    for row in rows:
        table.append([str(row["id"]), _cut(row["title"], 40), _cut(row["partner_name"], 30),
                      _listed_date(row["date"]), format_number(row["answer_count"])])
    widths = [max(len(line[i]) for line in table) for i in range(5)]
    for line in table:
        cells = [text.rjust(widths[i]) if i in (0, 4) else text.ljust(widths[i]) for i, text in enumerate(line)]
        print("  ".join(cells).rstrip())
    return 0


def _listed_date(text: str) -> str:
    """A forum's date (YYYY-MM-DD, or empty) as the language writes it."""
    from datetime import date

    try:
        return format_date(date.fromisoformat(text), "medium")
    except ValueError:
        return text


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def cmd_demo(args: argparse.Namespace) -> int:
    from forumdesk.services.demo import create_demo_forum

    services = open_services(args)
    try:
        forum = create_demo_forum(services.forums, services.answers, services.sets, ask=services.ask,
                                  images=services.images)
    finally:
        services.close()
    print(forum.id)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from forumdesk.app.serve_command import run_serve

    return run_serve(args, open_services(args, forum_must_exist=args.forum))


def cmd_export(args: argparse.Namespace) -> int:
    from forumdesk.app.export_command import run_export

    return run_export(args, open_services(args, forum_must_exist=args.forum))


def cmd_compare(args: argparse.Namespace) -> int:
    from forumdesk.app.compare_command import run_compare

    return run_compare(args, open_services(args, forum_must_exist=args.forums[0]))


def cmd_import(args: argparse.Namespace) -> int:
    from forumdesk.app.bundle_commands import run_import

    return run_import(args, lambda: open_services(args))
def cmd_themes(args: argparse.Namespace) -> int:
    from forumdesk.app.themes_command import run_themes

    return run_themes(args, open_services(args, forum_must_exist=args.forum))


def cmd_erase(args: argparse.Namespace) -> int:
    """Retention (issue 14 item 8): delete the texts for good, keep the counts the recap needs."""
    services = open_services(args, forum_must_exist=args.forum)
    try:
        forum = services.forums.forum(args.forum)
        if not args.yes:
            if not sys.stdin.isatty():
                raise UserError(_("Erasing cannot be undone: pass {option} to confirm.", option="--yes"))
            reply = input(_("Erase every answer text and room note of forum {forum_id} ({title})? This cannot be "
                            "undone. Type {yes}: ", forum_id=forum.id, title=forum.title, yes=_("yes")))
            if reply.strip().casefold() not in ("yes", _("yes").casefold()):
                print(_("Nothing erased."), file=sys.stderr)
                return 1
        erased = services.privacy.erase_texts(forum.id)
    finally:
        services.close()
    print(ngettext("Erased {n} answer text", "Erased {n} answer texts", erased.answers) + "; "
          + ngettext("{n} room note erased", "{n} room notes erased", erased.notes) + "; "
          + _("counts, choices, ratings and themes are kept."))
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    from forumdesk.app.gui import run_gui

    if os.environ.get("FORUMDESK_STARTUP_PROBE"):
        _install_startup_probe()
    return run_gui(db_path(args))


def _install_startup_probe() -> None:
    """For benchmarks/startup.py: once the main window is on screen, painted and the event loop
    is running, print the seconds since the launch time the benchmark put in
    FORUMDESK_STARTUP_PROBE (a Unix time taken just before it started this process), then quit."""
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    started = float(os.environ["FORUMDESK_STARTUP_PROBE"])

    def check() -> None:
        windows = [w for w in app.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
        handle = windows[0].windowHandle() if windows else None
        if handle is None or not handle.isExposed():
            QTimer.singleShot(5, check)
            return
        windows[0].repaint()  # the first frame, as the user sees it
        print(f"window shown after {time.time() - started:.3f} s", flush=True)
        app.quit()

    QTimer.singleShot(0, check)


COMMANDS = {
    "sets": cmd_sets,
    "new": cmd_new,
    "list": cmd_list,
    "demo": cmd_demo,
    "serve": cmd_serve,
    "export": cmd_export,
    "import": cmd_import,
    "compare": cmd_compare,
    "themes": cmd_themes,
    "erase": cmd_erase,
}


def main(argv: list[str] | None = None) -> int:
    set_language(from_environment())
    args = build_parser().parse_args(argv)
    if args.self_test:
        from forumdesk.app.self_test import run_self_test

        return run_self_test()
    command = COMMANDS.get(args.command or "", cmd_gui)
    # The long-running commands keep a log file; one-shot commands only print warnings.
    setup_logging(to_file=command in (cmd_gui, cmd_serve))
    try:
        return command(args)
    except (UserError, StoreError, ServiceError) as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
