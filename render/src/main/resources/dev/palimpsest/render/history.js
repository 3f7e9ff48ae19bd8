// History page: pick the diff and the blame shown, and open a sentence's history beside the text.
// Without this script every diff and every blame is shown in turn and sentence histories open by
// :target. Admitted by the page's CSP hash; no network, no eval.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  function each(selector, fn) {
    Array.prototype.forEach.call(document.querySelectorAll(selector), fn);
  }

  function byId(id) {
    try {
      return document.getElementById(decodeURIComponent(id));
    } catch (e) {
      return null;
    }
  }

  // ---- Diffs: one shown at a time, picked with two selects among the pairs on the page. ----
  var from = document.getElementById("from");
  var to = document.getElementById("to");
  var note = document.getElementById("pick-note");
  var noteText = note ? note.textContent : "";

  function diffPanel(f, t) {
    return byId("d" + f + "-" + t);
  }

  function showDiff(f, t, explain) {
    var panel = diffPanel(f, t);
    if (!panel) {
      return;
    }
    each(".panel.diff", function (p) { p.hidden = p !== panel; });
    from.value = String(f);
    to.value = String(t);
    if (note) {
      note.textContent = explain || noteText;
    }
    document.dispatchEvent(new Event("palimpsest:shown"));
  }

  function name(v) {
    return "v" + v;
  }

  if (from && to) {
    from.closest(".pick").hidden = false;
    from.addEventListener("change", function () {
      var f = +from.value;
      var t = +to.value;
      if (t > f && diffPanel(f, t)) {
        showDiff(f, t);
      } else {
        showDiff(f, f + 1, t > f ? name(f) + " \u2192 " + name(t) + " is not on this page; showing "
            + name(f) + " \u2192 " + name(f + 1) + "." : "");
      }
    });
    to.addEventListener("change", function () {
      var f = +from.value;
      var t = +to.value;
      if (f < t && diffPanel(f, t)) {
        showDiff(f, t);
      } else {
        showDiff(t - 1, t, f < t ? name(f) + " \u2192 " + name(t) + " is not on this page; showing "
            + name(t - 1) + " \u2192 " + name(t) + "." : "");
      }
    });
    showDiff(+from.value, +to.value);
  }

  // ---- Blame: one version at a time. ----
  var version = document.getElementById("blame-version");

  function showBlame(v) {
    var panel = byId("blame-" + v);
    if (!panel) {
      return;
    }
    each(".panel.blame", function (p) { p.hidden = p !== panel; });
    version.value = String(v);
  }

  if (version) {
    version.closest(".pick").hidden = false;
    version.addEventListener("change", function () { showBlame(version.value); });
    showBlame(version.value);
  }

  // ---- Sentence histories, beside the text (below it on a phone). ----
  var threads = document.getElementById("threads");
  var selected = null;

  function showThread(thread, sentence) {
    each(".thread.shown", function (t) { t.classList.remove("shown"); });
    thread.classList.add("shown");
    threads.classList.add("open");
    if (selected) {
      selected.classList.remove("sel");
      selected.removeAttribute("aria-current");
    }
    selected = sentence;
    var back = thread.querySelector(".back a");
    if (sentence) {
      sentence.classList.add("sel");
      sentence.setAttribute("aria-current", "true");
      if (back) {
        back.setAttribute("href", "#" + sentence.id);
      }
    }
    threads.scrollTop = 0;
    var beside = getComputedStyle(threads).position === "sticky";
    thread.focus({ preventScroll: beside });
    if (!beside) {
      thread.scrollIntoView({ block: "start" });
    }
  }

  // Shows whatever holds el (a diff or a blame panel) so that a link to it lands on something visible.
  function reveal(el) {
    var panel = el.closest(".panel");
    if (!panel || !panel.hidden) {
      return;
    }
    if (panel.classList.contains("diff")) {
      showDiff(+panel.getAttribute("data-from"), +panel.getAttribute("data-to"));
    } else if (panel.classList.contains("blame")) {
      showBlame(panel.getAttribute("data-version"));
    }
  }

  document.addEventListener("click", function (e) {
    if (e.defaultPrevented || e.button !== 0 || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) {
      return;
    }
    var a = e.target.closest ? e.target.closest("a[href^='#']") : null;
    if (!a) {
      return;
    }
    var target = byId(a.getAttribute("href").slice(1));
    if (!target) {
      return;
    }
    if (target.classList.contains("thread")) {
      e.preventDefault();
      showThread(target, a.classList.contains("bl") ? a : selected);
      return;
    }
    // The browser scrolls to the target once this handler is done: make it visible first.
    reveal(target);
  });

  function fromHash() {
    var target = location.hash.length > 1 ? byId(location.hash.slice(1)) : null;
    if (!target) {
      return;
    }
    if (target.classList.contains("thread")) {
      showThread(target, null);
      return;
    }
    if (target.closest(".panel") && target.closest(".panel").hidden) {
      reveal(target);
      target.scrollIntoView({ block: "start" });
    }
  }

  window.addEventListener("hashchange", fromHash);
  fromHash();
}());
