// Keyboard navigation between changes: j or n for the next, k or p for the previous.
// Optional: the page reads fine without it. Admitted by the page's CSP hash; no network, no eval.
// Only changes on screen count: a page showing one of several diffs sends "palimpsest:shown" to the
// document when it switches, and the count starts over.
(function () {
  "use strict";
  var nav = document.getElementById("nav");
  var pos = document.getElementById("pos");
  if (!nav || !pos || !document.querySelector(".row.chg")) {
    return;
  }
  var rows = [];
  var current = -1;

  function visible(el) {
    return el.getClientRects().length > 0;
  }

  function recount() {
    if (current >= 0 && rows[current]) {
      rows[current].classList.remove("current");
    }
    rows = Array.prototype.filter.call(document.querySelectorAll(".row.chg"), visible);
    current = -1;
    nav.hidden = rows.length === 0;
    pos.textContent = rows.length + (rows.length === 1 ? " change" : " changes");
  }

  // The row scrolled to sits this far below the top (its scroll-margin clears the sticky header).
  function edge(row) {
    return parseFloat(getComputedStyle(row).scrollMarginTop) || 0;
  }

  // Continue from the row we last jumped to if it is still where we left it; otherwise from
  // wherever the reader has scrolled or clicked to.
  function pick(step) {
    if (current >= 0 && Math.abs(rows[current].getBoundingClientRect().top - edge(rows[current])) < 4) {
      return Math.min(rows.length - 1, Math.max(0, current + step));
    }
    var i;
    if (step > 0) {
      for (i = 0; i < rows.length; i++) {
        if (rows[i].getBoundingClientRect().top > edge(rows[i]) + 4) {
          return i;
        }
      }
      return rows.length - 1;
    }
    for (i = rows.length - 1; i >= 0; i--) {
      if (rows[i].getBoundingClientRect().top < edge(rows[i]) - 4) {
        return i;
      }
    }
    return 0;
  }

  function go(step) {
    if (!rows.length) {
      return;
    }
    if (current >= 0) {
      rows[current].classList.remove("current");
    }
    current = pick(step);
    var row = rows[current];
    row.classList.add("current");
    row.tabIndex = -1;
    row.scrollIntoView({ block: "start" });
    row.focus({ preventScroll: true });
    pos.textContent = "Change " + (current + 1) + " of " + rows.length;
  }

  document.getElementById("next").addEventListener("click", function () { go(1); });
  document.getElementById("prev").addEventListener("click", function () { go(-1); });
  document.addEventListener("palimpsest:shown", recount);
  document.addEventListener("keydown", function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey || e.isComposing) {
      return;
    }
    var t = e.target;
    if (t && (t.isContentEditable || t.tagName === "TEXTAREA" || t.tagName === "SELECT"
        || (t.tagName === "INPUT" && t.type !== "checkbox"))) {
      return;
    }
    if (e.key === "j" || e.key === "n") {
      go(1);
      e.preventDefault();
    } else if (e.key === "k" || e.key === "p") {
      go(-1);
      e.preventDefault();
    }
  });
  recount();
}());
