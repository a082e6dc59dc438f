"""Results requests share one computation per change, on their own thread, so a crowd asking for
results cannot hold up the room's next question; and a state ETag from an earlier server run
never matches the state of a later one (issue 12: a phone stayed on question 1 after a restart)."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from tests.web.conftest import TIMEOUT, Client, EventStream, wait_until


def test_many_results_requests_share_one_computation_per_change(services, forum, start_server):
    server = start_server(forum.id)
    client = Client(server)
    question = services.forums.questions(forum.id)[0]
    for index in range(50):
        assert client.answer(question.id, text=f"Growth and people {index}").status == 201
    services.forums.set_revealed(question.id, True)
    stream = EventStream(client.port, client.code)
    stream.next_state()
    path = f"/api/f/{client.code}/results/{question.id}"
    # The results thread is held busy, so the first request's computation waits and every other
    # request arrives while it is in flight.
    release = threading.Event()
    busy = server.call_on_results(lambda: release.wait(TIMEOUT))
    try:
        with ThreadPoolExecutor(max_workers=100) as pool:
            replies = [pool.submit(client.get, path) for _ in range(100)]
            wait_until(lambda: server.results_waiting == 100, "a hundred results requests in flight")
            # Meanwhile the facilitator moves on, and the phones hear it at once.
            services.forums.step(forum.id, 1)
            following = services.forums.questions(forum.id)[1]
            assert stream.state_where(lambda s: s["current"] == following.id)["current"] == following.id
            assert not busy.done()  # the results were still being waited for
            release.set()
            bodies = [reply.result(TIMEOUT) for reply in replies]
    finally:
        release.set()
        stream.close()
    assert {reply.status for reply in bodies} == {200}
    assert {reply.body for reply in bodies} == {bodies[0].body}
    assert bodies[0].json()["responses"] == 50
    assert server.results_computed == 1

    # A new answer is a change: the next crowd computes once more, and sees it.
    services.forums.set_open(question.id, True)
    assert client.answer(question.id, text="one more").status == 201
    before = server.results_computed
    with ThreadPoolExecutor(max_workers=20) as pool:
        again = list(pool.map(lambda _: client.get(path), range(100)))
    assert {reply.status for reply in again} == {200}
    assert {reply.json()["responses"] for reply in again} == {51}
    assert server.results_computed == before + 1


def test_a_state_etag_from_an_earlier_run_never_matches_a_later_state(services, forum, start_server):
    questions = services.forums.questions(forum.id)
    first_run = start_server(forum.id)
    client = Client(first_run)
    first = client.get(f"/api/f/{client.code}/state")
    assert first.status == 200 and first.json()["current"] == questions[0].id
    kept_etag, first_run_id = first.headers["etag"], first.json()["run"]
    first_run.stop()

    # The laptop restarts on the same database and the room is on question 5.
    services.forums.set_current(forum.id, questions[4].id)
    second_run = start_server(forum.id)
    client = Client(second_run)
    again = client.get(f"/api/f/{client.code}/state", headers={"If-None-Match": kept_etag})
    assert again.status == 200, "the phone's state from the last run was taken as current"
    state = again.json()
    assert state["current"] == questions[4].id
    assert state["run"] != first_run_id and state["run"] == second_run.run_id
    assert again.headers["etag"] != kept_etag
    # Within a run, the ETag still saves the body.
    assert client.get(f"/api/f/{client.code}/state", headers={"If-None-Match": again.headers["etag"]}).status == 304


def test_a_bug_behind_a_request_is_a_500_with_a_generic_sentence(services, forum, start_server, caplog):
    server = start_server(forum.id)
    client = Client(server)
    question = services.forums.questions(forum.id)[0]
    services.forums.set_revealed(question.id, True)
    assert client.state()["revealed"] is True  # the phones' state has it, before the bug below
    secret = "text a phone sent <script>"

    def broken(question_id):  # a bug in the results code, as one would look
        raise RuntimeError(secret)

    services.answers.results = broken
    reply = client.get(f"/api/f/{client.code}/results/{question.id}")
    assert reply.status == 500
    assert reply.json() == {"error": "Something went wrong on the facilitator's laptop; please try again.",
                            "code": "server_error"}
    assert reply.headers["x-content-type-options"] == "nosniff"
    assert secret not in caplog.text and "Traceback" not in caplog.text
    assert "RuntimeError" in caplog.text  # the kind of failure is logged, never its details


def test_answers_the_facilitator_counts_as_the_same_are_one_word_of_the_phones_cloud(services, partner, start_server):
    from forumdesk.domain import Pace, Question, QuestionKind
    from forumdesk.services.themes import ThemeService

    forum = services.forums.create_forum("Cloud", partner.id, pace=Pace.SELF, questions=[
        Question(kind=QuestionKind.SHORT_WORDS, prompt="One word for your team?", max_length=40)])
    services.forums.start_forum(forum.id)
    question = services.forums.questions(forum.id)[0]
    client = Client(start_server(forum.id))
    for text in ["manager", "Manager!", "managers", "managers", "fun"]:
        assert client.answer(question.id, text=text).status == 201
    services.forums.set_revealed(question.id, True)
    path = f"/api/f/{client.code}/results/{question.id}"
    # "Manager!" is "manager" (punctuation and case), the plural is a word of its own
    assert client.get(path).json()["words"] == [["manager", 2], ["managers", 2], ["fun", 1]]
    stream = EventStream(client.port, client.code)
    try:
        stream.next_state()
        # WHEN the facilitator counts the plural as the same (the console's near-duplicates)
        ids = [a.id for a in services.answers.answers(forum.id, question.id)
               if a.content.text.lower().startswith("manager")]
        ThemeService(services.answers).accept_same(forum.id, question.id, ids)
        # THEN the phones' cloud has one word for the four, not the results computed before...
        assert client.get(path).json()["words"] == [["managers", 4], ["fun", 1]]
        # ...and the phones already on the page are sent it
        words = lambda state: state["questions"][0].get("results", {}).get("words")  # noqa: E731
        assert words(stream.state_where(lambda state: words(state) == [["managers", 4], ["fun", 1]]))
    finally:
        stream.close()
