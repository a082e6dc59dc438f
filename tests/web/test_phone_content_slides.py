"""Content slides on the phones (issue 18 item 3), against the real server: the image route (type,
ETag, a year's cache for the versioned address, 404 for an unknown slide or one not shown yet),
an answer refused with its code, and the phone's card in headless Chromium: title, text as text,
the image loaded with the title as its alt text, and no form."""

from __future__ import annotations

import pytest

from forumdesk.domain import Pace, Question, QuestionKind
from forumdesk.services.demo import demo_png
from tests.web.conftest import Client

HOSTILE = "<img src=x onerror=alert(1)> Our <b>agenda</b>\nthen your questions"


def add_slide(services, forum_id: int, position: int | None = None, image: bool = True) -> Question:
    sha = services.images.add(demo_png()).sha256 if image else ""
    return services.forums.add_question(forum_id, Question(kind=QuestionKind.CONTENT, prompt="Who we are",
                                                           body=HOSTILE, image_sha=sha), position)


def test_the_image_is_served_only_once_the_slide_was_shown(services, forum, start_server):
    slide = add_slide(services, forum.id, position=1)
    client = Client(start_server(forum.id))  # on the first question
    path = f"/api/f/{client.code}/image/{slide.id}"
    not_yet = client.get(path)
    assert not_yet.status == 404 and not_yet.json()["code"] == "unknown_image"
    services.forums.step(forum.id, +1)
    view = client.state()["questions"][0]
    assert (view["kind"], view["prompt"], view["body"]) == ("content", "Who we are", HOSTILE)
    assert view["image"] == slide.image_sha
    image = client.get(f"{path}?v={slide.image_sha}")
    assert image.status == 200 and image.body == demo_png()
    assert image.headers["content-type"] == "image/png"
    assert image.headers["cache-control"] == "public, max-age=31536000, immutable"
    assert image.headers["etag"] == f'"{slide.image_sha}"'
    assert image.headers["x-content-type-options"] == "nosniff"
    plain = client.get(path)  # not the versioned address: revalidated, never kept blindly
    assert plain.status == 200 and plain.headers["cache-control"] == "no-cache"
    again = client.get(path, headers={"If-None-Match": f'"{slide.image_sha}"'})
    assert again.status == 304 and again.body == b""
    for other in (str(services.forums.questions(forum.id)[0].id), "999999", "x", "1" * 40):
        reply = client.get(f"/api/f/{client.code}/image/{other}")
        assert reply.status == 404 and reply.json()["code"] == "unknown_image", other
    assert client.get(f"/api/f/WRONG1/image/{slide.id}").status == 404


def test_content_slides_are_not_counted_as_questions(services, self_paced_forum, start_server):
    add_slide(services, self_paced_forum.id, position=0, image=False)
    state = Client(start_server(self_paced_forum.id)).state()
    asking = [q for q in state["questions"] if q["kind"] != "content"]
    assert [q["number"] for q in asking] == list(range(1, len(asking) + 1))
    assert [q["number"] for q in state["questions"] if q["kind"] == "content"] == [0]
    assert state["total_questions"] == len(asking)


def test_an_answer_to_a_content_slide_is_refused_with_its_code(services, self_paced_forum, start_server):
    slide = add_slide(services, self_paced_forum.id, image=False)
    client = Client(start_server(self_paced_forum.id))
    reply = client.answer(slide.id, text="hello")
    assert reply.status == 409 and reply.json()["code"] == "takes_no_answers"
    assert services.answers.answers(self_paced_forum.id) == []
    assert client.get(f"/api/f/{client.code}/image/{slide.id}").status == 404  # it has no image


# ------------------------------------------------------------------ the phone's card, in Chromium

pytest_plugins = ("tests.web.phone_fixtures",)


@pytest.mark.browser
def test_the_phone_shows_the_slide_as_a_card_with_no_form(make_room, new_page):
    pytest.importorskip("playwright.sync_api", reason="Playwright is needed for the browser tests")
    from playwright.sync_api import expect

    from tests.web.phone_fixtures import serious_violations

    room = make_room([Question(kind=QuestionKind.RATING, prompt="How was the evening?")], pace=Pace.FACILITATOR)
    page = new_page(viewport={"width": 320, "height": 640})
    page.goto(room.qr_url)
    expect(page.get_by_role("button", name="Send", exact=True)).to_have_count(1)
    add_slide(room.services, room.forum.id)
    room.step(+1)
    card = page.locator("section.question[data-kind='content']")
    expect(card.get_by_role("heading", name="Who we are")).to_be_visible()
    expect(card.locator(".qmeta")).to_contain_text("Information")
    expect(card.locator(".qmeta")).not_to_contain_text("Question")  # a slide is not "question 2 of 2"
    text = card.locator(".slide-text")
    expect(text).to_have_text(HOSTILE)  # as text: no element made from it
    assert card.locator("b, img[src='x']").count() == 0
    image = card.get_by_role("img", name="Who we are")
    expect(image).to_be_visible()
    page.wait_for_function("() => { const i = document.querySelector('.slide-image'); "
                           "return i && i.complete && i.naturalWidth > 0; }")
    assert image.evaluate("i => [i.naturalWidth, i.naturalHeight]") == [480, 270]
    assert image.evaluate("i => i.getBoundingClientRect().right") <= 320  # scaled to the screen
    assert card.locator("form, button, input, textarea").count() == 0
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    assert serious_violations(page) == []
