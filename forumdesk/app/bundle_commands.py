"""``forumdesk import FILE``: add the forum of a bundle written by ``forumdesk export --bundle``.

The bundle is read and checked completely before the database is opened, so a damaged or newer
bundle leaves the database file byte-for-byte as it was (and a missing one is not created).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from forumdesk.i18n import _
from forumdesk.services import Services
from forumdesk.services.bundle_check import read_bundle_file


def run_import(args: argparse.Namespace, open_services: Callable[[], Services]) -> int:
    bundle = read_bundle_file(args.file)  # BundleError is a ServiceError: one line, status 2
    services = open_services()
    try:
        result = services.bundles.import_bundle(bundle, match_partner=not args.new_partner)
        partner = services.forums.partner(result.partner_id)
    finally:
        services.close()
    if not result.added:
        print(f"{result.forum_id}  " + _("already here: '{title}' was imported before; nothing added.",
                                         title=bundle.title))
        return 0
    if result.partner_matched:
        how = _("imported '{title}' (existing partner: {partner})", title=bundle.title, partner=partner.name)
    else:
        how = _("imported '{title}' (new partner: {partner})", title=bundle.title, partner=partner.name)
    print(f"{result.forum_id}  {how}")
    return 0
