// 大字模式 (large text, higher contrast) that stays across pages. Loaded as a classic script in <head> so the
// mode is set before the page paints; an external file, so a strict Content-Security-Policy still holds.
(function () {
  var KEY = 'mz-display';
  var root = document.documentElement;

  function stored() {
    try { return localStorage.getItem(KEY); } catch (e) { return null; }
  }

  function apply(mode) {
    if (mode === 'large') root.dataset.display = 'large';
    else delete root.dataset.display;
    var button = document.getElementById('display-toggle');
    if (button) button.setAttribute('aria-pressed', mode === 'large' ? 'true' : 'false');
  }

  apply(stored());

  // The button is hidden in the HTML: without this script it could not work, so it is only shown here.
  document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('display-toggle');
    if (!button) return;
    apply(stored());
    button.hidden = false;
    button.addEventListener('click', function () {
      var next = root.dataset.display === 'large' ? 'normal' : 'large';
      try { localStorage.setItem(KEY, next); } catch (e) { /* private mode: the choice lasts for this page only */ }
      apply(next);
      document.dispatchEvent(new CustomEvent('mz-display'));
    });
  });
})();
