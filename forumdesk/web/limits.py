"""Token-bucket rate limits keyed by a phone's client_id or, in memory only, by an address.

Keys never leave this process's memory: nothing here is stored or logged.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Hashable


class RateLimiter:
    """``burst`` requests at once, then ``per_second`` on average. Not thread-safe: the server uses
    it from its event loop only."""

    def __init__(self, burst: int, per_second: float, max_keys: int = 200_000,
                 clock: Callable[[], float] = time.monotonic) -> None:
        if burst < 1 or per_second <= 0:
            raise ValueError("a rate limit needs a burst of at least 1 and a positive rate")
        self.burst = float(burst)
        self.per_second = per_second
        self.max_keys = max_keys
        self._clock = clock
        self._buckets: dict[Hashable, tuple[float, float]] = {}  # key -> (tokens, last time)

    def take(self, key: Hashable) -> float:
        """Spend one token for ``key``. Returns 0 when allowed, else the seconds to wait."""
        now = self._clock()
        tokens, last = self._buckets.get(key, (self.burst, now))
        tokens = min(self.burst, tokens + (now - last) * self.per_second)
        if tokens < 1.0:
            self._buckets[key] = (tokens, now)
            return (1.0 - tokens) / self.per_second
        if key not in self._buckets and len(self._buckets) >= self.max_keys:
            self._prune(now)
        self._buckets[key] = (tokens - 1.0, now)
        return 0.0

    def _prune(self, now: float) -> None:
        """Forget keys whose bucket has refilled (they behave as new keys); if all are busy, the oldest half."""
        full_after = self.burst / self.per_second
        self._buckets = {k: v for k, v in self._buckets.items() if now - v[1] < full_after}
        if len(self._buckets) >= self.max_keys:
            oldest = sorted(self._buckets.items(), key=lambda item: item[1][1])
            self._buckets = dict(oldest[len(oldest) // 2:])

    def __len__(self) -> int:
        return len(self._buckets)


def retry_after_header(seconds: float) -> str:
    """Retry-After takes whole seconds; never 0, which would invite an immediate retry."""
    return str(max(1, math.ceil(seconds)))
