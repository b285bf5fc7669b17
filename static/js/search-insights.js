// Search insights for the editors (docs/editors.md): when a visitor opens a result of a
// listing's search, the search's signed key and the result's position are sent to the Hub,
// which counts them per day, without anything that tells who the visitor is. Without
// JavaScript, or without sendBeacon, nothing is sent. Listens on the document, so the results
// that listing.js loads in place are counted too.
(function () {
  "use strict";
  if (!navigator.sendBeacon || !window.URLSearchParams) return;

  function send(event) {
    var link = event.target.closest ? event.target.closest("a[data-position]") : null;
    var list = link && link.closest("[data-search-insight]");
    if (!list) return;
    var body = new URLSearchParams();
    body.append("search", list.getAttribute("data-search-insight"));
    body.append("position", link.getAttribute("data-position"));
    navigator.sendBeacon(list.getAttribute("data-insight-url"), body);
  }

  document.addEventListener("click", send);
  // A middle click opens the result in a new tab.
  document.addEventListener("auxclick", function (event) {
    if (event.button === 1) send(event);
  });
})();
