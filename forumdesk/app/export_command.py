"""``forumdesk export --forum ID [--pdf FILE] [--html FILE] [--xlsx FILE] [--csv FILE] [--json FILE]
[--csv-internal FILE] [--json-internal FILE] [--keep-contacts] [--bundle FILE]``: write the recap and
the data exports, printing the files written and how many identifying details were masked (and, on
stderr, any text the recap could not draw)."""

from __future__ import annotations

import argparse
import sys

from forumdesk.app.errors import UserError
from forumdesk.i18n import _, ngettext
from forumdesk.report import ExportError, export_forum
from forumdesk.services import Services


def run_export(args: argparse.Namespace, services: Services) -> int:
    try:
        bundle = getattr(args, "bundle", None)
        files = (args.pdf or args.html or args.xlsx or args.csv or args.json or args.csv_internal
                 or args.json_internal)
        if not (files or bundle):
            raise UserError(_("Nothing to export: pass {options} and/or {bundle} (or {internal}).",
                              options="--pdf FILE, --html FILE, --xlsx FILE, --csv FILE, --json FILE",
                              bundle="--bundle FILE", internal="--csv-internal / --json-internal"))
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
        print(_("Warning: {warning}", warning=warning), file=sys.stderr)
    for path in result.files:
        pages = ngettext("{n} page", "{n} pages", result.pages)
        detail = f" ({pages})" if path.suffix.lower() == ".pdf" and result.pages else ""
        print(f"{path}{detail}")
    if args.keep_contacts:
        print(_("Identifying details kept unmasked ({option}).", option="--keep-contacts"))
    else:
        print(ngettext("Masked {n} identifying detail.", "Masked {n} identifying details.", result.masked))
    return 0
