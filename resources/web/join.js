/* forumdesk code page (served at /): the attendee types the code shown on the projector
   (6 characters, case and spaces ignored); we check it exists, then go to /j/{CODE}. */
(function () {
  'use strict';

  var FD = window.FD;
  var t = FD.t;
  var CODE_LENGTH = 6;

  var form = document.getElementById('join-form');
  var input = document.getElementById('code');
  var errorEl = document.getElementById('code-error');
  var button = document.getElementById('join-button');
  var busy = false;

  function showError(message) {
    errorEl.textContent = message;
    errorEl.hidden = !message;
    input.setAttribute('aria-invalid', message ? 'true' : 'false');
    if (message) input.focus();
  }

  function setBusy(value) {
    busy = value;
    button.textContent = value ? t('checking') : t('join_button');
    button.setAttribute('aria-busy', value ? 'true' : 'false');
  }

  input.addEventListener('input', function () {
    if (!errorEl.hidden) showError('');
  });

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (busy) return;
    var code = FD.normaliseCode(input.value);
    if (!code) { showError(t('code_empty')); return; }
    if (code.length !== CODE_LENGTH || !/^[A-Z0-9]+$/.test(code)) {
      showError(t('code_bad_length', { n: CODE_LENGTH }));
      return;
    }
    setBusy(true);
    // With a time limit: on a Wi-Fi that silently drops packets the button would stay "Checking…".
    FD.request('/api/f/' + encodeURIComponent(code) + '/state', { cache: 'no-store' }, 10000)
      .then(function (res) {
        setBusy(false);
        if (res.status === 200) {
          location.assign('/j/' + encodeURIComponent(code));
        } else if (res.status === 404) {
          showError(t('code_unknown', { code: code }));
        } else if (res.status === 429) {
          showError(t('code_busy'));
        } else {
          showError(t('err_generic'));
        }
      }, function () {
        setBusy(false);
        showError(t('code_offline'));
      });
  });

  FD.loadStrings().then(function () {
    // A code in the address (?code=ABC123) fills the box, for links typed by hand.
    var match = /[?&]code=([^&]*)/.exec(location.search);
    if (match) input.value = FD.normaliseCode(decodeURIComponent(match[1]));
  });
})();
