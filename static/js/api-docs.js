// The API's documentation page (templates/api/docs.html): Swagger UI, configured from the
// JSON the page carries, as the content security policy allows no inline script.
(function () {
  "use strict";
  const config = JSON.parse(document.getElementById("swagger-settings").textContent);
  config.dom_id = "#swagger-ui";
  config.presets = [SwaggerUIBundle.presets.apis];
  SwaggerUIBundle(config);

  // Swagger UI leaves a parameter's controls and its copy buttons without a name, and its
  // scrolling code out of keyboard reach: name them, and let the code take focus.
  const root = document.getElementById("swagger-ui");
  function repair() {
    root.querySelectorAll("tr[data-param-name]").forEach(function (row) {
      row.querySelectorAll("select, input, textarea").forEach(function (control) {
        if (!control.hasAttribute("aria-label")) {
          control.setAttribute("aria-label", row.dataset.paramName);
        }
      });
    });
    root.querySelectorAll(".highlight-code > pre, pre.curl").forEach(function (block) {
      block.setAttribute("tabindex", "0");
    });
    root.querySelectorAll(".copy-to-clipboard > button:not([aria-label])").forEach(function (b) {
      b.setAttribute("aria-label", root.dataset.copyLabel);
    });
  }
  new MutationObserver(repair).observe(root, { childList: true, subtree: true });
})();
