/* forumdesk attendee page: following the forum live, one event stream per phone (how and why:
   docs/architecture.md §5.1). window.fdTuning = {staleMs, pollMs, fetchTimeoutMs} shortens the
   intervals (tests only). */
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

  /** hooks: state(data, clock), clock({now_ms, run}), online(bool), reconnecting(bool), notFound() */
  function follow(api, hooks) {
    var source = null;
    var pollTimer = null;
    var reopenTimer = null;
    var leader = false;
    var wantLead = false;
    var releaseLock = null;
    var stopped = false;
    var begun = false; // nothing before start(): the strings may be missing
    var latest = null;
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
        // the laptop's clock now (the body may be old)
        hooks.state(reply.data, { now_ms: +reply.headers.get('X-Now-Ms'), run: reply.data.run });
        return reply.data;
      });
    }

    function checkState() {
      if (!begun) return Promise.resolve();
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
        latest = data;
        share({ type: 'state', data: data });
        hooks.state(data);
      });
      mine.addEventListener('ping', function (event) {
        var clock = null;
        try { clock = JSON.parse(event.data); } catch (e) { /* an old server's {} */ }
        sign();
        hooks.clock(clock);
        share({ type: 'ping', clock: clock });
      });
      mine.onopen = function () {
        sign();
        pollDelay = POLL_MS;
        stopPolling();
        hooks.online(true);
      };
      mine.onerror = function () {
        // EventSource reconnects by itself; poll meanwhile.
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
      if (!begun || stopped || document.hidden) return;
      if (useLocks) requestLead();
      else if (!source) openStream();
    }

    if (channel) {
      channel.onmessage = function (event) {
        var message = event.data || {};
        if (message.type === 'hello' && latest) share({ type: 'state', data: latest });
        if (!begun || leader || stopped) return;
        if (message.type === 'state' || message.type === 'ping') sign();
        if (message.type === 'state' && message.data) {
          hooks.online(true);
          hooks.state(message.data);
        }
        if (message.type === 'ping') hooks.clock(message.clock);
      };
    }

    // The watchdog: a stream (or the tab holding it) silent for too long.
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
      begun = true;
      lastSign = Date.now();
      return fetchState().catch(function () {
        hooks.online(false);
        startPolling();
      }).then(function () {
        connect();
        if (channel) channel.postMessage({ type: 'hello' });
      });
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
