"""File ▸ Import a forum bundle… as a facilitator uses it (issue 19 item 4): the app asks whether a
partner with the same name is the same organisation, shows the forum, and says in its banner when
a bundle was imported before or cannot be imported (the database unchanged)."""

from __future__ import annotations

import pytest
from ui_helpers import answer_next_dialog

from forumdesk.domain import PartnerKind
from forumdesk.services import Services
from forumdesk.services.demo import create_demo_forum
from forumdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def bundle(tmp_path):
    other = Services.open(tmp_path / "other-laptop.sqlite")
    forum = create_demo_forum(other.forums, other.answers, other.sets)
    path = other.bundles.export_to(forum.id, tmp_path / "spring.forumbundle")
    other.close()
    return path


def test_import_asks_about_the_partner_and_shows_the_forum(qtbot, services, settings, bundle, tmp_path):
    mine = services.forums.create_partner("Northbridge Community College", PartnerKind.EDUCATIONAL)
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    asked = answer_next_dialog("Yes")
    result = window.import_bundle(bundle)
    assert asked and "Northbridge Community College" in asked[0]
    assert result.added and result.partner_id == mine.id
    group = window.forum_tree.topLevelItem(0)
    assert group.text(0) == "Northbridge Community College"
    assert group.child(0).text(0).startswith("Spring listening forum")
    assert "was imported" in window.banner.label.text()

    again = window.import_bundle(bundle, ask=lambda name: pytest.fail("asked again"))
    assert not again.added and "already in this database" in window.banner.label.text()
    assert len(services.forums.forum_listing()) == 1


def test_answering_no_makes_a_new_partner(qtbot, services, settings, bundle):
    services.forums.create_partner("Northbridge Community College")
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    result = window.import_bundle(bundle, ask=lambda name: False)
    assert result.added and not result.partner_matched
    assert [p.name for p in services.forums.partners()] == ["Northbridge Community College"] * 2


def test_a_damaged_bundle_is_refused_in_the_banner(qtbot, services, settings, bundle, db_path):
    bundle.write_bytes(bundle.read_bytes().replace(b"Spring", b"Sprung", 1))
    services.store.close()
    before = db_path.read_bytes()
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    assert window.import_bundle(bundle) is None
    assert "damaged" in window.banner.label.text() and "nothing was imported" in window.banner.label.text()
    services.store.close()
    assert db_path.read_bytes() == before


def test_export_a_bundle_from_the_app_and_import_it_in_another_window(qtbot, services, settings, tmp_path):
    from forumdesk.services.bundle_check import read_bundle_file

    forum = create_demo_forum(services.forums, services.answers, services.sets)
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.select_forum(forum.id)
    written = window.export_bundle(tmp_path / "spring.forumbundle")
    assert written and read_bundle_file(written).title == forum.title
    assert "Bundle saved to" in window.banner.label.text()
    assert window.export_bundle(tmp_path / "missing-folder" / "x.forumbundle") is None
    assert "does not exist" in window.banner.label.text()

    other = Services.open(tmp_path / "central.sqlite")
    try:
        central = MainWindow(other, settings)
        qtbot.addWidget(central)
        assert central.import_bundle(written).added
        assert len(other.answers.answers(central.selected_forum_id())) == len(services.answers.answers(forum.id))
    finally:
        central.close()
        other.close()
