"""The question editor's options per kind and the partner editor, used as a facilitator would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from forumdesk.domain import PartnerKind, QuestionKind
from forumdesk.ui.forum_editor import ForumEditor
from forumdesk.ui.partner_editor import PartnersDialog
from forumdesk.ui.question_editor import QuestionEditor

pytestmark = pytest.mark.gui


def test_each_kind_shows_its_own_options_and_builds_a_valid_question(qtbot):
    editor = QuestionEditor()
    qtbot.addWidget(editor)
    editor.show()
    qtbot.keyClicks(editor.prompt_edit, "Which benefits matter?")

    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData(QuestionKind.MULTIPLE_CHOICE.value))
    assert editor.choices_edit.isVisible() and not editor.scale_min.isVisible()
    qtbot.keyClicks(editor.choices_edit, "Childcare")
    assert "at least two choices" in editor.problem()  # said before the facilitator saves
    qtbot.keyClick(editor.choices_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.choices_edit, "Training")
    question = editor.question()
    assert (question.kind, question.choices, editor.problem()) == (QuestionKind.MULTIPLE_CHOICE,
                                                                    ["Childcare", "Training"], "")
    assert editor.preview.phone.question.choices == ["Childcare", "Training"]

    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData(QuestionKind.RATING.value))
    assert editor.scale_min.isVisible() and not editor.choices_edit.isVisible()
    editor.scale_max.setValue(7)
    qtbot.keyClicks(editor.max_label, "Essential")
    scale = editor.question().scale
    assert (scale.min, scale.max, scale.max_label) == (1, 7, "Essential")

    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData(QuestionKind.SHORT_WORDS.value))
    assert editor.max_words.isVisible() and editor.max_length.isVisible()
    editor.max_words.setValue(2)
    assert editor.question().max_words == 2 and editor.question().choices == []


def test_a_partner_added_in_the_partner_editor_can_be_chosen_for_a_forum(qtbot, services):
    dialog = PartnersDialog(services)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name_edit, "Tech Returners Network")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(PartnerKind.NONPROFIT.value))
    dialog.notes_edit.setPlainText("Contact: programme lead")
    saved = dialog.save()
    assert saved is not None and dialog.list.count() == 1
    stored = services.forums.partner(saved.id)
    assert (stored.name, stored.kind, stored.contact_notes) == ("Tech Returners Network", PartnerKind.NONPROFIT,
                                                                "Contact: programme lead")
    # WHEN the name is corrected and saved again THEN the same partner is updated
    dialog.name_edit.setText("Tech Returners")
    dialog.save()
    assert [p.name for p in services.forums.partners()] == ["Tech Returners"]

    editor = ForumEditor(services)
    qtbot.addWidget(editor)
    assert editor.partner_combo.findData(saved.id) >= 0
