"""Group commit: answers that arrive together share a transaction, and each phone still gets its
own correct acknowledgement (duplicates inside a batch, an invalid answer among valid ones)."""

from __future__ import annotations

import asyncio
import json
import uuid

import aiohttp

from forumdesk.services import InvalidInput, Submission, SubmitStatus
from forumdesk.web.committer import GroupCommitter
from forumdesk.web.config import ServerConfig
from tests.web.conftest import Client


def test_one_batch_holds_duplicates_and_an_invalid_answer(services, forum):
    question = services.forums.questions(forum.id)[0]
    services.forums.start_forum(forum.id)
    shared = str(uuid.uuid4())

    def sub(submission_id: str, text) -> Submission:
        return Submission(forum.id, question.id, submission_id, {"text": text}, str(uuid.uuid4()))

    submissions = [sub(shared, "first copy"), sub(str(uuid.uuid4()), "valid"), sub(str(uuid.uuid4()), ""),
                   sub(shared, "second copy"), sub(str(uuid.uuid4()), "also valid")]

    async def run():
        committer = GroupCommitter(services.answers, asyncio.get_running_loop(), max_batch=100)
        # Queued before the writer starts, so they are certain to share one batch.
        futures = [committer.submit(s) for s in submissions]
        committer.start()
        outcomes = await asyncio.gather(*futures)
        committer.stop()
        return committer, outcomes

    committer, outcomes = asyncio.run(run())
    assert committer.batches == 1
    assert [o.status for o in outcomes] == [SubmitStatus.STORED, SubmitStatus.STORED, None,
                                            SubmitStatus.DUPLICATE, SubmitStatus.STORED]
    assert isinstance(outcomes[2].error, InvalidInput)
    stored = services.answers.answers(forum.id)
    assert sorted(a.content.text for a in stored) == ["also valid", "first copy", "valid"]


def test_stopping_the_writer_stores_what_was_queued(services, forum):
    question = services.forums.questions(forum.id)[0]
    services.forums.start_forum(forum.id)

    async def run():
        committer = GroupCommitter(services.answers, asyncio.get_running_loop())
        futures = [committer.submit(Submission(forum.id, question.id, str(uuid.uuid4()), {"text": f"a{i}"},
                                               str(uuid.uuid4()))) for i in range(50)]
        committer.start()
        await asyncio.to_thread(committer.stop)
        return await asyncio.gather(*futures)

    outcomes = asyncio.run(run())
    assert all(o.status is SubmitStatus.STORED for o in outcomes)
    assert len(services.answers.answers(forum.id)) == 50


async def _post_all(port: int, code: str, bodies: list[dict]) -> list[tuple[int, dict]]:
    async with aiohttp.ClientSession() as session:
        async def post(body):
            async with session.post(f"http://127.0.0.1:{port}/api/f/{code}/answers", data=json.dumps(body),
                                    headers={"Content-Type": "application/json"}) as response:
                return response.status, await response.json()

        return await asyncio.gather(*(post(b) for b in bodies))


def _concurrent_submissions(services, forum, server):
    question = services.forums.questions(forum.id)[0]
    client = Client(server)
    repeated = [str(uuid.uuid4()) for _ in range(20)]
    bodies = []
    for i in range(200):
        bodies.append({"question_id": question.id, "submission_id": str(uuid.uuid4()),
                       "client_id": str(uuid.uuid4()), "text": f"answer {i}"})
    for i, submission_id in enumerate(repeated):  # each sent three times at once
        for _ in range(3):
            bodies.append({"question_id": question.id, "submission_id": submission_id,
                           "client_id": str(uuid.uuid4()), "text": f"repeated {i}"})
    for _ in range(10):  # invalid among the valid ones
        bodies.append({"question_id": question.id, "submission_id": str(uuid.uuid4()),
                       "client_id": str(uuid.uuid4()), "text": "x" * 300})
    replies = asyncio.run(_post_all(client.port, client.code, bodies))
    statuses = [status for status, _ in replies]
    assert statuses[:200] == [201] * 200
    for i in range(20):
        trio = sorted(statuses[200 + 3 * i: 203 + 3 * i])
        assert trio == [200, 200, 201]
    assert statuses[260:] == [400] * 10
    assert all("error" in body for _, body in replies[260:])
    texts = [a.content.text for a in services.answers.answers(forum.id)]
    assert len(texts) == 220 and len(set(texts)) == 220
    rows = services.store.db.execute("SELECT COUNT(*), COUNT(DISTINCT submission_id) FROM answers").fetchone()
    assert rows == (220, 220)


def test_concurrent_submissions_over_http_are_each_acknowledged_and_stored_once(services, forum, server):
    _concurrent_submissions(services, forum, server)


def test_the_one_transaction_per_answer_baseline_behaves_the_same(services, forum, start_server):
    _concurrent_submissions(services, forum, start_server(forum.id, ServerConfig(group_commit=False)))
