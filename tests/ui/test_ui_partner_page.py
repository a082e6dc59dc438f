"""The partner page and the compare view as a facilitator uses them (issue 19 items 1 and 3): the
demo partner's two forums over time, its commitments edited in place (status, owner, date, what
was done), a bad date refused in the banner, and its forums compared side by side."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from ui_helpers import TIMEOUT_MS

from forumdesk.domain import CommitmentStatus
from forumdesk.services.demo import create_demo_forum
from forumdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot, services, settings):
    later = create_demo_forum(services.forums, services.answers, services.sets)
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    window.select_forum(later.id)
    page = window.open_partner_page()
    qtbot.waitExposed(page)
    page.window_kept = window  # the page is the window's child: keep the window for the test
    yield page
    page.close()


def cells(table, row):
    return [table.item(row, col).text() if table.item(row, col) else "" for col in range(table.columnCount())]


def test_partner_page_shows_forums_over_time_and_edits_commitments(qtbot, page, services):
    assert page.windowTitle() == "Partner: Northbridge Community College"
    assert page.forums.rowCount() == 2
    assert cells(page.forums, 0)[1].startswith("Winter") and cells(page.forums, 1)[1].startswith("Spring")
    assert int(cells(page.forums, 1)[2]) > 20 and "Pay transparency" in cells(page.forums, 1)[3]
    assert "Asked at more than one forum" in page.shared.text()
    first = cells(page.commitments, 0)
    assert first[0].startswith("Winter") and first[2].startswith("Publish a salary range")
    assert first[3] == "Talent team" and first[6].startswith("Salary ranges")
    assert page.status_box(0).currentText() == "Done" and page.status_box(2).currentText() == "Dropped"

    commitment_id = page._commitment_id(1)
    page.status_box(1).setCurrentIndex(2)  # In progress -> Done, as picked in the list
    qtbot.waitUntil(lambda: page.status_box(1).currentText() == "Done", timeout=TIMEOUT_MS)
    page.commitments.item(1, 6).setText("Every candidate answered within ten days since March.")
    qtbot.waitUntil(lambda: cells(page.commitments, 1)[6].startswith("Every candidate"), timeout=TIMEOUT_MS)
    stored = services.store.repo.get_commitment(commitment_id)
    assert stored.status is CommitmentStatus.DONE and stored.outcome.startswith("Every candidate")

    page.commitments.item(1, 4).setText("next spring")
    qtbot.waitUntil(lambda: "Not saved" in page.banner.label.text(), timeout=TIMEOUT_MS)
    assert "date such as 2027-03-31" in page.banner.label.text()
    assert services.store.repo.get_commitment(commitment_id).due_date == stored.due_date


def test_compare_view_from_the_partner_page(qtbot, page):
    dialog = page.open_compare()
    qtbot.waitExposed(dialog)
    assert len(dialog.checked_ids()) == 2 and dialog.document is not None
    assert dialog.table.topLevelItemCount() == 9
    top = dialog.table.topLevelItem(0)
    assert [top.child(i).text(0).split(":")[0] for i in range(top.childCount())] == ["Winter listening forum",
                                                                                    "Spring listening forum"]
    # One forum only: the view says why there is nothing to show.
    dialog.forum_list.item(0).setCheckState(Qt.CheckState.Unchecked)
    qtbot.mouseClick(dialog.compare_button, Qt.MouseButton.LeftButton)
    assert dialog.table.topLevelItemCount() == 0 and "at least two" in dialog.message.text()


def test_closed_partner_page_and_compare_view_are_freed_without_the_cycle_collector(qtbot, services, settings):
    """As tests/ui/test_ui_windows_freed.py does for the other windows: reference counting alone
    frees them, so no other thread's collection can ever delete them."""
    import gc
    import weakref

    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from forumdesk.ui.compare_view import CompareDialog
    from forumdesk.ui.partner_page import PartnerPage

    later = create_demo_forum(services.forums, services.answers, services.sets)
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    window.select_forum(later.id)
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        window.actions["partner_page"].trigger()
        (page,) = window.findChildren(PartnerPage)
        page.status_box(0).setCurrentIndex(1)  # an edit: its deferred refresh runs, then the page closes
        qtbot.waitUntil(lambda: window.findChildren(PartnerPage)[0].status_box(0).currentText() == "In progress",
                        timeout=TIMEOUT_MS)
        page.open_compare()
        window.actions["compare"].trigger()
        refs = [weakref.ref(page), *(weakref.ref(d) for d in window.findChildren(CompareDialog))]
        assert len(refs) == 3
        for dialog in window.findChildren(CompareDialog):
            dialog.close()
        page.close()
        del page, dialog

        def freed() -> bool:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            QApplication.processEvents()
            return all(ref() is None for ref in refs)

        qtbot.waitUntil(freed, timeout=TIMEOUT_MS)
    finally:
        if was_enabled:
            gc.enable()
