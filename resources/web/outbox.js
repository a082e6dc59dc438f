/* forumdesk attendee page: what this phone remembers about a forum, and sending answers.
   Offline-first: every answer is written to localStorage with its submission_id before it goes on
   the network, and retried with the same id (timeouts, backoff) until the laptop confirms it. An
   answer the server refuses for good stays on the phone, with its text and the reason, so nothing
   the attendee wrote disappears. Drafts are kept per question with enough to say where they went. */
(function () {
  'use strict';

  var FD = window.FD;
  var t = FD.t;
  var tuning = window.fdTuning || {};
  var MAX_BACKOFF_MS = 15000;
  var SEND_TIMEOUT_MS = tuning.sendTimeoutMs || 15000;

  /* local = {client_id, entries: [entry], drafts: {qid: value}, draftInfo: {qid: {number, prompt, kind}}}
     entry = {sid, qid, kind, number, prompt, body, shown, status, error, attempts}
     status: 'pending' (not confirmed yet), 'sent' (201/200 received), 'failed' (refused for good). */
  function create(code, api, hooks) {
    var storeKey = 'fd:forum:' + code;
    var dropped = {}; // sids of refused answers this tab replaced; not taken back from storage
    var retryTimer = null;
    var local = read() || {};
    if (typeof local.client_id !== 'string') local.client_id = FD.uuid4();
    if (!Array.isArray(local.entries)) local.entries = [];
    if (!local.drafts || typeof local.drafts !== 'object') local.drafts = {};
    if (!local.draftInfo || typeof local.draftInfo !== 'object') local.draftInfo = {};

    function read() {
      var data = null;
      try { data = JSON.parse(FD.storageGet(storeKey) || 'null'); } catch (e) { data = null; }
      return data && typeof data === 'object' ? data : null;
    }

    /** Take in what another tab of this phone saved for this forum (answers it sent or queued). */
    function merge() {
      var stored = read();
      if (!stored || !Array.isArray(stored.entries)) return false;
      var known = {};
      local.entries.forEach(function (e) { known[e.sid] = e; });
      var changed = false;
      stored.entries.forEach(function (e) {
        if (!e || typeof e.sid !== 'string' || dropped[e.sid]) return;
        var mine = known[e.sid];
        if (!mine) {
          local.entries.push(e);
          changed = true;
        } else if (e.status !== mine.status && e.status !== 'pending' && mine.status === 'pending') {
          mine.status = e.status;
          mine.error = e.error || null;
          changed = true;
        }
      });
      return changed;
    }

    function save() {
      merge();
      var copy = {
        client_id: local.client_id,
        drafts: local.drafts,
        draftInfo: local.draftInfo,
        entries: local.entries.map(function (e) {
          return {
            sid: e.sid, qid: e.qid, kind: e.kind, number: e.number, prompt: e.prompt, body: e.body, shown: e.shown,
            status: e.status, error: e.error || null, attempts: e.attempts || 0
          };
        })
      };
      return FD.storageSet(storeKey, JSON.stringify(copy));
    }
    save();

    window.addEventListener('storage', function (event) {
      if (event.key === storeKey && merge()) hooks.changed();
    });

    function entriesFor(qid) {
      return local.entries.filter(function (e) { return e.qid === qid; });
    }

    function setDraft(question, value) {
      var empty = value === '' || value === null || value === undefined || (Array.isArray(value) && !value.length);
      if (empty) {
        delete local.drafts[question.id];
        delete local.draftInfo[question.id];
      } else {
        local.drafts[question.id] = value;
        local.draftInfo[question.id] = { number: question.number, prompt: question.prompt, kind: question.kind };
      }
      save();
    }

    function queue(question, payload) {
      var sid = FD.uuid4();
      var body = { question_id: question.id, submission_id: sid, client_id: local.client_id };
      Object.keys(payload).forEach(function (k) { body[k] = payload[k]; });
      var entry = {
        sid: sid, qid: question.id, kind: question.kind, number: question.number, prompt: question.prompt, body: body,
        shown: FD.views.describeAnswer(question, body), status: 'pending', attempts: 0, error: null
      };
      // Drop an earlier refused attempt at this question: the new one replaces it on screen.
      local.entries = local.entries.filter(function (e) {
        var replaced = e.qid === question.id && e.status === 'failed';
        if (replaced) dropped[e.sid] = true;
        return !replaced;
      });
      local.entries.push(entry);
      delete local.drafts[question.id];
      delete local.draftInfo[question.id];
      save(); // saved on the phone before it goes on the network
      hooks.changed();
      send(entry);
    }

    function send(entry) {
      if (entry.inflight || entry.status !== 'pending') return;
      entry.inflight = true;
      FD.request(api + '/answers', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(entry.body),
        cache: 'no-store'
      }, SEND_TIMEOUT_MS).then(function (reply) {
        entry.inflight = false;
        var data = reply.data || {};
        if (reply.status === 201 || reply.status === 200) {
          markSent(entry);
        } else if (reply.status === 429 || reply.status >= 500 || reply.status === 408) {
          var after = parseFloat(reply.headers.get('Retry-After'));
          scheduleRetry(entry, isFinite(after) && after > 0 ? after * 1000 : null);
        } else {
          markFailed(entry, reply.status, data);
        }
      }, function () {
        // No answer in time, or no network: the answer stays queued and goes again, same id.
        entry.inflight = false;
        hooks.online(false);
        scheduleRetry(entry, null);
      });
    }

    function markSent(entry) {
      var first = entry.status !== 'sent';
      entry.status = 'sent';
      entry.error = null;
      delete entry.retryAt;
      delete entry.holdUntil;
      save();
      hooks.changed();
      if (first) FD.announce(t('sent_announce'));
    }

    /** The reason in the phone's language: from the server's code where it gives one (the
        server's sentence is in the laptop's language), else its sentence, else by status. */
    function reason(status, data) {
      if (data && typeof data.code === 'string') {
        var known = t('err_code_' + data.code);
        if (known !== 'err_code_' + data.code) return known;
      }
      if (data && typeof data.error === 'string' && data.error) return data.error;
      var byStatus = t('err_http_' + status);
      return byStatus === 'err_http_' + status ? t('err_generic') : byStatus;
    }

    function markFailed(entry, status, data) {
      entry.status = 'failed';
      entry.error = reason(status, data);
      delete entry.retryAt;
      save();
      hooks.changed();
      FD.announce(t('failed') + '. ' + entry.error);
    }

    function scheduleRetry(entry, serverDelay) {
      entry.attempts = (entry.attempts || 0) + 1;
      var backoff = Math.min(MAX_BACKOFF_MS, 1000 * Math.pow(2, entry.attempts - 1));
      backoff = backoff * (0.8 + Math.random() * 0.4);
      if (serverDelay) {
        entry.holdUntil = Date.now() + serverDelay; // the server asked us to wait: reconnects do not skip this
        backoff = Math.max(backoff, serverDelay);
      }
      entry.retryAt = Date.now() + backoff;
      save();
      hooks.changed();
      armRetryTimer();
    }

    function armRetryTimer() {
      if (retryTimer) { clearTimeout(retryTimer); retryTimer = null; }
      var next = null;
      local.entries.forEach(function (e) {
        if (e.status === 'pending' && !e.inflight && e.retryAt && (next === null || e.retryAt < next)) next = e.retryAt;
      });
      if (next === null) return;
      retryTimer = setTimeout(function () { retryTimer = null; flush(false); }, Math.max(50, next - Date.now()));
    }

    /** Send every pending answer whose time has come; `now` (the connection is back) skips the backoff. */
    function flush(now) {
      var time = Date.now();
      local.entries.forEach(function (e) {
        if (e.status !== 'pending' || e.inflight) return;
        if (e.holdUntil && e.holdUntil > time) return;
        if (now || !e.retryAt || e.retryAt <= time) send(e);
      });
      armRetryTimer();
    }

    return { local: local, entriesFor: entriesFor, setDraft: setDraft, queue: queue, flush: flush, save: save };
  }

  FD.outbox = { create: create };
})();
