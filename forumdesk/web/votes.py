"""One vote per phone, defended per address: at most a few stored votes per client address per question.

A phone's ``client_id`` is its own random id, so a script that makes a new one for every request
would pass the "one vote per phone" rule as often as it likes (2,000 votes in 3 seconds from one
laptop). On a room's Wi-Fi every phone has its own address, so the server also counts the votes
(choice and rating answers) stored from each address for each question, and refuses more than
``ServerConfig.votes_per_address`` (a venue that puts every phone behind one NAT address raises it
with ``FORUMDESK_VOTES_PER_ADDRESS``). When one address has been refused many times the facilitator
is told, without the address: ``EventKind.VOTES_REFUSED``.

Addresses live in this process's memory only: never stored, logged or put in an event. Not
thread-safe: the server uses it from its event loop only.
"""

from __future__ import annotations

from collections.abc import Hashable

VOTES_CODE = "too_many_votes_from_address"
VOTES_SENTENCE = ("Too many votes on this question have come from your network address; each phone votes "
                  "once. If many phones share one address here, the facilitator can raise the limit.")
VOTES_RETRY_AFTER = "30"  # the phone keeps the vote and tries again, but this address's count will not drop


class VoteLimit:
    def __init__(self, per_address: int, alarm_after: int, max_keys: int = 200_000) -> None:
        self.per_address = per_address
        self.alarm_after = alarm_after  # refusals from one address on one question before telling the facilitator
        self.max_keys = max_keys
        self._taken: dict[tuple[Hashable, int], int] = {}
        self._refused: dict[tuple[Hashable, int], int] = {}

    def take(self, address: Hashable, question_id: int) -> bool:
        """Count one vote from ``address`` on ``question_id`` before it is stored; False when
        this address has used its votes on that question (the caller refuses it)."""
        key = (address, question_id)
        taken = self._taken.get(key, 0)
        if taken >= self.per_address:
            return False
        if taken == 0 and len(self._taken) >= self.max_keys:
            self._forget_oldest(self._taken)
        self._taken[key] = taken + 1
        return True

    def give_back(self, address: Hashable, question_id: int) -> None:
        """The vote was not stored (a duplicate, a closed question, a storage problem): it does not count."""
        key = (address, question_id)
        taken = self._taken.get(key, 0)
        if taken > 1:
            self._taken[key] = taken - 1
        else:
            self._taken.pop(key, None)

    def refused(self, address: Hashable, question_id: int) -> bool:
        """Note a refusal; True exactly once per address and question, when refusals reach ``alarm_after``."""
        key = (address, question_id)
        count = self._refused.get(key, 0) + 1
        if count == 1 and len(self._refused) >= self.max_keys:
            self._forget_oldest(self._refused)
        self._refused[key] = count
        return count == self.alarm_after

    @staticmethod
    def _forget_oldest(counts: dict) -> None:
        """Bound the memory: drop the older half (insertion order). Those addresses start afresh."""
        for key in list(counts)[: len(counts) // 2]:
            del counts[key]
