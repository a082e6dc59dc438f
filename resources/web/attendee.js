/* forumdesk attendee page (served at /j/{code}).
   Follows the forum live (live.js), shows the right control per question kind, sends answers
   offline-first (outbox.js), keeps drafts the room moved past, shows the facilitator's timer, and
   a thank-you screen with the attendee's own answers when the forum ends.
   Attendee and facilitator text is only ever inserted as text (FD.el / textContent). */
(function () {
  'use strict';

  var FD = window.FD;
  var t = FD.t;
  var el = FD.el;
  var views = FD.views;

  var RESULTS_REFRESH_MS = 8000;
  var FETCH_TIMEOUT_MS = (window.fdTuning || {}).fetchTimeoutMs || 10000;

  var parts = location.pathname.split('/').filter(Boolean);
  var code = FD.normaliseCode(decodeURIComponent(parts[parts.length - 1] || ''));
  var api = '/api/f/' + encodeURIComponent(code);

  var outbox = FD.outbox.create(code, api, { changed: function () { render(); }, online: setOnline });
  var local = outbox.local;

  // ------------------------------------------------------------------ page state

  var state = null;
  var cards = {};            // qid -> {root, body, results, bodySig, resultsSig, prompt, formShown}
  var results = {};          // qid -> {data, fetchedAt, version, loading}
  var addMore = {};          // qid -> true when the attendee chose "send another answer"
  var formErrors = {};       // qid -> sentence shown under the form
  var announcedQuestions = null;
  var keptShown = {};        // qid -> true: drafts already said to be kept
  var said = [];             // sentences for screen readers gathered during one render
  var focusTo = null;        // where focus goes at the end of a render, if the focused field went away
  var online = true;
  var reconnecting = false;
  var notFound = false;
  var ended = false;
  var clockSkew = 0;         // the laptop's clock minus this phone's, from the states' timers
  var skewRun = null;        // the server run clockSkew was measured in
  var timerTick = null;
  var timeUpSaid = null;
  var lastTimer = null;      // {ends_at_ms, question}: the running timer last seen, for "Time is up"

  var questionsEl = document.getElementById('questions');
  var keptEl = document.getElementById('kept');
  var connectionEl = document.getElementById('connection');
  var timerEl = document.getElementById('timer');

  var live = FD.live.follow(api, {
    state: applyState,
    clock: noteClock,
    online: setOnline,
    reconnecting: function (value) { reconnecting = value; renderConnection(); },
    notFound: showNotFound
  });

  function setOnline(value) {
    var was = online;
    online = value;
    if (value && !was) outbox.flush(true);
    renderConnection();
  }

  // ------------------------------------------------------------------ results

  function fetchResults(question) {
    var r = results[question.id] || (results[question.id] = {});
    if (r.loading) return;
    r.loading = true;
    FD.request(api + '/results/' + encodeURIComponent(question.id), { cache: 'no-store' }, FETCH_TIMEOUT_MS)
      .then(function (reply) {
        r.loading = false;
        r.fetchedAt = Date.now();
        r.version = state ? state.version : null;
        if (reply.status === 200 && reply.data) { r.data = reply.data; render(); }
      }, function () { r.loading = false; r.fetchedAt = Date.now(); });
  }

  setInterval(function () {
    if (!state || ended || document.hidden) return;
    visibleQuestions().forEach(function (q) {
      var r = results[q.id];
      if (isRevealed(q) && !(r && r.inline) && (!r || !r.fetchedAt || Date.now() - r.fetchedAt > RESULTS_REFRESH_MS)) fetchResults(q);
    });
  }, RESULTS_REFRESH_MS);

  // ------------------------------------------------------------------ state -> screen

  function isRevealed(q) {
    if (views.informs(q)) return false;
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

  /** Never replace newer state with older (docs/architecture.md §5.1). */
  function isOlder(data) {
    if (!state || data.run === undefined || data.run === null || data.run !== state.run) return false;
    return typeof data.version === 'number' && typeof state.version === 'number' && data.version < state.version;
  }

  /** clock {now_ms, run}: the laptop's clock when sent (ping, X-Now-Ms) or when the state was built
      (timer.now_ms, old by the countdown's age). All arrive late: keep a run's highest offset. */
  function noteClock(clock) {
    var skew = clock && clock.now_ms > 0 ? clock.now_ms - Date.now() : NaN;
    if (!(skew > clockSkew || skew === skew && skewRun !== clock.run)) return;  // (NaN: no reading)
    clockSkew = skew;
    skewRun = clock.run;
    if (state) renderTimer();
  }

  function applyState(data, clock) {
    if (!data || typeof data !== 'object' || isOlder(data)) return;
    state = data;
    notFound = false;
    if (data.timer) noteClock({ now_ms: data.timer.now_ms, run: data.run });
    noteClock(clock);
    var nowEnded = data.state === 'ended';
    if (nowEnded !== ended) {
      ended = nowEnded;
      // An ended forum: stop following (no stream, no "reconnecting" forever). Coming back to the
      // page checks once, so a forum the facilitator reopens is picked up again.
      if (ended) live.stop(); else if (live.stopped()) live.start();
    }
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
    showAsk();
    outbox.flush(false);
  }

  /** The Ask tab (ask.js) is fetched only in forums with asking on, so other phones never load it. */
  function showAsk() {
    if (FD.ask) { FD.ask(state.ask, local.client_id); return; }
    if (!state.ask || showAsk.loading) return;
    showAsk.loading = el('script', { src: '/static/ask.js' });
    showAsk.loading.onload = function () { if (FD.ask) FD.ask(state.ask, local.client_id); };
    document.body.appendChild(showAsk.loading);
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
    var hiddenWaiting = ended ? 0 : local.entries.filter(function (e) { return e.status === 'pending' && shown.indexOf(e.qid) < 0; }).length;
    var lines = [];
    if (!online && !ended) lines.push(t('offline'));
    else if (reconnecting) lines.push(t('reconnecting'));
    if (hiddenWaiting) lines.push(FD.tn('pending_elsewhere', hiddenWaiting));
    else if ((!online || ended) && waiting) lines.push(FD.tn('pending_here', waiting));
    var text = lines.join(' ');
    if (connectionEl.textContent !== text) connectionEl.textContent = text;
    connectionEl.hidden = !text;
  }

  /** The facilitator's countdown, on the laptop's clock (the offset measured at each state). */
  function renderTimer() {
    var timer = state && !ended && state.timer && typeof state.timer.ends_at_ms === 'number' ? state.timer : null;
    if (timer) {
      lastTimer = { ends_at_ms: timer.ends_at_ms, question: state.current };
    } else if (lastTimer && state && !ended && state.current === lastTimer.question &&
               Date.now() + clockSkew >= lastTimer.ends_at_ms - 1500) {
      // The laptop stops sending a timer once it reached zero: "Time is up" stays until the room
      // moves on. (One that disappears well before zero was paused or cancelled: it just goes.)
      timer = { ends_at_ms: lastTimer.ends_at_ms };
    } else {
      lastTimer = null;
    }
    if (!timer) {
      timerEl.hidden = true;
      if (timerTick) { clearInterval(timerTick); timerTick = null; }
      return;
    }
    if (!timerTick) timerTick = setInterval(renderTimer, 250);
    var left = Math.max(0, Math.ceil((timer.ends_at_ms - (Date.now() + clockSkew)) / 1000));
    var text = left > 0 ? t(timer.closes ? 'timer_closes' : 'timer_left', { time: views.clock(left) }) : t('time_up');
    if (timerEl.textContent !== text) timerEl.textContent = text;
    timerEl.className = 'timer' + (left > 0 ? '' : ' up');
    timerEl.hidden = false;
    if (!left && timeUpSaid !== timer.ends_at_ms) {
      timeUpSaid = timer.ends_at_ms;
      FD.announce(t('time_up'));
    }
  }

  function render() {
    if (notFound) return;
    said = [];
    focusTo = null;
    renderHeader();
    renderConnection();
    renderTimer();
    if (!state) return;
    if (ended) {
      renderEnded();
    } else {
      var list = visibleQuestions();
      if (!list.length) renderWaiting(state.pace === 'self' ? 'none_open' : 'waiting');
      else renderQuestions(list);
    }
    renderKept();
    if (focusTo && lostFocus()) focusTo.focus();
    if (said.length) FD.announce(said.join(' '));
  }

  function switchView(name) {
    if (questionsEl.getAttribute('data-view') === name) return false;
    FD.clear(questionsEl);
    cards = {};
    questionsEl.setAttribute('data-view', name);
    return true;
  }

  function renderWaiting(key) {
    announcedQuestions = [];
    if (!switchView(key)) return;
    questionsEl.appendChild(el('section', { 'class': 'card waiting', 'aria-labelledby': 'waiting-title' }, [
      el('div', { 'class': 'pulse', 'aria-hidden': 'true' }),
      el('h2', { id: 'waiting-title', text: t(key + '_title') }),
      el('p', { text: t(key + '_text') })
    ]));
    said.push(t(key + '_title'));
  }

  /** The end: thanks, and what this phone sent (from its own storage; the server keeps no list per phone). */
  function renderEnded() {
    announcedQuestions = [];
    var sig = JSON.stringify(local.entries.map(function (e) { return [e.sid, e.status]; }));
    if (!switchView('ended') && questionsEl.getAttribute('data-sig') === sig) return;
    FD.clear(questionsEl);
    questionsEl.setAttribute('data-sig', sig);
    var numbers = {};
    (state.questions || []).forEach(function (q) { numbers[q.id] = q; });
    questionsEl.appendChild(views.ended(local.entries, numbers));
    if (sig !== questionsEl.getAttribute('data-said')) {
      questionsEl.setAttribute('data-said', sig);
      said.push(t('ended_title'));
    }
  }

  function renderQuestions(list) {
    switchView('questions');
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
    if (added.length === 1) said.push(t('new_question', { prompt: added[0].prompt }));
    else said.push(FD.tn('new_questions', added.length));
    // Facilitator pace: the previous question is gone, so move focus to the new one
    // (unless the page just loaded, where the browser's natural order is best).
    if (state.pace !== 'self' && fresh.length && lostFocus()) {
      var card = cards[added[0].id];
      if (card) focusTo = card.prompt;
    }
  }

  function lostFocus() {
    var active = document.activeElement;
    return !active || active === document.body || !document.body.contains(active);
  }

  /** Drafts of questions that no longer show a form (the room moved on, the question closed), and
      refused answers of questions no longer on screen: kept and shown, never dropped silently. */
  function renderKept() {
    var kept = [];
    Object.keys(local.drafts).forEach(function (qid) {
      var value = local.drafts[qid];
      var info = local.draftInfo[qid];
      var card = cards[qid];
      // (Also after the end: the server still takes answers for a while after questions close.)
      if (typeof value !== 'string' || !value.trim() || !info || (card && card.formShown)) return;
      kept.push({ qid: Number(qid), value: value, info: info });
    });
    // (After the end the thank-you screen lists refused answers itself.)
    var refused = local.entries.filter(function (e) { return e.status === 'failed' && !ended && !cards[e.qid]; });
    var sig = JSON.stringify([kept, refused.map(function (e) { return [e.sid, e.error]; })]);
    if (keptEl.getAttribute('data-sig') === sig) return;
    var hadFocus = keptEl.contains(document.activeElement);
    keptEl.setAttribute('data-sig', sig);
    FD.clear(keptEl);
    var newly = null;
    kept.forEach(function (d) {
      var question = { id: d.qid, kind: d.info.kind, number: d.info.number, prompt: d.info.prompt };
      var box = views.keptDraft(question, d.value, {
        send: function () { outbox.queue(question, { text: d.value.trim() }); },
        discard: function () { outbox.setDraft(question, ''); render(); }
      });
      keptEl.appendChild(box);
      if (!keptShown[d.qid]) { keptShown[d.qid] = true; newly = newly || box; said.push(t('draft_kept', { n: d.info.number || '' })); }
    });
    Object.keys(keptShown).forEach(function (qid) {
      if (!kept.some(function (d) { return String(d.qid) === qid; })) delete keptShown[qid];
    });
    refused.forEach(function (e) { keptEl.appendChild(views.refused(e)); });
    // The field the attendee was typing in went away: focus goes where their text went (rather
    // than to the next question), so typing is not sent somewhere else.
    if (newly || (hadFocus && keptEl.firstChild)) focusTo = newly || keptEl.firstChild;
  }


  function buildCard(q, promptSig) {
    var promptId = 'q' + q.id + '-prompt';
    var prompt = el('h2', { 'class': 'prompt', id: promptId, tabindex: '-1', text: q.prompt });
    var body = el('div', { 'class': 'qbody' });
    var res = el('div', { 'class': 'qresults' });
    var root = el('section', { 'class': 'card question', 'aria-labelledby': promptId, 'data-qid': q.id, 'data-kind': q.kind }, [
      el('p', { 'class': 'qmeta' }, [
        q.number && state && state.total_questions ? t('question_n_of', { n: q.number, total: state.total_questions }) + ' · ' : '',
        t(views.kindLabel(q))
      ]),
      prompt, body, res
    ]);
    return { root: root, prompt: prompt, body: body, results: res, promptSig: promptSig, bodySig: null, resultsSig: null };
  }

  function updateBody(q, card) {
    if (views.informs(q)) {
      var slideSig = q.body + q.image;
      if (slideSig !== card.bodySig) {
        card.bodySig = slideSig;
        FD.clear(card.body);
        FD.append(card.body, views.slide(q, api + '/image/' + q.id + '?v=' + q.image));
      }
      return;
    }
    var entries = outbox.entriesFor(q.id);
    // What decides the body's content. (The form's own error message is not part of it: the form
    // shows that itself, and rebuilding would take the attendee's focus away.)
    var sig = JSON.stringify([q.choices, q.scale, q.max_length, q.max_words, isOpen(q), !!addMore[q.id], !!state.changeable_votes,
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
    var canAddMore = views.severalAnswers(q);
    // A forum with changeable votes: a choice or rating can be changed while the question is open.
    var canChange = !canAddMore && !!state.changeable_votes;
    var showForm = isOpen(q) && (!done.length || failed || ((canAddMore || canChange) && addMore[q.id]));
    card.formShown = showForm;

    var statusEl = null;
    if (latest) {
      statusEl = views.statusBox(latest);
      card.body.appendChild(statusEl);
      if (done.length) card.body.appendChild(views.yourAnswers(canChange ? done.slice(-1) : done));
      // A refused answer stays readable when no form brings its text back.
      if (failed && !showForm) card.body.appendChild(views.yourAnswers([failed]));
    }

    if (showForm) {
      var initial = local.drafts[q.id];
      if (initial === undefined && failed) initial = views.failedValue(q, failed);
      if (initial === undefined && canChange && done.length) initial = views.failedValue(q, done[done.length - 1]);
      card.body.appendChild(views.form(q, initial, formErrors[q.id] || '', {
        draft: function (value) { outbox.setDraft(q, value); },
        invalid: function (sentence) { if (sentence) formErrors[q.id] = sentence; else delete formErrors[q.id]; },
        submit: function (payload) {
          addMore[q.id] = false;
          delete formErrors[q.id];
          outbox.queue(q, payload);
        }
      }));
    } else if (isOpen(q) && (canAddMore || canChange) && done.length) {
      card.body.appendChild(el('button', {
        type: 'button', 'class': 'btn secondary', text: t(canChange ? 'change_answer' : 'send_another'),
        onclick: function () {
          addMore[q.id] = true;
          render();
          var field = card.body.querySelector('textarea, input[type="text"], input:checked, input');
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

  /** Revealed results show once this phone answered, or once the question closed: never under a
      form still waiting for the attendee's own answer (seeing the room's answers first sways it). */
  function updateResults(q, card) {
    var revealed = isRevealed(q);
    var answered = outbox.entriesFor(q.id).some(function (e) { return e.status !== 'failed'; });
    var held = revealed && isOpen(q) && !answered;
    var r = results[q.id];
    var data = revealed && !held && r && r.data ? r.data : null;
    var sig = held ? 'held' : revealed ? JSON.stringify(data) : '';
    if (sig === card.resultsSig) return;
    var firstTime = !held && (!card.resultsSig || card.resultsSig === 'held') && !!data;
    card.resultsSig = sig;
    FD.clear(card.results);
    if (held) { card.results.appendChild(el('p', { 'class': 'held-note', text: t('results_after_answer') })); return; }
    if (!data) return;
    if (firstTime) said.push(t('results_shown', { prompt: q.prompt }));
    var mine = outbox.entriesFor(q.id).filter(function (e) { return e.status === 'sent'; });
    card.results.appendChild(views.results(q, data, mine));
  }

  // ------------------------------------------------------------------ unknown code

  function showNotFound() {
    notFound = true;
    document.getElementById('title').textContent = t('brand');
    document.getElementById('partner').textContent = '';
    FD.clear(keptEl);
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

  window.addEventListener('online', function () { outbox.flush(true); });
  document.addEventListener('visibilitychange', function () { if (!document.hidden) outbox.flush(true); });

  FD.loadStrings(api + '/state').then(function () {
    renderHeader();
    return live.start();
  }).then(function () {
    outbox.flush(true);
  });
})();
