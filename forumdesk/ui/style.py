"""The console's and main window's look: a calm, readable style on top of Qt's Fusion style.

Colours work on light and dark system palettes: backgrounds come from the palette, accents are
fixed. Object names (``setObjectName``) select the few styled widgets.
"""

from __future__ import annotations

APP_QSS = """
QPushButton#primary {
    background: #1d4ed8; color: white; border: 1px solid #1e40af; border-radius: 6px;
    padding: 6px 16px; font-weight: 600;
}
QPushButton#primary:hover { background: #1e40af; }
QPushButton#primary:disabled { background: #9db4ec; border-color: #9db4ec; }
QPushButton#danger { color: #b91c1c; }
QFrame#serverBar, QFrame#controlBar {
    border: 1px solid palette(mid); border-radius: 8px; background: palette(base);
}
QLabel#joinUrl { font-size: 15pt; font-weight: 700; }
QLabel#joinCode { font-size: 15pt; font-weight: 800; letter-spacing: 2px; color: #1d4ed8; }
QLabel#status[live="true"] { color: #15803d; font-weight: 700; }
QLabel#status[live="false"] { color: palette(dark); font-weight: 700; }
QLabel#heading { color: palette(dark); font-weight: 600; }
QLabel#prompt { font-size: 16pt; font-weight: 700; }
QLabel#timer { font-size: 16pt; font-weight: 800; color: #1d4ed8; }
QLabel#sectionTitle { font-weight: 700; color: palette(dark); text-transform: uppercase; }
QLabel#detail {
    border: 1px solid palette(mid); border-radius: 6px; padding: 8px; background: palette(base);
}
QToolButton {
    padding: 5px 12px; border: 1px solid palette(mid); border-radius: 6px; background: palette(button);
}
QToolButton:hover { border-color: #1d4ed8; }
QToolButton:checked { background: #1d4ed8; color: white; }
QListView, QListWidget, QTreeWidget { border: 1px solid palette(mid); border-radius: 6px; }
QListWidget#questions::item { padding: 6px 4px; border-bottom: 1px solid palette(midlight); }
QListWidget#questions::item:selected { background: #dbe6fd; color: black; border-left: 4px solid #1d4ed8; }
QTabWidget::pane { border: 1px solid palette(mid); border-radius: 6px; top: -1px; }
QLineEdit { padding: 5px; border: 1px solid palette(mid); border-radius: 5px; }
QLineEdit:focus { border: 2px solid #1d4ed8; }
"""
