"""Make the README's screenshots from the demo forum: the console, projector slides, the phone
page and recap pages. Nothing is drawn by hand; run it again after changing any of them.

    .venv/bin/python scripts/screenshots.py [OUT_DIR]     (default: docs/screenshots)

Needs Chromium at /usr/bin/chromium (phone page) and pdftoppm (recap pages). The images are
build outputs and are not committed (see .gitignore).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("FORUMDESK_NO_LOG_FILE", "1")

from PySide6.QtCore import QSize, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from forumdesk.domain import Pace, QuestionKind  # noqa: E402
from forumdesk.report import export_forum  # noqa: E402
from forumdesk.services import Services  # noqa: E402
from forumdesk.services.demo import create_demo_forum  # noqa: E402
from forumdesk.ui.bridge import EventBridge  # noqa: E402
from forumdesk.ui.console import ConsoleWindow  # noqa: E402
from forumdesk.ui.language import install  # noqa: E402
from forumdesk.ui.main_window import MainWindow  # noqa: E402
from forumdesk.ui.projector import render_slide  # noqa: E402
from forumdesk.ui.settings import Settings  # noqa: E402
from forumdesk.ui.theme import DARK, LIGHT  # noqa: E402
from forumdesk.web.server import AttendeeServer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SLIDE = QSize(1920, 1080)
README_WIDTH = 1200


def wait_until(app: QApplication, condition, timeout_s: float = 15) -> None:
    import time

    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("timed out waiting for the app")
        app.processEvents()
        time.sleep(0.01)


def save_scaled(image, path: Path) -> None:
    image.scaledToWidth(README_WIDTH, Qt.TransformationMode.SmoothTransformation).save(str(path))
    print(f"  {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def phone_page(url: str, out: Path, locale: str = "en-GB", suffix: str = "") -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium",
                                     args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        page = browser.new_page(viewport={"width": 390, "height": 844}, device_scale_factor=2, locale=locale)
        page.goto(url)
        page.get_by_role("radio").first.wait_for()
        page.screenshot(path=str(out / f"phone-question{suffix}.png"))
        page.get_by_role("radio").nth(2).check()
        page.locator("form button[type=submit]").first.click()  # "Send" in the phone's own language
        page.locator(".sent, [class*=sent]").first.wait_for()
        page.screenshot(path=str(out / f"phone-sent{suffix}.png"))
        browser.close()
    print(f"  {out / f'phone-question{suffix}.png'}\n  {out / f'phone-sent{suffix}.png'}")


# The app's shots in English (the README's), then in French and in Arabic (right to left), the
# languages whose length and direction most often break a layout: "-fr" and "-ar" file names.
LANGUAGES = (("en", ""), ("fr", "-fr"), ("ar", "-ar"))
PHONE_LOCALES = {"en": "en-GB", "fr": "fr-FR", "ar": "ar"}


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    for code, suffix in LANGUAGES:
        print(f"--- {code}")
        install(app, code)
        with tempfile.TemporaryDirectory() as folder:
            app_shots(app, Path(folder), out, code, suffix)
    install(app, "en")
    return 0


def app_shots(app: QApplication, folder: Path, out: Path, code: str, suffix: str) -> None:
    services = Services.open(folder / "demo.sqlite")
    forum = create_demo_forum(services.forums, services.answers, services.sets, ask=services.ask,
                              images=services.images)
    forum.pace = Pace.FACILITATOR  # phones then show one question at a time, as in most forums
    forum = services.forums.update_forum(forum)
    bridge = EventBridge(services.events)
    settings = Settings(folder / "settings.ini")

    def factory(svc, *, port=None, public_host=None):
        return AttendeeServer(svc, host="127.0.0.1", port=0, public_host="192.168.8.20")

    print("main window:")
    window = MainWindow(services, settings)
    window.resize(1100, 720)
    window.show()
    window.select_forum(forum.id)
    for _ in range(20):
        app.processEvents()
    window.grab().toImage().save(str(out / f"main-window{suffix}.png"))
    print(f"  {out / f'main-window{suffix}.png'}")
    window.auto_backups.stop()
    window.hide()

    console = ConsoleWindow(services, bridge, forum.id, settings, factory)
    console.resize(1440, 900)
    console.show()
    questions = console.session.questions
    driver = console.driver
    try:
        print("projector slides:")
        driver.show_welcome()
        driver.set_join_url(f"http://192.168.8.20:8765/j/{forum.join_code}")
        save_scaled(render_slide(driver.slide_data(), LIGHT, SLIDE), out / f"projector-welcome{suffix}.png")
        driver.leave_welcome()
        wanted = [(QuestionKind.SINGLE_CHOICE, "projector-results-bars", LIGHT),
                  (QuestionKind.SHORT_WORDS, "projector-results-words", DARK),
                  (QuestionKind.OPEN_TEXT, "projector-results-wall", LIGHT),
                  (QuestionKind.RATING, "projector-results-rating", DARK)]
        for kind, name, theme in wanted:
            question = next(q for q in questions if q.kind is kind)
            services.forums.set_current(forum.id, question.id)
            services.forums.set_revealed(question.id, True)
            console.session.reload_forum()
            data = driver.slide_data()
            data.progress = 1.0
            save_scaled(render_slide(data, theme, SLIDE), out / f"{name}{suffix}.png")
        question = next(q for q in questions if q.kind is QuestionKind.MULTIPLE_CHOICE)
        services.forums.set_current(forum.id, question.id)
        services.forums.set_revealed(question.id, False)
        console.session.reload_forum()
        data = driver.slide_data()
        data.progress = 1.0
        save_scaled(render_slide(data, DARK, SLIDE), out / f"projector-question{suffix}.png")

        print("console:")
        console.server_panel.before_start = None  # the demo forum has ended: take answers again without asking
        console.server_panel.start()
        wait_until(app, lambda: console.server_panel.running)
        server = console.server_panel.server
        single = next(q for q in questions if q.kind is QuestionKind.SINGLE_CHOICE)
        services.forums.set_current(forum.id, questions[1].id)
        console.session.reload_forum()
        console.answer_list.select_row(1)
        wait_until(app, lambda: console.preview.data.progress == 1.0)
        for _ in range(20):
            app.processEvents()
        console.grab().toImage().save(str(out / f"console{suffix}.png"))
        print(f"  {out / f'console{suffix}.png'}")

        print("phone page:")
        services.forums.set_current(forum.id, single.id)
        services.forums.set_revealed(single.id, False)
        services.forums.set_open(single.id, True)
        console.session.reload_forum()
        phone_page(f"http://127.0.0.1:{server.port}/j/{forum.join_code}", out, PHONE_LOCALES[code], suffix)
    finally:
        console.server_panel.stop_now()
        console.close()
        window.close()
        bridge.close()

    print("recap:")
    pdf = folder / "recap.pdf"
    export_forum(services, forum.id, pdf=pdf)
    services.close()
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "4", str(pdf), str(out / f"recap{suffix}")],
                   check=True)
    for page in sorted(out.glob(f"recap{suffix}-*.png")):
        print(f"  {page}")


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"))
