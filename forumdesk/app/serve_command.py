"""``forumdesk serve``: the attendee server for one forum, without a window (docs/cli.md, "serve").

Prints one JSON line ``{"join_url", "code", "port"}`` once connections are accepted, then reads
facilitator commands on stdin (``next``, ``prev``, ``goto N``, ``open``, ``close``, ``reveal``, and for
the room's own questions ``ask open``, ``ask close``, ``approve ID``, ``hide-ask ID``, ``answered ID``,
each new one printed as a JSON line ``{"ask": {"id", "text"}}``) until SIGINT or SIGTERM, which stop it cleanly with every answer committed. The end of stdin does
not stop the server: CI and service managers run it with no input at all.

While it serves, a copy of the database is written to the ``backups`` folder next to it every
five minutes (``FORUMDESK_BACKUP_INTERVAL_S`` changes that) and once more when it stops, kept in
rotation. When answers cannot be saved (disk full, file read-only) it says so on stderr, and again
when they are saved once more.

``FORUMDESK_COMMIT_EACH_ANSWER=1`` in the environment turns group commit off (one transaction per
answer); it exists so ``benchmarks/phones.py`` can measure the baseline.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import signal
import sys
import threading

from forumdesk.app.gc_policy import freeze_startup_objects
from forumdesk.domain.privacy import mask_contacts
from forumdesk.i18n import N_, _
from forumdesk.services import BackupScheduler, Event, EventKind, ServiceError, Services
from forumdesk.services.backups import interval_from_env
from forumdesk.storage import StoreError
from forumdesk.web.config import ServerConfig
from forumdesk.web.server import AttendeeServer, ServerStartError

# The commands are typed as they are in every language; what they do is said in the user's.
HELP = N_("commands: next, prev, goto N (question number, from 1), open, close (the current question), "
          "reveal (show or hide its results), timer S [close] (a countdown of S seconds on phones; with "
          "'close', the question closes at zero), timer stop, ask open, ask close, approve ID, hide-ask ID, "
          "answered ID (the room's questions), help")


class FacilitatorCommands:
    """What a facilitator can type on stdin; each command is one service call."""

    def __init__(self, services: Services, forum_id: int) -> None:
        self.services = services
        self.forum_id = forum_id
        self.lock = threading.Lock()  # held while a command runs, so shutdown does not cut one in half
        self.closed = False

    def run(self, line: str) -> str:
        words = line.split()
        if not words:
            return ""
        command, rest = words[0].lower(), words[1:]
        forums = self.services.forums
        with self.lock:
            if self.closed:
                return _("the server is stopping")
            try:
                if command in ("next", "prev") and not rest:
                    forums.step(self.forum_id, 1 if command == "next" else -1)
                elif command == "goto" and len(rest) == 1:
                    questions = forums.questions(self.forum_id)
                    if not rest[0].isdigit() or not 1 <= int(rest[0]) <= len(questions):
                        return _("goto takes a question number from 1 to {count}", count=len(questions))
                    forums.set_current(self.forum_id, questions[int(rest[0]) - 1].id)
                elif command in ("open", "close", "reveal") and not rest:
                    current = self._current()
                    if current is None:
                        return _("there is no current question")
                    if command == "reveal":
                        forums.set_revealed(current.id, not current.revealed)
                    else:
                        forums.set_open(current.id, command == "open")
                elif command == "timer" and rest:
                    return self._timer(rest)
                elif command == "ask" and len(rest) == 1 and rest[0].lower() in ("open", "close"):
                    settings = self.services.ask.set_open(self.forum_id, rest[0].lower() == "open")
                    return _("asking is open") if settings.is_open else _("asking is closed")
                elif command in ("approve", "hide-ask", "answered") and len(rest) == 1:
                    return self._moderate(command, rest[0])
                elif command == "help":
                    return _(HELP)
                else:
                    return _("unknown command '{command}'; {help}", command=line.strip()[:40], help=_(HELP))
                return self.describe()
            except (ServiceError, StoreError) as exc:
                # A refused command, or a database that cannot be written just now (locked by
                # another program, disk full...): say why; the next command is read as usual.
                return str(exc)

    def _timer(self, words: list[str]) -> str:
        timers = self.services.timers
        if words == ["stop"]:
            timers.cancel(self.forum_id)
            return _("timer stopped")
        if not words[0].isdigit() or not 5 <= int(words[0]) <= 3600 or words[1:] not in ([], ["close"]):
            return _("timer takes a number of seconds from 5 to 3600, then optionally 'close'; or: timer stop")
        current = self._current()
        if current is None:
            return _("there is no current question")
        closes = words[1:] == ["close"]
        timers.start(self.forum_id, current.id, int(words[0]) * 1000, closes=closes)
        if closes:
            return _("timer of {seconds} s started (the question closes at zero)", seconds=int(words[0]))
        return _("timer of {seconds} s started", seconds=int(words[0]))

    def _moderate(self, command: str, text: str) -> str:
        """approve / hide-ask / answered ID: one asked question of this forum."""
        if not (text.isascii() and text.isdigit() and len(text) <= 18):
            return _("{command} takes the id of an asked question", command=command)
        ask = self.services.ask
        item = ask.item(int(text))
        if item.forum_id != self.forum_id:
            return _("There is no asked question with id {item_id}.", item_id=text)
        if command == "approve":
            ask.approve(item.id)
            return _("question {item_id} is shown", item_id=item.id)
        if command == "hide-ask":
            ask.hide(item.id)
            return _("question {item_id} is hidden", item_id=item.id)
        ask.set_answered(item.id)
        return _("question {item_id} is answered", item_id=item.id)

    def _current(self):
        forum = self.services.forums.forum(self.forum_id)
        if forum.current_question_id is None:
            return None
        return self.services.forums.question(forum.current_question_id)

    def describe(self) -> str:
        questions = self.services.forums.questions(self.forum_id)
        current = self._current()
        if current is None:
            return _("no current question")
        number = next((i + 1 for i, q in enumerate(questions) if q.id == current.id), 0)
        flags = [_("open") if current.is_open else _("closed")]
        if current.revealed:
            flags.append(_("results revealed"))
        return _("question {number} of {count} ({flags}): {prompt}", number=number, count=len(questions),
                 flags=", ".join(flags), prompt=current.prompt[:60])


def _read_commands(commands: FacilitatorCommands) -> None:
    try:
        for line in sys.stdin:
            try:
                reply = commands.run(line)
            except Exception as exc:  # never let one command end the thread that reads the next
                reply = "forumdesk: " + _("that command failed ({reason}); the server keeps running",
                                          reason=type(exc).__name__)
            if reply:
                print(reply, file=sys.stderr, flush=True)
    except (OSError, ValueError):  # stdin closed or unreadable: keep serving
        return


def _votes_refused(event: Event) -> None:
    """On the server's loop: one line on stderr when one address was refused many votes (web/votes.py)."""
    if event.kind is EventKind.VOTES_REFUSED:
        print("forumdesk: " + _("someone is voting repeatedly: one address tried {count} more votes than a phone "
                                "may send on one question; they were refused.", count=event.data.get("refused")),
              file=sys.stderr, flush=True)


