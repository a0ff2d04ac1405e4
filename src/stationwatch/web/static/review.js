// Review in the browser, faster with the keyboard. Everything here only drives the
// server-rendered forms (each a plain POST with its CSRF token), so every page works
// without this file.
(function () {
  "use strict";

  // ---- the queue: j/n next, k/p previous, a accept, r reject, c correct, x pick
  function candidates() {
    return Array.prototype.slice.call(document.querySelectorAll("article.candidate"));
  }

  function current() {
    var active = document.activeElement;
    return active && active.closest ? active.closest("article.candidate") : null;
  }

  function focusAt(index) {
    var all = candidates();
    if (!all.length) { return; }
    var target = all[Math.max(0, Math.min(index, all.length - 1))];
    target.focus();
    target.scrollIntoView({ block: "nearest" });
  }

  function press(article, selector) {
    var button = article.querySelector(selector);
    if (!button) { return; }
    if (button.tagName === "A") { window.location.assign(button.href); return; }
    button.form.requestSubmit(button);
  }

  function typing(event) {
    var target = event.target;
    var tag = target && target.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (target && target.isContentEditable);
  }

  function onQueueKey(event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event)) { return; }
    var all = candidates();
    var here = current();
    var index = here ? all.indexOf(here) : -1;
    var handled = true;
    switch (event.key) {
      case "j": case "n": focusAt(index + 1); break;
      case "k": case "p": focusAt(index < 0 ? 0 : index - 1); break;
      case "a": if (here) { press(here, "button.do-accept"); } break;
      case "r": if (here) { press(here, "button.do-reject"); } break;
      case "c": if (here) { press(here, "a.do-correct"); } break;
      case "x": if (here) { var box = here.querySelector("input.pick"); if (box) { box.checked = !box.checked; } } break;
      default: handled = false;
    }
    if (handled) { event.preventDefault(); }
  }

  function startQueue() {
    if (!document.getElementById("queue")) { return; }
    document.addEventListener("keydown", onQueueKey);
    var wanted = window.location.hash ? document.getElementById(window.location.hash.slice(1)) : null;
    if (wanted && wanted.matches("article.candidate")) { wanted.focus(); } else { focusAt(0); }
  }

  // ---- place completion from the gazetteer (a datalist filled as one types)
  function startPlaces() {
    var inputs = document.querySelectorAll("input[data-complete]");
    Array.prototype.forEach.call(inputs, function (input) {
      var list = document.getElementById(input.getAttribute("list"));
      var country = document.getElementById("f_country");
      var pending = null;
      input.addEventListener("input", function () {
        var text = input.value.trim();
        if (text.length < 2) { return; }
        var query = "?q=" + encodeURIComponent(text) +
          (country && country.value ? "&country=" + encodeURIComponent(country.value) : "");
        if (pending) { pending.abort(); }
        pending = new AbortController();
        fetch(input.getAttribute("data-complete") + query,
              { credentials: "same-origin", signal: pending.signal, headers: { Accept: "application/json" } })
          .then(function (response) { return response.ok ? response.json() : []; })
          .then(function (places) {
            while (list.firstChild) { list.removeChild(list.firstChild); }
            places.forEach(function (place) {
              var option = document.createElement("option");
              option.value = place.name;
              option.label = place.name + ", " + place.country + " (" + place.kind + ")";
              list.appendChild(option);
            });
          })
          .catch(function () { /* a newer keystroke replaced this request */ });
      });
    });
  }

  // ---- add a fact from a selection: code-point offsets into the stored text
  function codePoints(text) {
    var count = 0;
    for (var i = 0; i < text.length; i += 1) {
      var unit = text.charCodeAt(i);
      if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
        var next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) { i += 1; }
      }
      count += 1;
    }
    return count;
  }

  function offsetIn(container, node, offset) {
    // DOM offsets count UTF-16 units; the store counts code points, so convert.
    var range = document.createRange();
    range.selectNodeContents(container);
    range.setEnd(node, offset);
    return codePoints(range.toString());
  }

  function startSelection() {
    var text = document.getElementById("doctext");
    var form = document.getElementById("add-from-selection");
    if (!text || !form) { return; }
    var start = document.getElementById("sel-start");
    var end = document.getElementById("sel-end");
    document.addEventListener("selectionchange", function () {
      var selection = window.getSelection();
      if (!selection || selection.rangeCount === 0 || selection.isCollapsed) { return; }
      var range = selection.getRangeAt(0);
      if (!text.contains(range.startContainer) || !text.contains(range.endContainer)) { return; }
      start.value = offsetIn(text, range.startContainer, range.startOffset);
      end.value = offsetIn(text, range.endContainer, range.endOffset);
    });
  }

  function start() {
    startQueue();
    startPlaces();
    startSelection();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
}());
