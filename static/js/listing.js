// Listings (resources, members, projects): the page works as a plain GET form; this file
// updates the results in place, keeps the address in step, and adds small conveniences.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  var form = document.querySelector("form[data-live-search]");
  if (!form || !window.fetch || !window.history.pushState) return;
  var status = document.querySelector("[data-live-status]");
  var pending = null;

  function region() {
    return form.querySelector("[data-listing-region]");
  }

  // The form's state as a query string, without empty values, the page or the default sort.
  function queryOf(formElement) {
    var params = new URLSearchParams();
    var sort = formElement.querySelector("select[name=sort]");
    new FormData(formElement).forEach(function (value, name) {
      if (value === "" || name === "page") return;
      if (name === "sort" && sort && value === sort.getAttribute("data-default")) return;
      params.append(name, value);
    });
    var query = params.toString();
    return query ? "?" + query : "";
  }

  function load(url, push, focusId) {
    if (pending) pending.abort();
    pending = new AbortController();
    region().setAttribute("aria-busy", "true");
    return fetch(url, { signal: pending.signal, headers: { Accept: "text/html" } })
      .then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.text();
      })
      .then(function (html) {
        var page = new DOMParser().parseFromString(html, "text/html");
        var fresh = page.querySelector("[data-listing-region]");
        if (!fresh) throw new Error("no listing in the response");
        var open = Array.prototype.map.call(
          region().querySelectorAll("details[open]"), function (d) { return d.id; });
        var filtersOpen = document.getElementById("filters").classList.contains("is-open");
        region().replaceWith(fresh);
        open.forEach(function (id) {
          var details = document.getElementById(id);
          if (details) details.open = true;
        });
        if (filtersOpen) setFilters(true);
        var query = page.querySelector('input[name="q"]');
        if (query) form.querySelector('input[name="q"]').value = query.value;
        document.title = page.title;
        // The feed named in the head follows the search too (feed readers look there).
        var feed = 'link[rel="alternate"][type="application/atom+xml"]';
        var freshFeed = page.querySelector(feed), ownFeed = document.querySelector(feed);
        if (freshFeed && ownFeed) ownFeed.replaceWith(freshFeed);
        // The language switch leads to this search in the other languages, not to the page
        // as it was first loaded.
        var freshSwitch = page.querySelector(".lang-switch");
        var ownSwitch = document.querySelector(".lang-switch");
        if (freshSwitch && ownSwitch) ownSwitch.replaceWith(freshSwitch);
        if (push) window.history.pushState({ listing: true }, "", url);
        enhance();
        var count = fresh.querySelector("[data-result-count]");
        if (status && count) status.textContent = count.textContent.trim();
        var target = focusId && document.getElementById(focusId);
        if (target) target.focus();
      })
      .catch(function (error) {
        if (error.name !== "AbortError") window.location.assign(url);
      });
  }

  function submit(focusId) {
    load(form.action.split("?")[0] + queryOf(form), true, focusId);
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    submit(null);
  });

  form.addEventListener("change", function (event) {
    var target = event.target;
    if (target.matches('input[type="checkbox"], select')) {
      submit(target.id);
    } else if (target.matches('input[type="number"]')) {
      submit(target.id);
    }
  });

  // Links inside the listing (chips, pages, "did you mean", clear all, a facet's "show more")
  // load in place too.
  form.addEventListener("click", function (event) {
    var link = event.target.closest("a[href]");
    if (!link || !region().contains(link) || link.hasAttribute("data-filters-toggle") ||
        link.hasAttribute("data-filters-close") || event.ctrlKey || event.metaKey ||
        event.shiftKey || link.target) return;
    var url = new URL(link.href, window.location.href);
    if (url.origin !== window.location.origin ||
        url.pathname !== window.location.pathname) return;
    event.preventDefault();
    // "Show more" of a facet keeps the reader at that facet; other links go to the results.
    load(url.pathname + url.search, true, url.hash ? url.hash.slice(1) : "results");
  });

  window.addEventListener("popstate", function () {
    load(window.location.pathname + window.location.search, false, null);
  });

  // Narrow screens: the filters open over the results, with a button instead of a link.
  function setFilters(open) {
    var panel = document.getElementById("filters");
    var toggle = document.querySelector("[data-filters-toggle]");
    panel.classList.toggle("is-open", open);
    if (toggle) toggle.setAttribute("aria-expanded", open ? "true" : "false");
  }

  function enhance() {
    var toggle = document.querySelector("[data-filters-toggle]");
    if (toggle) {
      toggle.setAttribute("role", "button");
      toggle.setAttribute("aria-expanded",
        document.getElementById("filters").classList.contains("is-open") ? "true" : "false");
      toggle.addEventListener("click", function (event) {
        event.preventDefault();
        var open = !document.getElementById("filters").classList.contains("is-open");
        setFilters(open);
        if (open) document.getElementById("filters-heading").focus();
      });
    }
    var close = document.querySelector("[data-filters-close]");
    if (close) {
      close.setAttribute("role", "button");
      close.addEventListener("click", function (event) {
        event.preventDefault();
        setFilters(false);
        document.getElementById("results").focus();
      });
    }
    // Long facets: a box that narrows the list to the values whose name contains the text.
    Array.prototype.forEach.call(document.querySelectorAll("[data-facet-filter]"), function (box) {
      box.hidden = false;
      var input = box.querySelector("input");
      var facet = box.closest(".facet");
      input.addEventListener("input", function () {
        var text = input.value.trim().toLowerCase();
        var more = facet.querySelector("details");
        if (more && text) more.open = true;
        Array.prototype.forEach.call(facet.querySelectorAll(".facet__value"), function (item) {
          var label = item.querySelector(".facet__label").textContent.toLowerCase();
          item.hidden = text !== "" && label.indexOf(text) === -1;
        });
      });
      // Typing in the box must not submit the form.
      input.addEventListener("keydown", function (event) {
        if (event.key === "Enter") event.preventDefault();
      });
    });
    var heading = document.getElementById("filters-heading");
    if (heading) heading.setAttribute("tabindex", "-1");
  }

  window.history.replaceState({ listing: true }, "", window.location.href);
  enhance();
})();
