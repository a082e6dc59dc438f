"""``forumdesk export --forum ID [--pdf FILE] [--html FILE] [--xlsx FILE] [--csv FILE] [--json FILE]
[--csv-internal FILE] [--json-internal FILE] [--keep-contacts] [--bundle FILE]``: write the recap and
the data exports, printing the files written and how many identifying details were masked (and, on
stderr, any text the recap could not draw)."""

from __future__ import annotations

import argparse
import sys

from forumdesk.app.errors import UserError
from forumdesk.report import ExportError, export_forum
from forumdesk.services import Services


def run_export(args: argparse.Namespace, services: Services) -> int:
    try:
        bundle = getattr(args, "bundle", None)
        files = (args.pdf or args.html or args.xlsx or args.csv or args.json or args.csv_internal
                 or args.json_internal)
        if not (files or bundle):
            raise UserError("Nothing to export: pass --pdf FILE, --html FILE, --xlsx FILE, --csv FILE, --json FILE "
                            "and/or --bundle FILE (or --csv-internal / --json-internal).")
        if bundle:  # issue 19: one file with everything of the forum (forumdesk/services/bundles.py)
            print(services.bundles.export_to(args.forum, bundle))
            if not files:
                return 0
        try:
            result = export_forum(services, args.forum, pdf=args.pdf, html=args.html, xlsx=args.xlsx,
                                  csv=args.csv, json=args.json, csv_internal=args.csv_internal,
                                  json_internal=args.json_internal, keep_contacts=args.keep_contacts)
        except ExportError as exc:
            raise UserError(str(exc)) from exc
    finally:
        services.close()
    for warning in result.warnings:  # the files were written; these parts of them are notices
        print(f"Warning: {warning}", file=sys.stderr)
    for path in result.files:
        detail = f" ({result.pages} pages)" if path.suffix.lower() == ".pdf" and result.pages else ""
        print(f"{path}{detail}")
    if args.keep_contacts:
        print("Identifying details kept unmasked (--keep-contacts).")
    else:
        print(f"Masked {result.masked} identifying detail{'' if result.masked == 1 else 's'}.")
    return 0
