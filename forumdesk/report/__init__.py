"""The partner recap (PDF, accessible HTML, XLSX spreadsheet) and the data exports (CSV, JSON).

``export_forum`` is the one entry point used by the command line and, through the composition
root, by the app's Export dialog.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from forumdesk.i18n import N_, Message
from forumdesk.report.files import ExportError, atomic_path, check_target
from forumdesk.services import NotFound, Services

ProgressCallback = Callable[[int, int], None]
_TOTAL = 1000  # progress is reported in thousandths of the whole export


@dataclass
class ExportResult:
    files: list[Path] = field(default_factory=list)
    pages: int = 0  # pages of the recap PDF, 0 when none was written
    csv_rows: int = 0
    masked: int = 0  # identifying details masked (items), across answers and notes
    warnings: list[str] = field(default_factory=list)  # what could not be drawn, one sentence each


def export_forum(
    services: Services,
    forum_id: int,
    *,
    pdf: str | os.PathLike[str] | None = None,
    csv: str | os.PathLike[str] | None = None,
    json: str | os.PathLike[str] | None = None,
    csv_internal: str | os.PathLike[str] | None = None,
    json_internal: str | os.PathLike[str] | None = None,
    html: str | os.PathLike[str] | None = None,
    xlsx: str | os.PathLike[str] | None = None,
    keep_contacts: bool = False,
    include_unasked: bool = False,
    progress: ProgressCallback | None = None,
) -> ExportResult:
    """Write the recap PDF, HTML and XLSX and/or the shareable CSV and JSON and/or the internal CSV
    and JSON of ``forum_id``. Flagged details are masked unless the facilitator kept them in the
    review, or all kept with ``keep_contacts``. An internal file's name must contain "internal".

    Every target is checked before anything is written; each file appears complete or not at all.
    A question never asked is left out of the recap unless ``include_unasked`` (listed as "not asked").
    ``progress(done, total)`` is called from the calling thread as the work advances.
    Raises ExportError (one sentence) for an unknown forum or a file that cannot be written.
    """
    from forumdesk.report.content import gather
    from forumdesk.report.data import write_csv, write_csv_internal, write_json, write_json_internal
    from forumdesk.report.html import write_html
    from forumdesk.report.pdf import write_pdf
    from forumdesk.report.xlsx import write_xlsx

    wanted = (("pdf", pdf), ("html", html), ("xlsx", xlsx), ("csv", csv), ("json", json),
              ("csv_internal", csv_internal), ("json_internal", json_internal))
    targets = [(kind, Path(path).expanduser()) for kind, path in wanted if path is not None]
    if not targets:
        raise ExportError("Nothing to export: give a file name for the PDF recap, the HTML recap, the "
                          "spreadsheet, the CSV or the JSON.")
    names = {"pdf": N_("PDF recap"), "html": N_("HTML recap"), "xlsx": N_("spreadsheet"),
             "csv": N_("shareable CSV"), "json": N_("shareable JSON"), "csv_internal": N_("internal CSV"),
             "json_internal": N_("internal JSON")}
    for kind, path in targets:
        check_target(path, names[kind])
        if kind.endswith("_internal") and "internal" not in path.name.casefold():
            # The file name is the label people see when it is attached to an e-mail.
            raise ExportError("The file name of the {what} must say it is internal, for example {example}.",
                              what=Message(names[kind]), example=f"{path.stem}-internal{path.suffix}")
    if len({p.resolve() for _, p in targets}) != len(targets):
        raise ExportError("Each export needs its own file name.")

    def report(done: float) -> None:
        if progress:
            progress(min(_TOTAL, int(done)), _TOTAL)

    report(0)
    try:
        content = gather(services, forum_id, keep_contacts=keep_contacts, include_unasked=include_unasked)
    except NotFound as exc:
        raise ExportError(exc.text) from exc
    report(60)
    # The PDF takes most of the time; the data files are quick.
    weights = {"pdf": 10.0, "html": 1.0, "xlsx": 1.0, "csv": 1.0, "json": 1.0, "csv_internal": 1.0,
               "json_internal": 1.0}
    span = (_TOTAL - 60) / sum(weights[k] for k, _ in targets)
    start = 60.0
    result = ExportResult(masked=content.details_masked)
    for kind, path in targets:
        share = span * weights[kind]
        with atomic_path(path, names[kind]) as temp:
            if kind == "pdf":
                result.pages = write_pdf(content, temp, progress=lambda f, s=start, w=share: report(s + f * w),
                                         warnings=result.warnings)
            elif kind == "html":
                write_html(content, temp)
            elif kind == "xlsx":
                write_xlsx(content, temp)
            elif kind == "csv":
                result.csv_rows = write_csv(content, temp)
            elif kind == "csv_internal":
                rows = write_csv_internal(content, temp)
                result.csv_rows = result.csv_rows or rows
            elif kind == "json":
                write_json(content, temp)
            else:
                write_json_internal(content, temp)
        result.files.append(path)
        start += share
        report(start)
    report(_TOTAL)
    return result


__all__ = ["ExportError", "ExportResult", "export_forum"]
