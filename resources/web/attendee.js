/* forumdesk attendee page (served at /j/{code}).
   Follows the forum live (server-sent events, polling fallback), shows the right control per
   question kind, and sends answers offline-first: every answer is written to localStorage with its
   submission_id before it is sent, and retried with the same id until the laptop confirms it.
   Attendee and facilitator text is only ever inserted as text (FD.el / textContent). */
(function () {
  'use strict';

  var FD = window.FD;
  var t = FD.t;
  var el = FD.el;
  var views = FD.views;

  var POLL_MS = 3000;
  var RESULTS_REFRESH_MS = 8000;
  var MAX_BACKOFF_MS = 15000;
  var SAFETY_CHECK_MS = 30000;

  var parts = location.pathname.split('/').filter(Boolean);
  var code = FD.normaliseCode(decodeURIComponent(parts[parts.length - 1] || ''));
  var api = '/api/f/' + encodeURIComponent(code);
  var storeKey = 'fd:forum:' + code;

  // ------------------------------------------------------------------ what this phone remembers

  /* local = {client_id, entries: [{sid, qid, kind, body, shown, status, error, attempts}], drafts: {qid: value}}
     status: 'pending' (not confirmed yet), 'sent' (201/200 received), 'failed' (refused by the server). */
  var local = loadLocal();

  function loadLocal() {
    var data = null;
    try { data = JSON.parse(FD.storageGet(storeKey) || 'null'); } catch (e) { data = null; }
    if (!data || typeof data !== 'object') data = {};
    if (typeof data.client_id !== 'string') data.client_id = FD.uuid4();
    if (!Array.isArray(data.entries)) data.entries = [];
    if (!data.drafts || typeof data.drafts !== 'object') data.drafts = {};
    return data;
  }

  var dropped = {}; // sids of refused answers this tab replaced; not taken back from storage

  /** Take in what another tab of this phone saved for this forum (answers it sent or queued). */
  function mergeStored() {
    var stored = null;
    try { stored = JSON.parse(FD.storageGet(storeKey) || 'null'); } catch (e) { stored = null; }
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

  function saveLocal() {
    mergeStored();
    var copy = {
      client_id: local.client_id,
      drafts: local.drafts,
      entries: local.entries.map(function (e) {
        return { sid: e.sid, qid: e.qid, kind: e.kind, body: e.body, shown: e.shown, status: e.status, error: e.error || null, attempts: e.attempts || 0 };
      })
    };
    return FD.storageSet(storeKey, JSON.stringify(copy));
  }
  saveLocal();

  function entriesFor(qid) {
    return local.entries.filter(function (e) { return e.qid === qid; });
  }

  // ------------------------------------------------------------------ page state

  var state = null;
  var cards = {};            // qid -> {root, body, results, bodySig, resultsSig, prompt}
  var results = {};          // qid -> {data, fetchedAt, version, loading}
  var addMore = {};          // qid -> true when the attendee chose "send another answer"
  var formErrors = {};       // qid -> sentence shown under the form
  var announcedQuestions = null;
  var online = true;
  var notFound = false;

  var questionsEl = document.getElementById('questions');
  var connectionEl = document.getElementById('connection');

  // ------------------------------------------------------------------ live updates

  var source = null;
  var pollTimer = null;
  var sseRetryTimer = null;

  function fetchState() {
    return fetch(api + '/state', { cache: 'no-cache', credentials: 'same-origin' }).then(function (res) {
      if (res.status === 404) { showNotFound(); return null; }
      if (!res.ok) throw new Error('HTTP ' + res.status);
      return res.json().then(function (data) { setOnline(true); applyState(data); return data; });
    });
  }

  function startPolling() {
    if (pollTimer || notFound) return;
    pollTimer = setInterval(function () { fetchState().catch(function () { setOnline(false); }); }, POLL_MS);
  }

  function stopPolling() {
    if (pollTimer) { clearInterval(pollTimer); pollTimer = null; }
  }

  function connectEvents() {
    if (notFound) return;
    if (!window.EventSource) { startPolling(); return; }
    if (source) source.close();
    source = new EventSource(api + '/events');
    source.addEventListener('state', function (event) {
      var data;
      try { data = JSON.parse(event.data); } catch (e) { return; }
      setOnline(true);
      stopPolling();
      applyState(data);
    });
    source.onopen = function () {
      stopPolling();
      setOnline(true);
      flushOutbox(true);
    };
    source.onerror = function () {
      // EventSource reconnects by itself; poll meanwhile so the page keeps following.
      startPolling();
      if (source && source.readyState === 2) {
        source.close();
        source = null;
        if (!sseRetryTimer) {
          sseRetryTimer = setTimeout(function () { sseRetryTimer = null; connectEvents(); }, 10000);
        }
      }
    };
  }

  function setOnline(value) {
    var was = online;
    online = value;
    if (value && !was) flushOutbox(true);
    renderConnection();
  }

  window.addEventListener('storage', function (event) {
    if (event.key === storeKey && mergeStored()) render();
  });

  // A phone that was locked or switched apps may have lost its stream without noticing: check in
  // when the page is shown again, and now and then while it stays open (a 304 when nothing changed).
  function checkIn() {
    if (notFound) return;
    fetchState().catch(function () { setOnline(false); startPolling(); });
    if (!source && !sseRetryTimer) connectEvents();
    flushOutbox(true);
  }
  document.addEventListener('visibilitychange', function () { if (!document.hidden) checkIn(); });
  window.addEventListener('pageshow', function (event) { if (event.persisted) checkIn(); });
  setInterval(function () { if (!pollTimer && !document.hidden) checkIn(); }, SAFETY_CHECK_MS);

  window.addEventListener('online', function () {
    fetchState().catch(function () { /* polling carries on */ });
    flushOutbox(true);
  });

  // ------------------------------------------------------------------ sending answers

  var retryTimer = null;

  function queueAnswer(question, payload) {
    var sid = FD.uuid4();
    var body = { question_id: question.id, submission_id: sid, client_id: local.client_id };
    Object.keys(payload).forEach(function (k) { body[k] = payload[k]; });
    var entry = {
      sid: sid, qid: question.id, kind: question.kind, body: body,
      shown: views.describeAnswer(question, body), status: 'pending', attempts: 0, error: null
    };
    // Drop an earlier refused attempt at this question: the new one replaces it on screen.
    local.entries = local.entries.filter(function (e) {
      var replaced = e.qid === question.id && e.status === 'failed';
      if (replaced) dropped[e.sid] = true;
      return !replaced;
    });
    local.entries.push(entry);
    delete local.drafts[question.id];
    addMore[question.id] = false;
    delete formErrors[question.id];
    saveLocal(); // saved on the phone before it goes on the network
    render();
    send(entry);
  }

  function send(entry) {
    if (entry.inflight || entry.status !== 'pending') return;
    entry.inflight = true;
    fetch(api + '/answers', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(entry.body),
      cache: 'no-store',
      credentials: 'same-origin'
    }).then(function (res) {
      return res.json().catch(function () { return {}; }).then(function (data) {
        entry.inflight = false;
        if (res.status === 201 || res.status === 200) {
          markSent(entry);
        } else if (res.status === 429 || res.status >= 500) {
          var after = parseFloat(res.headers.get('Retry-After'));
          scheduleRetry(entry, isFinite(after) && after > 0 ? after * 1000 : null);
        } else {
          markFailed(entry, res.status, data && typeof data.error === 'string' ? data.error : '');
        }
      });
    }, function () {
      entry.inflight = false;
      setOnline(false);
      scheduleRetry(entry, null);
    });
  }

  function markSent(entry) {
    var first = entry.status !== 'sent';
    entry.status = 'sent';
    entry.error = null;
    delete entry.retryAt;
    delete entry.holdUntil;
    saveLocal();
    render();
    if (first) FD.announce(t('sent_announce'));
  }

  function markFailed(entry, status, message) {
    entry.status = 'failed';
    var fallback = t('err_http_' + status);
    if (fallback === 'err_http_' + status) fallback = t('err_generic');
    entry.error = message || fallback;
    delete entry.retryAt;
    saveLocal();
    render();
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
    saveLocal();
    render();
    armRetryTimer();
  }

  function armRetryTimer() {
    if (retryTimer) { clearTimeout(retryTimer); retryTimer = null; }
    var next = null;
    local.entries.forEach(function (e) {
      if (e.status === 'pending' && !e.inflight && e.retryAt && (next === null || e.retryAt < next)) next = e.retryAt;
    });
    if (next === null) return;
    retryTimer = setTimeout(function () { retryTimer = null; flushOutbox(false); }, Math.max(50, next - Date.now()));
  }

  /** Send every pending answer whose time has come; `now` (the connection is back) skips the backoff. */
  function flushOutbox(now) {
    var time = Date.now();
    local.entries.forEach(function (e) {
      if (e.status !== 'pending' || e.inflight) return;
      if (e.holdUntil && e.holdUntil > time) return;
      if (now || !e.retryAt || e.retryAt <= time) send(e);
    });
    armRetryTimer();
  }

  // ------------------------------------------------------------------ results

  function fetchResults(question) {
    var r = results[question.id] || (results[question.id] = {});
    if (r.loading) return;
    r.loading = true;
    fetch(api + '/results/' + encodeURIComponent(question.id), { cache: 'no-store', credentials: 'same-origin' })
      .then(function (res) { return res.ok ? res.json() : null; })
      .then(function (data) {
        r.loading = false;
        r.fetchedAt = Date.now();
        r.version = state ? state.version : null;
        if (data) { r.data = data; render(); }
      }, function () { r.loading = false; r.fetchedAt = Date.now(); });
  }

  setInterval(function () {
    if (!state || document.hidden) return;
    visibleQuestions().forEach(function (q) {
      var r = results[q.id];
      if (isRevealed(q) && !(r && r.inline) && (!r || !r.fetchedAt || Date.now() - r.fetchedAt > RESULTS_REFRESH_MS)) fetchResults(q);
    });
  }, RESULTS_REFRESH_MS);

  // ------------------------------------------------------------------ state -> screen

  function isRevealed(q) {
    if (typeof q.revealed === 'boolean') return q.revealed;
    return !!(state && state.revealed && state.current === q.id);
  }

  function isOpen(q) {
    return q.open !== false;
  }

  function visibleQuestions() {
    if (!state || !Array.isArray(state.questions)) return [];
    if (state.pace === 'self') {
      return state.questions.filter(function (q) { return isOpen(q) || isRevealed(q); });
    }
    return state.questions.filter(function (q) { return q.id === state.current; });
  }

  function applyState(data) {
    if (!data || typeof data !== 'object') return;
    state = data;
    notFound = false;
    visibleQuestions().forEach(function (q) {
      if (!isRevealed(q)) return;
      var r = results[q.id] || (results[q.id] = {});
      if (q.results && typeof q.results === 'object') {
        // The server sends revealed results inside the state: no extra request needed.
        r.data = q.results;
        r.inline = true;
        r.fetchedAt = Date.now();
        r.version = state.version;
      } else if (r.version !== state.version) {
        r.inline = false;
        fetchResults(q);
      }
    });
    render();
    flushOutbox(false);
  }

  function renderHeader() {
    var forum = (state && state.forum) || {};
    var title = typeof forum.title === 'string' ? forum.title : '';
    document.getElementById('title').textContent = title || t('brand');
    document.getElementById('partner').textContent = typeof forum.partner === 'string' ? forum.partner : '';
    document.title = title ? title + ' · forumdesk' : t('page_title_attendee');
  }

  function renderConnection() {
    var waiting = local.entries.filter(function (e) { return e.status === 'pending'; }).length;
    var shown = visibleQuestions().map(function (q) { return q.id; });
    var hiddenWaiting = local.entries.filter(function (e) { return e.status === 'pending' && shown.indexOf(e.qid) < 0; }).length;
    var lines = [];
    if (!online) lines.push(t('offline'));
    if (hiddenWaiting) lines.push(FD.tn('pending_elsewhere', hiddenWaiting));
    else if (!online && waiting) lines.push(FD.tn('pending_here', waiting));
    var text = lines.join(' ');
    if (connectionEl.textContent !== text) connectionEl.textContent = text;
    connectionEl.hidden = !text;
  }

  function render() {
    if (notFound) return;
    renderHeader();
    renderConnection();
    var list = visibleQuestions();

    if (!state) return;

    if (!list.length) {
      var waitingKey = state.state === 'ended' ? 'ended' : state.pace === 'self' ? 'none_open' : 'waiting';
      if (questionsEl.getAttribute('data-view') !== waitingKey) {
        FD.clear(questionsEl);
        cards = {};
        questionsEl.setAttribute('data-view', waitingKey);
        questionsEl.appendChild(el('section', { 'class': 'card waiting', 'aria-labelledby': 'waiting-title' }, [
          el('div', { 'class': 'pulse', 'aria-hidden': 'true' }),
          el('h2', { id: 'waiting-title', text: t(waitingKey + '_title') }),
          el('p', { text: t(waitingKey + '_text') })
        ]));
        FD.announce(t(waitingKey + '_title'));
      }
      announcedQuestions = [];
      return;
    }

    if (questionsEl.getAttribute('data-view') !== 'questions') {
      FD.clear(questionsEl);
      cards = {};
      questionsEl.setAttribute('data-view', 'questions');
    }

    // Remove cards of questions that are gone; create or update the others, in the server's order.
    var ids = list.map(function (q) { return String(q.id); });
    Object.keys(cards).forEach(function (id) {
      if (ids.indexOf(id) < 0) {
        if (cards[id].root.parentNode) cards[id].root.parentNode.removeChild(cards[id].root);
        delete cards[id];
      }
    });
    var fresh = [];
    list.forEach(function (q, index) {
      var card = cards[q.id];
      var promptSig = JSON.stringify([q.kind, q.prompt, q.number, state.total_questions]);
      if (!card || card.promptSig !== promptSig) {
        var old = card && card.root;
        card = buildCard(q, promptSig);
        cards[q.id] = card;
        if (old && old.parentNode) old.parentNode.replaceChild(card.root, old);
        fresh.push(q);
      }
      if (questionsEl.children[index] !== card.root) questionsEl.insertBefore(card.root, questionsEl.children[index] || null);
      updateBody(q, card);
      updateResults(q, card);
    });

    announceNewQuestions(list, fresh);
  }

  function announceNewQuestions(list, fresh) {
    var firstRender = announcedQuestions === null;
    var known = announcedQuestions || [];
    var added = list.filter(function (q) { return known.indexOf(q.id) < 0; });
    announcedQuestions = list.map(function (q) { return q.id; });
    if (!added.length || firstRender) return;
    if (added.length === 1) FD.announce(t('new_question', { prompt: added[0].prompt }));
    else FD.announce(FD.tn('new_questions', added.length));
    // Facilitator pace: the previous question is gone, so move focus to the new one
    // (unless the page just loaded, where the browser's natural order is best).
    if (!firstRender && state.pace !== 'self' && fresh.length) {
      var active = document.activeElement;
      if (!active || active === document.body || !document.body.contains(active)) {
        var card = cards[added[0].id];
        if (card) card.prompt.focus();
      }
    }
  }

  var KIND_KEYS = { text: 'kind_text', single: 'kind_single', multiple: 'kind_multiple', rating: 'kind_rating', words: 'kind_words' };

  function buildCard(q, promptSig) {
    var promptId = 'q' + q.id + '-prompt';
    var prompt = el('h2', { 'class': 'prompt', id: promptId, tabindex: '-1', text: q.prompt });
    var body = el('div', { 'class': 'qbody' });
    var res = el('div', { 'class': 'qresults' });
    var root = el('section', { 'class': 'card question', 'aria-labelledby': promptId, 'data-qid': q.id, 'data-kind': q.kind }, [
      el('p', { 'class': 'qmeta' }, [
        q.number && state && state.total_questions ? t('question_n_of', { n: q.number, total: state.total_questions }) + ' · ' : '',
        t(KIND_KEYS[q.kind] || 'kind_text')
      ]),
      prompt, body, res
    ]);
    return { root: root, prompt: prompt, body: body, results: res, promptSig: promptSig, bodySig: null, resultsSig: null };
  }

  function updateBody(q, card) {
    var entries = entriesFor(q.id);
    // What decides the body's content. (The form's own error message is not part of it: the form
    // shows that itself, and rebuilding would take the attendee's focus away.)
    var sig = JSON.stringify([q.choices, q.scale, q.max_length, q.max_words, isOpen(q), !!addMore[q.id],
      entries.map(function (e) { return [e.sid, e.status, e.error, (e.attempts || 0) > 0]; })]);
    if (sig === card.bodySig) return;
    var active = document.activeElement;
    var hadFocus = card.body.contains(active);
    var focusedId = hadFocus && active.id ? active.id : null;
    card.bodySig = sig;
    FD.clear(card.body);

    var latest = entries[entries.length - 1];
    var failed = latest && latest.status === 'failed' ? latest : null;
    var done = entries.filter(function (e) { return e.status !== 'failed'; });
    var canAddMore = q.kind === 'text' || q.kind === 'words';
    var showForm = isOpen(q) && (!done.length || failed || (canAddMore && addMore[q.id]));

    var statusEl = null;
    if (latest) {
      statusEl = views.statusBox(latest);
      card.body.appendChild(statusEl);
      if (done.length) card.body.appendChild(views.yourAnswers(done));
    }

    if (showForm) {
      var initial = local.drafts[q.id];
      if (initial === undefined && failed) initial = views.failedValue(q, failed);
      card.body.appendChild(views.form(q, initial, formErrors[q.id] || '', {
        draft: function (value) { local.drafts[q.id] = value; saveLocal(); },
        invalid: function (sentence) { formErrors[q.id] = sentence; },
        submit: function (payload) { queueAnswer(q, payload); }
      }));
    } else if (isOpen(q) && canAddMore && done.length) {
      card.body.appendChild(el('button', {
        type: 'button', 'class': 'btn secondary', text: t('send_another'),
        onclick: function () {
          addMore[q.id] = true;
          render();
          var field = card.body.querySelector('textarea, input[type="text"]');
          if (field) field.focus();
        }
      }));
    } else if (!isOpen(q) && !done.length) {
      card.body.appendChild(el('p', { 'class': 'closed-note', text: t('closed') }));
    }

    // Keep keyboard and screen-reader users in place when the part they were in is rebuilt:
    // the same control if it is still there, else the new status, else the question.
    if (hadFocus) {
      var same = focusedId ? document.getElementById(focusedId) : null;
      (same && card.body.contains(same) ? same : statusEl || card.prompt).focus();
    }
  }

  // ------------------------------------------------------------------ results

  function updateResults(q, card) {
    var revealed = isRevealed(q);
    var r = results[q.id];
    var data = revealed && r && r.data ? r.data : null;
    var sig = revealed ? JSON.stringify(data) : '';
    if (sig === card.resultsSig) return;
    var firstTime = !card.resultsSig && !!data;
    card.resultsSig = sig;
    FD.clear(card.results);
    if (!data) return;
    if (firstTime) FD.announce(t('results_shown', { prompt: q.prompt }));
    var mine = entriesFor(q.id).filter(function (e) { return e.status === 'sent'; });
    card.results.appendChild(views.results(q, data, mine));
  }

  // ------------------------------------------------------------------ unknown code

  function showNotFound() {
    notFound = true;
    stopPolling();
    if (source) { source.close(); source = null; }
    document.getElementById('title').textContent = t('brand');
    document.getElementById('partner').textContent = '';
    FD.clear(questionsEl);
    questionsEl.setAttribute('data-view', 'not-found');
    questionsEl.appendChild(el('section', { 'class': 'card waiting', 'aria-labelledby': 'nf-title' }, [
      el('h2', { id: 'nf-title', text: t('not_found_title') }),
      el('p', { text: t('not_found_text', { code: code }) }),
      el('a', { 'class': 'btn', href: '/', text: t('type_code') })
    ]));
    FD.announce(t('not_found_title'));
  }

  // ------------------------------------------------------------------ start

  FD.loadStrings().then(function () {
    renderHeader();
    return fetchState().catch(function () {
      setOnline(false);
      startPolling();
    });
  }).then(function () {
    connectEvents();
    flushOutbox(true);
  });
})();
