/** The page's inline style and script: nothing is fetched, no font is downloaded. */

/** One colour per plugin (record key); keys beyond these cycle through the list. */
export const PLUGIN_COLOURS: Readonly<Record<string, string>> = {
  case: '#ffd54f',
  credentials: '#81d4fa',
  dates: '#a5d6a7',
  items: '#ffab91',
  citations: '#ce93d8',
  rationale: '#fff59d',
};

export const EXTRA_COLOURS = ['#b0bec5', '#bcaaa4', '#80cbc4', '#f48fb1', '#e6ee9c'];

export const STYLE = `
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1d1d1f; background: #f4f4f6; }
header.page { padding: 12px 20px; background: #263238; color: #fff; }
header.page h1 { margin: 0; font-size: 18px; }
header.page p { margin: 4px 0 0; color: #cfd8dc; }
.legend span { display: inline-block; margin-right: 10px; padding: 0 6px; border-radius: 3px; color: #1d1d1f; }
section.letter { margin: 16px 20px; background: #fff; border: 1px solid #d0d0d6; border-radius: 6px; }
section.letter > h2 { margin: 0; padding: 10px 14px; font-size: 15px; border-bottom: 1px solid #e0e0e6; }
section.letter > h2 small { color: #666; font-weight: normal; }
.columns { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); }
pre.text { margin: 0; padding: 14px; white-space: pre-wrap; word-wrap: break-word; font: 13px/1.5 ui-monospace, Menlo, Consolas, monospace; border-right: 1px solid #e0e0e6; max-height: 80vh; overflow: auto; }
pre.text mark { color: inherit; border-radius: 2px; cursor: pointer; }
pre.text mark.empty { display: inline-block; width: 4px; height: 1em; vertical-align: text-bottom; }
pre.text mark.wrong { outline: 2px solid #d32f2f; }
pre.text mark.extra { outline: 2px dashed #ef6c00; }
pre.text mark.on { box-shadow: 0 0 0 2px #1565c0; background: #90caf9 !important; }
.record { padding: 10px 14px; max-height: 80vh; overflow: auto; }
.record h3 { margin: 12px 0 4px; font-size: 13px; text-transform: uppercase; letter-spacing: .04em; color: #555; }
.record table { border-collapse: collapse; width: 100%; font-size: 12.5px; }
.record td { padding: 2px 6px; border-bottom: 1px solid #eee; vertical-align: top; }
.record td.ptr { font-family: ui-monospace, Menlo, Consolas, monospace; color: #444; white-space: nowrap; }
.record tr[data-span] { cursor: pointer; }
.record tr[data-span]:hover, .record tr.on { background: #e3f2fd; }
.record tr.wrong td.value::after { content: " \\2717 expected " attr(data-expected); color: #c62828; }
.record tr.extra td.value::after { content: " (not in golden)"; color: #ef6c00; }
.record tr.right td.value::after { content: " \\2713"; color: #2e7d32; }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 6px; }
.detail { position: sticky; top: 0; background: #fffde7; border: 1px solid #f0e6a0; border-radius: 4px; padding: 6px 8px; font-size: 12.5px; min-height: 2.2em; }
.detail code { font-family: ui-monospace, Menlo, Consolas, monospace; }
ul.missed { margin: 0; padding-left: 18px; color: #c62828; font-size: 12.5px; }
ul.issues { margin: 0; padding-left: 18px; font-size: 12.5px; }
`;

/**
 * Clicking a highlight shows the pointers and values behind it; hovering a
 * record row lights up its span and hovering a highlight lights up its rows.
 * Every value is written with textContent, never as markup.
 */
export const SCRIPT = `
(function () {
  var letters = JSON.parse(document.getElementById('review-data').textContent);
  function section(el) { return el.closest('section.letter'); }
  function spanIds(el) { return (el.getAttribute('data-spans') || '').split(' ').filter(Boolean); }
  function light(sec, ids, on) {
    ids.forEach(function (id) {
      sec.querySelectorAll('[data-spans~="' + id + '"], tr[data-span="' + id + '"]').forEach(function (node) { node.classList.toggle('on', on); });
    });
  }
  function show(sec, ids) {
    var letter = letters[Number(sec.getAttribute('data-letter'))];
    var box = sec.querySelector('.detail');
    box.textContent = '';
    ids.forEach(function (id) {
      var entry = letter.spans[Number(id)];
      var line = document.createElement('div');
      var code = document.createElement('code');
      code.textContent = entry.pointer;
      line.appendChild(code);
      line.appendChild(document.createTextNode(' = ' + JSON.stringify(entry.value) + (entry.expected !== undefined ? '  (golden: ' + JSON.stringify(entry.expected) + ')' : '')));
      box.appendChild(line);
    });
  }
  document.addEventListener('click', function (event) {
    var target = event.target.closest('[data-spans], tr[data-span]');
    if (!target) return;
    var sec = section(target);
    var ids = target.hasAttribute('data-spans') ? spanIds(target) : [target.getAttribute('data-span')];
    show(sec, ids);
    if (!target.hasAttribute('data-spans')) {
      var mark = sec.querySelector('[data-spans~="' + ids[0] + '"]');
      if (mark) mark.scrollIntoView({ block: 'center' });
    }
  });
  ['mouseover', 'mouseout'].forEach(function (type) {
    document.addEventListener(type, function (event) {
      var target = event.target.closest('[data-spans], tr[data-span]');
      if (!target) return;
      var ids = target.hasAttribute('data-spans') ? spanIds(target) : [target.getAttribute('data-span')];
      light(section(target), ids, type === 'mouseover');
    });
  });
})();
`;
