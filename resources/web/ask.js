/* The "Ask" tab (issue 18): in a forum with asking on, attendees write their own question, see the
   room's list (most votes first), upvote each once and see which were answered. attendee.js calls
   FD.ask(state.ask, clientId) with every state. Text is only ever inserted as text (FD.el). */
(function () {
  'use strict';
  var FD = window.FD, t = FD.t, el = FD.el;
  var parts = location.pathname.split('/').filter(Boolean);
  var api = '/api/f/' + encodeURIComponent(FD.normaliseCode(decodeURIComponent(parts[parts.length - 1] || ''))) + '/ask';
  var votedKey = 'fd-ask-voted:' + api;
  var voted = {};
  try { voted = JSON.parse(FD.storageGet(votedKey) || '{}') || {}; } catch (e) { /* a fresh list */ }
  var main = document.getElementById('main');
  var panes = [document.getElementById('questions'), document.getElementById('kept')];
  var clientId = null, sid = null, on = false;
  var tabs, field, status, sendBtn, list, form, pane;

  function tab(key, pane) {
    return el('button', { type: 'button', 'class': 'tab', 'aria-pressed': 'false', text: t(key), onclick: function () { show(pane); } });
  }
  /** Built on first use, once the strings are loaded. */
  function build() {
    tabs = el('nav', { 'class': 'tabs', 'aria-label': t('ask_tabs'), hidden: true }, [tab('tab_questions', false), tab('tab_ask', true)]);
    field = el('textarea', { id: 'ask-text', maxlength: '300', rows: '3' });
    status = el('p', { 'class': 'ask-status', role: 'status' });
    sendBtn = el('button', { type: 'submit', 'class': 'btn', text: t('ask_send') });
    list = el('ul', { 'class': 'ask-list' });
    form = el('form', { 'class': 'card', onsubmit: send }, [
      el('label', { 'class': 'field-label', 'for': 'ask-text', text: t('ask_label') }), field, sendBtn, status]);
    pane = el('section', { id: 'ask', 'aria-label': t('tab_ask'), hidden: true }, [form, list]);
    main.insertBefore(tabs, panes[0]);
    main.appendChild(pane);
  }

  function show(asking) {
    tabs.children[0].setAttribute('aria-pressed', String(!asking));
    tabs.children[1].setAttribute('aria-pressed', String(asking));
    pane.hidden = !asking;
    panes.forEach(function (p) { if (p) p.hidden = asking; });
  }

  function send(event) {
    event.preventDefault();
    var text = field.value.trim();
    if (!text) { status.textContent = t('ask_empty'); return; }
    sid = sid || FD.uuid4();  // the same id on a retry: the server stores it once
    sendBtn.disabled = true;
    FD.request(api, { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ submission_id: sid, client_id: clientId, text: text }) })
      .then(function (reply) {
        if (reply.status === 201 || reply.status === 200) { field.value = ''; sid = null; status.textContent = t('ask_sent'); }
        else status.textContent = reply.status === 409 ? t('ask_closed') : FD.refusal(reply.data) || t('ask_offline');
      }, function () { status.textContent = t('ask_offline'); })
      .then(function () { sendBtn.disabled = false; FD.announce(status.textContent); });
  }

  function upvote(item) {
    FD.request(api + '/' + item.id + '/upvote', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ client_id: clientId }) }).then(function (reply) {
      if (reply.status === 201 || reply.status === 200) {
        voted[item.id] = 1;
        FD.storageSet(votedKey, JSON.stringify(voted));
        if (reply.status === 201) { item.votes += 1; FD.announce(t('ask_voted')); }
        render(last);
      }
    }, function () { FD.announce(t('ask_offline')); });
  }

  var last = null;
  function render(ask) {
    last = ask;
    var focused = document.activeElement && document.activeElement.getAttribute('data-id');
    FD.clear(list);
    if (!ask.items.length) list.appendChild(el('li', { 'class': 'ask-none', text: t('ask_none') }));
    ask.items.forEach(function (item) {
      var mine = !!voted[item.id];
      list.appendChild(el('li', { 'class': item.answered ? 'ask-item answered' : 'ask-item' }, [
        el('p', { text: item.text }),
        item.answered ? el('strong', { 'class': 'badge', text: t('ask_answered') }) : null,
        el('button', { type: 'button', 'class': 'vote', 'data-id': item.id, 'aria-pressed': String(mine),
          'aria-label': FD.tn('ask_upvote', item.votes), onclick: mine ? null : function () { upvote(item); } },
          '▲ ' + item.votes)
      ]));
    });
    if (focused) { var again = list.querySelector('[data-id="' + focused + '"]'); if (again) again.focus(); }
    form.hidden = !ask.open;
  }

  FD.ask = function (ask, id) {
    clientId = id;
    var now = !!(ask && ask.items);
    if (now && !tabs) build();
    if (tabs) tabs.hidden = !now;
    if (now !== on) { on = now; show(false); }
    if (now) render(ask);
  };
})();
