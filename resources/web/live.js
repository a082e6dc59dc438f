/* forumdesk attendee page: following the forum live, with one event stream per phone.
   - Tabs of one phone share one stream. Browsers allow six connections per host, so six tabs each
     holding a stream (re-scanning the QR opens a new tab) leave none for sending answers. Where Web
     Locks exist (secure contexts) the tab holding the lock holds the stream and passes what it hears
     to the other tabs over BroadcastChannel; everywhere, a hidden tab lets its stream go, so on
     plain http on the LAN only the tab on screen holds one.
   - A stream that stays silent longer than a few server heartbeats (the server sends a "ping" event
     every 15 s) is silently dead: it is replaced and the page says it is reconnecting.
   - Every request has a time limit; while the stream is down the page polls the state.
   window.fdTuning = {staleMs, pollMs, fetchTimeoutMs} shortens the intervals (tests only). */
(function () {
  'use strict';

  var FD = window.FD;
  var tuning = window.fdTuning || {};
  // Heartbeats come every 15 s: silent for 18 s is dead, noticed by the check within 19 s.
  var STALE_MS = tuning.staleMs || 18000;
  var CHECK_MS = Math.min(1000, Math.floor(STALE_MS / 4));
  var POLL_MS = tuning.pollMs || 3000;
  var MAX_POLL_MS = 15000;
  var FETCH_TIMEOUT_MS = tuning.fetchTimeoutMs || 10000;
  var REOPEN_MS = 10000;

  /** A reading of the laptop's clock, {now_ms, run}, from a ping's data or a state reply's
      X-Now-Ms header (with the run of the state it came with), else null. */
  function reading(nowMs, run) {
    var now = Number(nowMs);
    return nowMs !== null && isFinite(now) && now > 0 ? { now_ms: now, run: run } : null;
  }

  function pingReading(data) {
    try { data = JSON.parse(data) || {}; } catch (e) { return null; }
    return reading(data.now_ms, data.run);
  }

  /** hooks: state(data, clockReading|null), clock(clockReading), online(bool), reconnecting(bool), notFound() */
  function follow(api, hooks) {
    var source = null;
    var pollTimer = null;
    var reopenTimer = null;
    var leader = false;
    var wantLead = false;
    var releaseLock = null;
    var stopped = false;
    var reconnecting = false;
    var lastSign = Date.now();
    var channel = null;
    try { channel = window.BroadcastChannel ? new BroadcastChannel('fd:live:' + api) : null; } catch (e) { channel = null; }
    var useLocks = !!(channel && navigator.locks && typeof navigator.locks.request === 'function');

    function sign() {
      lastSign = Date.now();
      if (reconnecting) { reconnecting = false; hooks.reconnecting(false); }
    }

    function fetchState() {
      return FD.request(api + '/state', { cache: 'no-cache' }, FETCH_TIMEOUT_MS).then(function (reply) {
        if (reply.status === 404) { stop(); hooks.notFound(); return null; }
        if (reply.status !== 200 || !reply.data) throw new Error('HTTP ' + reply.status);
        hooks.online(true);
        if (!source) sign(); // a tab without a stream of its own: a fresh state is a sign of life too
        // The body may be a copy built at the last change (or this browser's cached one): the
        // header says what the laptop's clock reads now.
        hooks.state(reply.data, reading(reply.headers ? reply.headers.get('X-Now-Ms') : null, reply.data.run));
        return reply.data;
      });
    }

    function checkState() {
      return fetchState().catch(function () { hooks.online(false); });
    }

    var pollDelay = POLL_MS;

    /** Poll while there is no stream; failed polls back off (with jitter, so a room of phones
        does not come back at the same instant when the laptop does). */
    function startPolling() {
      if (pollTimer || stopped) return;
      pollTimer = setTimeout(pollOnce, pollDelay);
    }

    function pollOnce() {
      fetchState().then(function () { pollDelay = POLL_MS; }, function () {
        hooks.online(false);
        pollDelay = Math.min(MAX_POLL_MS, pollDelay * 2);
      }).then(function () {
        if (pollTimer === null) return; // stopped meanwhile
        pollTimer = setTimeout(pollOnce, pollDelay * (0.8 + Math.random() * 0.4));
      });
    }

    function stopPolling() {
      if (pollTimer) { clearTimeout(pollTimer); pollTimer = null; }
    }

    function share(message) {
      if (channel && leader) {
        try { channel.postMessage(message); } catch (e) { /* a tab closing: nothing to do */ }
      }
    }

    function closeStream() {
      if (source) { source.close(); source = null; }
      if (reopenTimer) { clearTimeout(reopenTimer); reopenTimer = null; }
    }

    function openStream() {
      closeStream();
      if (stopped || !window.EventSource) { startPolling(); return; }
      lastSign = Date.now();
      var mine = source = new EventSource(api + '/events');
      mine.addEventListener('state', function (event) {
        var data;
        try { data = JSON.parse(event.data); } catch (e) { return; }
        sign();
        stopPolling();
        hooks.online(true);
        share({ type: 'state', data: data });
        hooks.state(data);
      });
      mine.addEventListener('ping', function (event) {
        sign();
        var clock = pingReading(event.data);
        if (clock) hooks.clock(clock);
        share({ type: 'ping', clock: clock });
      });
      mine.onopen = function () {
        sign();
        pollDelay = POLL_MS;
        stopPolling();
        hooks.online(true);
      };
      mine.onerror = function () {
        // EventSource reconnects by itself; poll meanwhile so the page keeps following.
        startPolling();
        if (mine === source && mine.readyState === 2) {
          source = null;
          if (!reopenTimer) reopenTimer = setTimeout(function () { reopenTimer = null; if (wantsStream()) openStream(); }, REOPEN_MS);
        }
      };
    }

    function wantsStream() {
      return !stopped && !document.hidden && (!useLocks || leader);
    }

    /** Queue for the lock; the tab that gets it holds the stream until it is hidden or closed. */
    function requestLead() {
      if (wantLead || stopped) return;
      wantLead = true;
      navigator.locks.request('fd:stream:' + api, function () {
        if (stopped || document.hidden) { wantLead = false; return null; }
        leader = true;
        openStream();
        return new Promise(function (resolve) { releaseLock = resolve; });
      }).catch(function () { wantLead = false; });
    }

    function resign() {
      closeStream();
      if (releaseLock) {
        var release = releaseLock;
        releaseLock = null;
        leader = false;
        wantLead = false;
        release();
      }
    }

    function connect() {
      if (stopped || document.hidden) return;
      if (useLocks) requestLead();
      else if (!source) openStream();
    }

    if (channel) {
      channel.onmessage = function (event) {
        var message = event.data || {};
        if (leader || stopped) return;
        if (message.type === 'state' || message.type === 'ping') sign();
        if (message.type === 'state' && message.data) {
          hooks.online(true);
          hooks.state(message.data);
        }
        var clock = message.type === 'ping' && message.clock ? reading(message.clock.now_ms, message.clock.run) : null;
        if (clock) hooks.clock(clock);
      };
    }

    // The watchdog: a stream (or, for a tab without one, the tab holding it) silent for too long.
    setInterval(function () {
      if (stopped || document.hidden || Date.now() - lastSign <= STALE_MS) return;
      if (source) {
        if (!reconnecting) { reconnecting = true; hooks.reconnecting(true); }
        openStream(); // resets lastSign: the new stream gets its own STALE_MS to show life
        startPolling();
      } else {
        lastSign = Date.now();
        checkState();
      }
    }, CHECK_MS);

    document.addEventListener('visibilitychange', function () {
      if (document.hidden) { resign(); stopPolling(); return; }
      // A phone that was locked or switched apps may have missed changes: check in straight away.
      checkState();
      connect();
    });
    window.addEventListener('pageshow', function (event) { if (event.persisted) { checkState(); connect(); } });
    window.addEventListener('pagehide', resign);
    window.addEventListener('online', checkState);

    function start() {
      stopped = false;
      lastSign = Date.now();
      return fetchState().catch(function () {
        hooks.online(false);
        startPolling();
      }).then(connect);
    }

    /** Stop following (the forum ended): no stream, no polling, no reconnecting. */
    function stop() {
      stopped = true;
      stopPolling();
      resign();
      closeStream();
      if (reconnecting) { reconnecting = false; hooks.reconnecting(false); }
    }

    return { start: start, stop: stop, checkState: checkState, stopped: function () { return stopped; } };
  }

  FD.live = { follow: follow };
})();
