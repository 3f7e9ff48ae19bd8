// Site-wide keys: "/" jumps to the search box. Optional; nothing depends on it. Served from /assets/,
// admitted by the Content-Security-Policy's script-src 'self'; no network, no eval.
(function () {
  "use strict";
  document.addEventListener("keydown", function (e) {
    if (e.key !== "/" || e.altKey || e.ctrlKey || e.metaKey || e.isComposing) {
      return;
    }
    var t = e.target;
    if (t && (t.isContentEditable || t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT")) {
      return;
    }
    var box = document.getElementById("site-q");
    if (box) {
      e.preventDefault();
      box.focus();
      box.select();
    }
  });
}());