def _print_new_item(forum_id: int, event: Event) -> None:
    """One JSON line on stdout per new asked question (masked: stdout may end up in a log)."""
    if event.kind is EventKind.ASK_ITEM_ADDED and event.forum_id == forum_id:
        item = event.data["item"]
        line = json.dumps({"ask": {"id": item.id, "text": mask_contacts(item.text)}}, ensure_ascii=False)
        print(line, flush=True)


def run_serve(args: argparse.Namespace, services: Services) -> int:
    stop = threading.Event()
    previous = {}
    for signum in (signal.SIGINT, signal.SIGTERM):
        previous[signum] = signal.signal(signum, lambda *_: stop.set())
    config = ServerConfig(group_commit=os.environ.get("FORUMDESK_COMMIT_EACH_ANSWER", "") in ("", "0"))
    server = AttendeeServer(services, host=args.host, port=args.port, public_host=args.public_host, config=config)
    commands = FacilitatorCommands(services, args.forum)
    services.events.subscribe(_votes_refused)
    backups: BackupScheduler | None = None
    try:
        try:
            server.start(args.forum)
        except ServerStartError as exc:
            print(f"forumdesk: {exc}", file=sys.stderr)
            return 2
        freeze_startup_objects()  # the one GC policy, explained in app/gc_policy.py
        backups = BackupScheduler(services.backups, services.events, lambda: server.running,
                                  interval_s=interval_from_env())
        backups.start()
        print(json.dumps({"join_url": server.join_url, "code": server.code, "port": server.port}), flush=True)
        services.events.subscribe(functools.partial(_print_new_item, args.forum))
        threading.Thread(target=_read_commands, args=(commands,), name="forumdesk-stdin", daemon=True).start()
        shown_problem = None
        while not stop.wait(0.5):
            problem = server.storage_problem
            if problem != shown_problem:
                print("forumdesk: " + (problem or _("answers are being saved again.")), file=sys.stderr, flush=True)
                shown_problem = problem
        return 0
    finally:
        if backups is not None:
            backups.stop()
        server.stop()
        if backups is not None:
            services.backups.backup_now("stopped")  # every answer is committed now
        with commands.lock:
            commands.closed = True
        services.close()
        for signum, handler in previous.items():
            signal.signal(signum, handler)
