/* forumdesk phone pages: what both pages share.
   - strings in the phone's language (i18n/<lang>.json, English fallback, cached for offline use)
   - a DOM builder that only ever inserts text with textContent (never innerHTML)
   - a screen-reader announcer and a uuid4 that works outside secure contexts
   Plain ES2017, no build step, no framework. */
(function () {
  'use strict';

  var SUPPORTED = ['en', 'fr'];
  var strings = {};
  var language = 'en';

  function pickLanguage() {
    var wanted = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'en'];
    for (var i = 0; i < wanted.length; i++) {
      var primary = String(wanted[i] || '').toLowerCase().split('-')[0];
      if (SUPPORTED.indexOf(primary) >= 0) return primary;
    }
    return 'en';
  }

  function storageGet(key) {
    try { return window.localStorage.getItem(key); } catch (e) { return null; }
  }

  function storageSet(key, value) {
    try { window.localStorage.setItem(key, value); return true; } catch (e) { return false; }
  }

  function loadTable(lang) {
    var cacheKey = 'fd:i18n:' + lang;
    return request('/static/i18n/' + lang + '.json', { cache: 'no-cache' }, 8000)
      .then(function (res) {
        if (res.status !== 200 || !res.data) throw new Error('HTTP ' + res.status);
        return res.data;
      })
      .then(function (table) {
        storageSet(cacheKey, JSON.stringify(table));
        return table;
      })
      .catch(function () {
        // Offline or the laptop restarting: use the copy saved on a previous visit.
        var cached = storageGet(cacheKey);
        try { return cached ? JSON.parse(cached) : {}; } catch (e) { return {}; }
      });
  }

  /** Load English plus the phone's language (if another one is supported), then translate the page. */
  function loadStrings() {
    language = pickLanguage();
    var langs = language === 'en' ? ['en'] : ['en', language];
    return Promise.all(langs.map(loadTable)).then(function (tables) {
      strings = Object.assign.apply(Object, [{}].concat(tables));
      document.documentElement.lang = language;
      translateStatic(document);
      return language;
    });
  }

  /** A translated string; {name} placeholders are replaced by vars.name. */
  function t(key, vars) {
    var text = Object.prototype.hasOwnProperty.call(strings, key) ? strings[key] : key;
    if (vars) {
      text = text.replace(/\{(\w+)\}/g, function (whole, name) {
        return Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole;
      });
    }
    return text;
  }

  /** Plural-aware: uses key_one / key_other. French counts 0 and 1 as singular. */
  function tn(key, n, vars) {
    var one = language === 'fr' ? n < 2 : n === 1;
    var all = Object.assign({ n: n }, vars || {});
    return t(key + (one ? '_one' : '_other'), all);
  }

  /** Elements marked data-i18n="key" get their text; data-i18n-attr="attr:key;attr:key" their attributes. */
  function translateStatic(root) {
    var nodes = root.querySelectorAll('[data-i18n]');
    for (var i = 0; i < nodes.length; i++) {
      var key = nodes[i].getAttribute('data-i18n');
      if (Object.prototype.hasOwnProperty.call(strings, key)) nodes[i].textContent = strings[key];
    }
    var withAttrs = root.querySelectorAll('[data-i18n-attr]');
    for (var j = 0; j < withAttrs.length; j++) {
      var pairs = withAttrs[j].getAttribute('data-i18n-attr').split(';');
      for (var k = 0; k < pairs.length; k++) {
        var parts = pairs[k].split(':');
        if (parts.length === 2 && Object.prototype.hasOwnProperty.call(strings, parts[1])) {
          withAttrs[j].setAttribute(parts[0], strings[parts[1]]);
        }
      }
    }
    if (root.documentElement && root.documentElement.hasAttribute('data-title')) {
      document.title = t(root.documentElement.getAttribute('data-title'));
    }
  }

  /** el('p', {class: 'x'}, ['text', childNode]) — strings become text nodes, so nothing is parsed as HTML. */
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (name) {
        var value = attrs[name];
        if (value === null || value === undefined || value === false) return;
        if (name === 'text') node.textContent = value;
        else if (name.slice(0, 2) === 'on' && typeof value === 'function') node.addEventListener(name.slice(2), value);
        else node.setAttribute(name, value === true ? '' : String(value));
      });
    }
    append(node, children);
    return node;
  }

  function append(node, children) {
    if (children === null || children === undefined) return node;
    if (!Array.isArray(children)) children = [children];
    children.forEach(function (child) {
      if (child === null || child === undefined || child === false) return;
      node.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
    });
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  var announceTimer = null;
  /** Say something to screen readers through the page's polite live region. */
  function announce(message) {
    var region = document.getElementById('announcer');
    if (!region) return;
    // Emptying first makes a repeated sentence ("Sent") be read again.
    region.textContent = '';
    if (announceTimer) clearTimeout(announceTimer);
    announceTimer = setTimeout(function () { region.textContent = message; }, 60);
  }

  function hex(bytes) {
    var out = '';
    for (var i = 0; i < bytes.length; i++) out += (bytes[i] + 0x100).toString(16).slice(1);
    return out;
  }

  /** A random uuid4. crypto.randomUUID only exists in secure contexts, and the phone page is
      served over plain http on the LAN, so build one from getRandomValues when it is missing. */
  function uuid4() {
    var c = window.crypto || window.msCrypto;
    if (c && typeof c.randomUUID === 'function') {
      try { return c.randomUUID(); } catch (e) { /* fall through */ }
    }
    var b = new Uint8Array(16);
    if (c && typeof c.getRandomValues === 'function') c.getRandomValues(b);
    else for (var i = 0; i < 16; i++) b[i] = Math.floor(Math.random() * 256);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = hex(b);
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  /** fetch with a time limit (AbortController): a request stuck on a dead Wi-Fi link fails after
      `timeoutMs` instead of hanging for minutes, so the caller can retry. Resolves to
      {status, headers, data} where data is the parsed JSON body or null. */
  function request(url, options, timeoutMs) {
    var opts = Object.assign({ credentials: 'same-origin' }, options || {});
    var ctrl = window.AbortController ? new AbortController() : null;
    var timer = null;
    if (ctrl) {
      opts.signal = ctrl.signal;
      timer = setTimeout(function () { ctrl.abort(); }, timeoutMs || 10000);
    }
    var done = function () { if (timer) clearTimeout(timer); };
    return fetch(url, opts).then(function (res) {
      // The limit also covers reading the body, which can stall as well.
      return res.json().catch(function () { return null; }).then(function (data) {
        done();
        return { status: res.status, headers: res.headers, data: data };
      });
    }).catch(function (err) { done(); throw err; });
  }

  /** Join codes: case and spaces do not matter. */
  function normaliseCode(text) {
    return String(text || '').replace(/\s+/g, '').toUpperCase();
  }

  // Show focus rings for keyboard users on browsers without :focus-visible.
  try { document.querySelector(':focus-visible'); } catch (e) { document.documentElement.className += ' js-focus'; }

  window.FD = {
    t: t,
    tn: tn,
    el: el,
    append: append,
    clear: clear,
    announce: announce,
    uuid4: uuid4,
    loadStrings: loadStrings,
    language: function () { return language; },
    storageGet: storageGet,
    storageSet: storageSet,
    normaliseCode: normaliseCode,
    request: request
  };
})();
