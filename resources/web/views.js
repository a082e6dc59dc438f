/* forumdesk attendee page: the pieces of the screen, built from a question and plain data.
   No state and no network here (attendee.js owns those); every string from the facilitator or
   an attendee goes in as text through FD.el, never as HTML. */
(function () {
  'use strict';

  var FD = window.FD;
  var t = FD.t;
  var el = FD.el;

  /** Rating buttons in even rows of at most 5 (narrow phones) or 6 (360 px and up) so every
      button stays at least 44 px wide; app.css picks the column count by screen width. */
  function ratingRow(buttons) {
    var row = el('div', { 'class': 'rating' }, buttons);
    var n = buttons.length;
    row.style.setProperty('--cols-narrow', String(Math.ceil(n / Math.ceil(n / 5))));
    row.style.setProperty('--cols-wide', String(Math.ceil(n / Math.ceil(n / 6))));
    return row;
  }

  function statusBox(entry) {
    var kind, icon, title, detail;
    if (entry.status === 'sent') {
      kind = 'sent'; icon = '✓'; title = t('sent'); detail = t('sent_detail');
    } else if (entry.status === 'failed') {
      kind = 'failed'; icon = '!'; title = t('failed'); detail = entry.error || t('err_generic');
    } else if (!(entry.attempts > 0)) {
      kind = 'waiting-send'; icon = '…'; title = t('sending'); detail = '';
    } else {
      kind = 'waiting-send'; icon = '↻'; title = t('waiting_send'); detail = t('waiting_send_detail');
    }
    return el('div', { 'class': 'status ' + kind, role: 'status', tabindex: '-1', 'data-status': entry.status }, [
      el('span', { 'class': 'icon', 'aria-hidden': 'true', text: icon }),
      el('span', null, [title, detail ? el('small', { text: detail }) : null])
    ]);
  }

  function yourAnswers(done) {
    return el('div', { 'class': 'yours' }, [
      el('h3', { text: t(done.length > 1 ? 'your_answers' : 'your_answer') }),
      el('ul', null, done.map(function (e) {
        return el('li', { dir: 'auto' }, [
          e.shown,
          done.length < 2 ? null : el('span', { 'class': 'mini ' + (e.status === 'sent' ? 'sent' : 'waiting-send'), text: e.status === 'sent' ? t('sent') : t('waiting_send') })
        ]);
      }))
    ]);
  }

  // ------------------------------------------------------------------ one view per kind

  /* Every kind of question the page can answer has one entry in KINDS (at the end of this file):
       label                 the i18n key of the kind's name above the prompt
       severalAnswers        may one phone send more than one answer (the server refuses a second
                             vote on choice and rating questions)
       describe(q, body)     what the attendee sent, as one readable line (choices on separate lines)
       failedValue(q, entry) the draft an answer that could not be sent leaves in the form
       form(q, initial, form, ctx, hooks) adds the inputs to `form` (ctx: the ids base, prompt and
                             error, and recheck() to call after each change the form does not
                             see); returns { read, tooLong }: read() gives { payload } or
                             { error, focus }, tooLong() a sentence while the input is past its limit
       results(q, data, mine, box) adds the revealed results to `box`
     Adding a question kind to forumdesk adds its entry there, usually built by one of the
     functions below (a kind of its own, with its own view, is written the same way). */

  function textView(isWords) {
    return {
      label: isWords ? 'kind_words' : 'kind_text',
      severalAnswers: true,
      describe: function (q, body) { return body.text; },
      failedValue: function (q, entry) { return entry.body.text; },
      form: function (q, initial, form, ctx, hooks) {
        var max = q.max_length || (isWords ? 40 : 500);
        var maxWords = q.max_words || 3;
        var hintId = ctx.base + '-hint';
        var countId = ctx.base + '-count';
        var field = el(isWords ? 'input' : 'textarea', {
          // No maxlength: the browser would cut a long paste mid-word without a word. The count turns
          // red and a sentence says how to fix it; nothing the attendee wrote is thrown away.
          id: ctx.base + '-field', name: 'answer', type: isWords ? 'text' : null,
          autocomplete: 'off', autocapitalize: 'sentences', spellcheck: 'true', enterkeyhint: 'send', dir: 'auto',
          rows: isWords ? null : 5, 'aria-describedby': hintId + ' ' + countId + ' ' + ctx.error
        });
        field.value = typeof initial === 'string' ? initial : '';
        var countEl = el('span', { 'class': 'count', id: countId });
        var lastBand = null;
        var updateCount = function () {
          var value = field.value;
          if (isWords) {
            var n = value.trim() ? value.trim().split(/\s+/).length : 0;
            countEl.textContent = t('words_count', { n: n, max: maxWords });
            countEl.className = 'count' + (n > maxWords ? ' over' : '');
          } else {
            var left = max - value.length;
            countEl.textContent = t('chars_count', { n: value.length, max: max });
            countEl.className = 'count' + (left <= 0 ? ' over' : left <= 20 ? ' near' : '');
            // Announce only when nearing the limit, not at every keystroke.
            var band = left <= 0 ? 0 : left <= 20 ? 20 : null;
            if (band !== lastBand && band !== null) FD.announce(t('chars_left', { n: left }));
            lastBand = band;
          }
        };
        field.addEventListener('input', function () {
          hooks.draft(field.value);
          updateCount();
          ctx.recheck();
        });
        var tooLong = function () {
          return field.value.trim().length > max ? t('err_over_limit', { max: max }) : '';
        };
        updateCount();
        FD.append(form, [
          el('label', { 'class': 'field-label', 'for': field.id, text: t(isWords ? 'your_words' : 'your_answer') }),
          field,
          el('div', { 'class': 'hintrow' }, [
            el('span', { id: hintId, text: isWords ? FD.tn('words_hint', maxWords) : t('text_hint') }),
            countEl
          ])
        ]);
        return {
          tooLong: tooLong,
          read: function () {
            var text = field.value.trim();
            if (!text) return { error: t('err_empty'), focus: field };
            if (isWords && text.split(/\s+/).length > maxWords) return { error: FD.tn('err_words', maxWords), focus: field };
            if (tooLong()) return { error: tooLong(), focus: field };
            return { payload: { text: text } };
          }
        };
      },
      results: textResults
    };
  }

  function choiceView(multi) {
    return {
      label: multi ? 'kind_multiple' : 'kind_single',
      describe: function (q, body) {
        var choices = q.choices || [];
        return body.choices.map(function (i) { return choices[i]; }).join('\n');
      },
      failedValue: function (q, entry) { return entry.body.choices; },
      form: function (q, initial, form, ctx, hooks) {
        var chosen = Array.isArray(initial) ? initial : [];
        var inputs = [];
        var options = (q.choices || []).map(function (choice, index) {
          var input = el('input', {
            type: multi ? 'checkbox' : 'radio', name: ctx.base + '-choice', value: index, id: ctx.base + '-c' + index,
            'aria-describedby': ctx.error
          });
          input.checked = chosen.indexOf(index) >= 0;
          inputs.push(input);
          return el('label', { 'class': 'option', 'for': input.id }, [input, el('span', { text: choice })]);
        });
        var group = el('fieldset', { 'aria-labelledby': ctx.prompt }, [
          el('legend', { 'class': 'sr-only', text: multi ? t('kind_multiple') : t('kind_single') }),
          el('div', { 'class': 'options' }, options)
        ]);
        group.addEventListener('change', function () {
          hooks.draft(inputs.filter(function (i) { return i.checked; }).map(function (i) { return Number(i.value); }));
        });
        form.appendChild(group);
        return {
          read: function () {
            var picked = inputs.filter(function (i) { return i.checked; }).map(function (i) { return Number(i.value); });
            if (!picked.length) return { error: t(multi ? 'err_pick_some' : 'err_pick'), focus: inputs[0] };
            return { payload: { choices: picked } };
          }
        };
      },
      results: choiceResults
    };
  }

  var ratingView = {
    label: 'kind_rating',
    describe: function (q, body) {
      var scale = q.scale || {};
      var end = body.rating === scale.min ? scale.min_label : body.rating === scale.max ? scale.max_label : '';
      return body.rating + ' / ' + scale.max + (end ? ' — ' + end : '');
    },
    failedValue: function (q, entry) { return entry.body.rating; },
    form: function (q, initial, form, ctx, hooks) {
      var scale = q.scale || { min: 1, max: 5 };
      var lo = Number(scale.min), hi = Number(scale.max);
      var ratingInputs = [];
      var buttons = [];
      for (var v = lo; v <= hi; v++) {
        var endLabel = v === lo ? scale.min_label : v === hi ? scale.max_label : '';
        var rInput = el('input', { type: 'radio', name: ctx.base + '-rating', value: v, id: ctx.base + '-r' + v, 'aria-describedby': ctx.error });
        rInput.checked = initial === v;
        ratingInputs.push(rInput);
        buttons.push(el('label', { 'class': 'option', 'for': rInput.id }, [
          rInput,
          el('span', null, [String(v), endLabel ? el('span', { 'class': 'sr-only', text: ' — ' + endLabel }) : null])
        ]));
      }
      var rGroup = el('fieldset', { 'aria-labelledby': ctx.prompt }, [
        el('legend', { 'class': 'sr-only', text: t('kind_rating') }),
        ratingRow(buttons),
        (scale.min_label || scale.max_label) ? el('div', { 'class': 'ends', 'aria-hidden': 'true' }, [
          el('span', { text: scale.min_label ? lo + ' = ' + scale.min_label : '' }),
          el('span', { text: scale.max_label ? hi + ' = ' + scale.max_label : '' })
        ]) : null
      ]);
      rGroup.addEventListener('change', function () {
        var on = ratingInputs.filter(function (i) { return i.checked; })[0];
        if (on) hooks.draft(Number(on.value));
      });
      form.appendChild(rGroup);
      return {
        read: function () {
          var on = ratingInputs.filter(function (i) { return i.checked; })[0];
          if (!on) return { error: t('err_rating'), focus: ratingInputs[0] };
          return { payload: { rating: Number(on.value) } };
        }
      };
    },
    results: ratingResults
  };

  /** The view of a question's kind, or null when this page cannot answer that kind. */
  function viewOf(q) {
    return Object.prototype.hasOwnProperty.call(KINDS, q.kind) ? KINDS[q.kind] : null;
  }

  /** What the attendee sent, as one readable line (choices on separate lines). */
  function describeAnswer(question, body) {
    var view = viewOf(question);
    return view ? view.describe(question, body) : '';
  }

  /** The i18n key of the kind's name ("Rating", …) shown above the prompt. */
  function kindLabel(q) {
    var view = viewOf(q);
    return view ? view.label : 'kind_text';
  }

  function informs(q) {
    return viewOf(q) === contentView;
  }

  function severalAnswers(q) {
    var view = viewOf(q);
    return Boolean(view && view.severalAnswers);
  }

  function failedValue(q, entry) {
    var view = viewOf(q);
    return view ? view.failedValue(q, entry) : undefined;
  }

  /** The form for question q. `initial` restores a draft; hooks: draft(value) on every change,
      invalid(sentence) when the attendee's input cannot be sent, submit(payload) with the
      answer's text, choices or rating. */
  function buildForm(q, initial, errorText, hooks) {
    var ctx = { base: 'q' + q.id, prompt: 'q' + q.id + '-prompt', error: 'q' + q.id + '-error', recheck: recheck };
    var form = el('form', { 'class': 'answer-form', novalidate: true });
    var errorEl = el('p', { 'class': 'error', id: ctx.error, role: 'alert', hidden: !errorText, text: errorText || '' });
    var view = viewOf(q);
    if (!view) {
      form.appendChild(el('p', { 'class': 'closed-note', text: t('unsupported') }));
      return form;
    }
    var input = view.form(q, initial, form, ctx, hooks);
    var readValue = input.read;
    var tooLong = input.tooLong || function () { return ''; };

    function showError(sentence) {
      hooks.invalid(sentence);
      // Same sentence, same node: an alert that is rewritten on every keystroke would be re-read.
      if (errorEl.textContent !== sentence) errorEl.textContent = sentence;
      errorEl.hidden = !sentence;
    }

    /** After each change: past the limit says so at once (a paste); a message already shown goes
        as soon as the input is fixed, or becomes the one that still applies. */
    function recheck() {
      var over = tooLong();
      if (over) showError(over);
      else if (!errorEl.hidden) showError(readValue().error || '');
    }
    form.addEventListener('change', recheck);

    form.appendChild(errorEl);
    form.appendChild(el('button', { type: 'submit', 'class': 'btn', text: t('send') }));
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var outcome = readValue();
      if (outcome.error) {
        showError(outcome.error);
        if (outcome.focus) outcome.focus.focus();
        return;
      }
      hooks.submit(outcome.payload);
    });
    return form;
  }

  function barList(rows) {
    var top = 0;
    var anyMine = rows.some(function (row) { return row.mine; });
    rows.forEach(function (row) { if (row.count > top) top = row.count; });
    var list = el('ul', { 'class': 'bars' }, rows.map(function (row) {
      var fill = el('div', { 'class': 'bar-fill' });
      fill.style.width = (top ? Math.round(100 * row.count / top) : 0) + '%';
      return el('li', { 'class': row.mine ? 'bar-mine' : null }, [
        el('div', { 'class': 'bar-head' }, [
          el('span', null, [row.label, row.mine ? el('span', { 'class': 'sr-only', text: ' (' + t('your_choice') + ')' }) : null,
            row.mine ? ' ★' : null]),
          el('b', { text: row.extra ? row.count + ' ' + row.extra : String(row.count) })
        ]),
        el('div', { 'class': 'bar-track', 'aria-hidden': 'true' }, fill)
      ]);
    }));
    var wrap = el('div', null, list);
    if (anyMine) wrap.appendChild(el('p', { 'class': 'legend', 'aria-hidden': 'true', text: '★ ' + t('your_choice') }));
    return wrap;
  }

  function numberList(value) {
    return Array.isArray(value) ? value.map(function (n) { return Number(n) || 0; }) : [];
  }

  function choiceResults(q, data, mine, box) {
    var counts = numberList(data.choice_counts);
    var room = numberList(data.room_counts);
    var picked = [];
    mine.forEach(function (e) { picked = picked.concat(e.body.choices || []); });
    box.appendChild(barList((q.choices || []).map(function (choice, i) {
      var hands = room[i] || 0;
      return {
        label: choice, count: (counts[i] || 0) + hands, mine: picked.indexOf(i) >= 0,
        extra: hands ? '(' + FD.tn('hands', hands) + ')' : ''
      };
    })));
  }

  function ratingResults(q, data, mine, box) {
    var scale = q.scale || { min: 1, max: 5 };
    var dist = data.distribution && typeof data.distribution === 'object' ? data.distribution : {};
    var myRating = mine.length ? mine[mine.length - 1].body.rating : null;
    var rows = [];
    for (var v = Number(scale.min); v <= Number(scale.max); v++) {
      var end = v === scale.min ? scale.min_label : v === scale.max ? scale.max_label : '';
      rows.push({ label: end ? v + ' — ' + end : String(v), count: Number(dist[String(v)]) || 0, mine: myRating === v });
    }
    if (typeof data.mean === 'number') {
      box.appendChild(el('p', { 'class': 'total', text: t('average', { value: data.mean.toLocaleString(FD.language(), { maximumFractionDigits: 1 }) }) }));
    }
    box.appendChild(barList(rows));
  }

  /** A word list (and the texts themselves only if the server chose to send them). */
  function textResults(q, data, mine, box) {
    var texts = Array.isArray(data.texts) ? data.texts : Array.isArray(data.answers) ? data.answers : null;
    if (texts && texts.length) {
      box.appendChild(el('ul', { 'class': 'texts' }, texts.slice(0, 100).map(function (item) {
        return el('li', { dir: 'auto', text: typeof item === 'string' ? item : item && typeof item.text === 'string' ? item.text : '' });
      })));
    }
    var words = Array.isArray(data.words) ? data.words : [];
    if (words.length) {
      box.appendChild(el('ul', { 'class': 'words', 'aria-label': t('words_title') }, words.slice(0, 30).map(function (pair) {
        var word = Array.isArray(pair) ? pair[0] : pair && pair.word;
        var n = Array.isArray(pair) ? pair[1] : pair && pair.count;
        return el('li', null, [String(word), el('b', { text: '×' + n })]);
      })));
    } else if (!texts || !texts.length) {
      box.appendChild(el('p', { 'class': 'total', text: t('no_results_yet') }));
    }
  }

  /** Revealed results, drawn by the question kind's view. `mine` are this phone's sent answers. */
  function buildResults(q, data, mine) {
    var box = el('div', { 'class': 'results', 'aria-labelledby': 'q' + q.id + '-rtitle', role: 'region' }, [
      el('h3', { id: 'q' + q.id + '-rtitle', text: t('results_title') })
    ]);
    var responses = Number(data.responses) || 0;
    box.appendChild(el('p', { 'class': 'total', text: FD.tn('responses', responses) }));
    var view = viewOf(q) || { results: textResults };
    view.results(q, data, mine, box);
    return box;
  }

  /* A content slide: text and image (alt: the title), no answer. */
  var contentView = {
    label: 'kind_content',
    slide: function (q, imageUrl) {
      return [
        q.body ? el('p', { 'class': 'slide-text', text: q.body }) : null,
        q.image ? el('img', { 'class': 'slide-image', src: imageUrl, alt: q.prompt, decoding: 'async' }) : null
      ];
    }
  };

  /* The kinds this page can answer, by the "kind" of the state document (forumdesk.domain.kinds). */
  var KINDS = {
    text: textView(false),
    single: choiceView(false),
    multiple: choiceView(true),
    rating: ratingView,
    words: textView(true),
    content: contentView
  };

  /** 75 -> "1:15" */
  function clock(seconds) {
    var s = Math.max(0, Math.round(seconds));
    return Math.floor(s / 60) + ':' + (s % 60 < 10 ? '0' : '') + (s % 60);
  }

  /** A draft of a question that no longer shows its form: where it went, its text, send or discard. */
  function keptDraft(q, value, hooks) {
    var titleId = 'kept-' + q.id;
    return el('section', { 'class': 'card kept', 'aria-labelledby': titleId, tabindex: '-1', 'data-qid': q.id }, [
      el('h2', { id: titleId, text: t('draft_kept', { n: q.number || '' }) }),
      el('p', { 'class': 'kept-prompt', text: q.prompt || '' }),
      el('p', { 'class': 'kept-text', text: value }),
      el('p', { 'class': 'kept-hint', text: t('draft_kept_hint') }),
      el('div', { 'class': 'kept-actions' }, [
        el('button', { type: 'button', 'class': 'btn', text: t('draft_send'), onclick: hooks.send }),
        el('button', { type: 'button', 'class': 'btn secondary', text: t('draft_discard'), onclick: hooks.discard })
      ])
    ]);
  }

  function questionLabel(entry, questions) {
    var q = questions && questions[entry.qid];
    var number = entry.number || (q && q.number);
    var prompt = entry.prompt || (q && q.prompt) || '';
    return number ? t('question_n', { n: number }) + (prompt ? ' · ' + prompt : '') : prompt;
  }

  /** An answer the server refused for good, for a question no longer on screen: text and reason. */
  function refused(entry) {
    return el('section', { 'class': 'card refused', 'aria-label': t('failed') }, [
      el('p', { 'class': 'qmeta', text: questionLabel(entry, null) }),
      statusBox(entry),
      yourAnswers([entry])
    ]);
  }

  /** The forum has ended: thanks, and what this phone sent, question by question. */
  function ended(entries, questions) {
    var mine = entries.filter(function (e) { return e.status !== 'failed' || e.shown; });
    return el('section', { 'class': 'card ended', 'aria-labelledby': 'ended-title' }, [
      el('h2', { id: 'ended-title', tabindex: '-1', text: t('ended_title') }),
      el('p', { text: t('ended_text') }),
      mine.length ? el('h3', { text: t('ended_yours') }) : el('p', { 'class': 'total', text: t('ended_none') }),
      mine.length ? el('ul', { 'class': 'ended-list' }, mine.map(function (e) {
        var note = e.status === 'sent' ? t('sent') : e.status === 'failed' ? t('failed') + ' — ' + (e.error || t('err_generic')) : t('waiting_send');
        return el('li', { 'class': 'ended-' + e.status }, [
          el('span', { 'class': 'qmeta', text: questionLabel(e, questions) }),
          el('span', { 'class': 'ended-text', dir: 'auto', text: e.shown }),
          el('span', { 'class': 'mini', text: note })
        ]);
      })) : null
    ]);
  }

  FD.views = {
    clock: clock,
    keptDraft: keptDraft,
    refused: refused,
    ended: ended,
    describeAnswer: describeAnswer,
    kindLabel: kindLabel,
    severalAnswers: severalAnswers,
    informs: informs,
    slide: contentView.slide,
    failedValue: failedValue,
    statusBox: statusBox,
    yourAnswers: yourAnswers,
    form: buildForm,
    results: buildResults
  };
})();
