"""``forumdesk export --forum ID [--pdf FILE] [--csv FILE] [--json FILE]``: write the recap and the
data exports, printing the files written."""

from __future__ import annotations

import argparse

from forumdesk.app.errors import UserError
from forumdesk.report import ExportError, export_forum
from forumdesk.services import Services


def run_export(args: argparse.Namespace, services: Services) -> int:
    try:
        if not (args.pdf or args.csv or args.json):
            raise UserError("Nothing to export: pass --pdf FILE, --csv FILE and/or --json FILE.")
        try:
            result = export_forum(services, args.forum, pdf=args.pdf, csv=args.csv, json=args.json)
        except ExportError as exc:
            raise UserError(str(exc)) from exc
    finally:
        services.close()
    for path in result.files:
        detail = f" ({result.pages} pages)" if path.suffix.lower() == ".pdf" and result.pages else ""
        print(f"{path}{detail}")
    return 0
