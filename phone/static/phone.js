// The phone page follows the facilitator without a reload, keeps what is typed, names the dots.
(function () {
  "use strict";
  var body = document.body;
  var live = document.getElementById("live");
  var waitingForBlur = false;

  function data(name) { return body.getAttribute("data-" + name) || ""; }

  // --- drafts: what is typed and not sent stays in this tab (never on the server) -----------------
  function drafts() {
    var sent = data("sent");
    document.querySelectorAll("textarea[data-draft]").forEach(function (area) {
      var key = "samenspraak:" + area.getAttribute("data-draft");
      if (sent && key.indexOf("-" + sent + "-") > 0) { sessionStorage.removeItem(key); }
      var kept = sessionStorage.getItem(key);
      if (kept !== null && !area.hasAttribute("data-typed") && kept !== area.value) { area.value = kept; }
      area.addEventListener("input", function () { sessionStorage.setItem(key, area.value); counter(area); });
      counter(area);
    });
  }

  function counter(area) {
    var max = parseInt(area.getAttribute("data-max"), 10);
    if (!max) { return; }
    var note = area.nextElementSibling && area.nextElementSibling.classList.contains("counter")
      ? area.nextElementSibling : null;
    if (!note) {
      note = document.createElement("p");
      note.className = "counter";
      area.insertAdjacentElement("afterend", note);
    }
    var left = max - area.value.trim().length;
    note.textContent = left + " " + data("chars-left");
    note.style.color = left < 0 ? "#b00020" : "";
  }

  // --- dots: +/- count here, the form sends them all at once --------------------------------------
  function ballot() {
    var form = document.querySelector("form.ballot[data-method=dots]");
    if (form) { dots(form); }
    var points = document.querySelector("form.ballot[data-method=points]");
    if (points) { pointsLeft(points); }
  }

  function fill(template, n, left) { return template.replace("{n}", n).replace("{left}", left); }

  function dots(form) {
    var budget = parseInt(form.getAttribute("data-budget"), 10);
    var most = parseInt(form.getAttribute("data-most"), 10);
    function given(domain) { return parseInt(domain.querySelector("input[type=hidden]").value, 10) || 0; }
    function redraw() {
      var domains = form.querySelectorAll(".domain");
      var used = 0;
      domains.forEach(function (d) { used += given(d); });
      var left = budget - used;
      var strong = form.querySelector(".dots-left strong");
      strong.textContent = left === 1 ? strong.getAttribute("data-one") : fill(strong.getAttribute("data-many"), left, left);
      form.querySelector(".dots-left .dots").textContent = "🔵".repeat(left) + "⚪".repeat(used);
      domains.forEach(function (d) {
        var n = given(d);
        var buttons = d.querySelectorAll("button.step");
        d.querySelector(".count").textContent = n ? "🔵".repeat(n) : "0";
        buttons.forEach(function (b) {
          var plus = b.value.slice(-1) === "+";
          var off = plus ? (left === 0 || n >= most) : n === 0;
          if (off) { b.setAttribute("aria-disabled", "true"); } else { b.removeAttribute("aria-disabled"); }
          b.setAttribute("aria-label", fill(b.getAttribute("data-say"), n, left));
        });
      });
    }
    form.addEventListener("click", function (event) {
      var button = event.target.closest("button.step");
      if (!button) { return; }
      event.preventDefault();  // counted here: no round trip per tap
      if (button.getAttribute("aria-disabled") === "true") { return; }
      var domain = button.closest(".domain");
      var input = domain.querySelector("input[type=hidden]");
      input.value = given(domain) + (button.value.slice(-1) === "+" ? 1 : -1);
      redraw();
      live.textContent = button.getAttribute("aria-label");
    });
  }

  function pointsLeft(form) {
    var budget = parseInt(form.getAttribute("data-budget"), 10);
    var strong = form.querySelector(".points-left strong");
    form.addEventListener("input", function () {
      var used = 0;
      form.querySelectorAll("input[type=number]").forEach(function (i) { used += parseInt(i.value, 10) || 0; });
      var left = budget - used;
      strong.textContent = left === 1 ? strong.getAttribute("data-one") : fill(strong.getAttribute("data-many"), left, left);
    });
  }

  // "Klaar": nothing typed stays behind on a shared phone.
  function finish() {
    var form = document.getElementById("klaar");
    if (form) { form.addEventListener("submit", function () { sessionStorage.clear(); }); }
    if (data("screen") === "finished") { sessionStorage.clear(); }
  }

  // --- following the facilitator: a long poll, then the new screen swapped in and announced --------
  function swap(target, moved) {
    fetch(target, { credentials: "same-origin", headers: { "Accept": "text/html" } })
      .then(function (r) { return r.text(); })
      .then(function (html) { show(html, target, moved); })
      .catch(function () { setTimeout(poll, 3000); });
  }

  function show(html, target, moved) {
    var next = new DOMParser().parseFromString(html, "text/html");
    var before = (document.querySelector("h1") || {}).textContent;
    document.querySelector("main").replaceWith(next.querySelector("main"));
    Array.prototype.forEach.call(next.body.attributes, function (a) { body.setAttribute(a.name, a.value); });
    document.documentElement.lang = next.documentElement.lang;
    if (target !== location.pathname + location.search) { history.replaceState(null, "", target); }
    var heading = document.querySelector("h1");
    var now = heading ? heading.textContent.trim() : "";
    live.textContent = moved || now !== (before || "").trim()
      ? data("new-question") + " " + now : data("screen-changed");
    start();
  }

  function changed(answer) {
    var moved = String(answer.scherm || "") !== data("on-screen");
    var target = moved ? data("base") : location.pathname + location.search;
    var typing = document.activeElement && document.activeElement.tagName === "TEXTAREA";
    if (typing && !moved) {  // another homework question opened: wait until the parent leaves the field
      if (!waitingForBlur) {
        waitingForBlur = true;
        document.activeElement.addEventListener("blur", function () { waitingForBlur = false; swap(target, false); },
          { once: true });
      }
      return;
    }
    if (answer.html) { show(answer.html, answer.adres, moved); } else { swap(target, moved); }
  }

  // --- sending an answer: the new page comes back in the answer (one round trip, not two) -----------
  function sendInPlace(event) {
    var button = event.submitter;
    var form = event.target;
    if (!button || button.value !== "antwoord" || !window.fetch || !window.URLSearchParams) { return; }
    event.preventDefault();
    if (form.getAttribute("data-sending")) { return; }  // a second tap while the first is on its way
    form.setAttribute("data-sending", "1");
    var fields = new URLSearchParams(new FormData(form));
    fields.set(button.name, button.value);
    fetch(form.action, { method: "POST", body: fields, credentials: "same-origin",
                         headers: { "X-Samenspraak": "in-place" } })
      .then(function (r) {
        if ((r.headers.get("Content-Type") || "").indexOf("json") >= 0) { return r.json(); }
        return r.text().then(function (html) {  // a refusal, with what was typed: same address
          var at = r.redirected ? new URL(r.url) : location;
          return { html: html, adres: at.pathname + at.search };
        });
      })
      .then(function (answer) {
        show(answer.html, answer.adres, false);
        live.textContent = "";  // the thanks or the problem gets the focus: a screen reader reads it out
        var said = document.getElementById("probleem") || document.querySelector("main [role=status]");
        if (said) {
          said.setAttribute("tabindex", "-1");
          said.focus();
        }
      })
      .catch(function () {  // no answer came back: send the form the plain way, as without this script
        var field = document.createElement("input");
        field.type = "hidden";
        field.name = button.name;
        field.value = button.value;
        form.appendChild(field);
        HTMLFormElement.prototype.submit.call(form);
      });
  }
  document.addEventListener("submit", sendInPlace);

  var polling = null;
  function poll() {
    var code = data("code");
    if (!code || polling) { return; }
    var offline = document.getElementById("offline");
    var asked = "/meedoen/stand?code=" + encodeURIComponent(code) + "&v=" + encodeURIComponent(data("v")) +
      "&scherm=" + encodeURIComponent(data("on-screen")) + "&adres=" + encodeURIComponent(location.search.slice(1));
    polling = fetch(asked, { credentials: "same-origin" })
      .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
      .then(function (answer) {
        polling = null;
        offline.hidden = true;
        if (answer.v !== data("v")) { changed(answer); } else { poll(); }
      })
      .catch(function () {
        polling = null;
        offline.textContent = data("offline");
        offline.hidden = false;
        setTimeout(poll, 3000);
      });
  }

  // A one-off confirmation ("sent", "withdrawn") is not part of the address a parent may copy.
  function tidyAddress() {
    var address = new URL(location.href);
    var before = address.search;
    ["bericht", "verstuurd"].forEach(function (name) { address.searchParams.delete(name); });
    if (address.search !== before) { history.replaceState(null, "", address.pathname + address.search); }
  }

  function start() {
    tidyAddress();
    drafts();
    ballot();
    finish();
    var problem = document.getElementById("probleem");
    if (problem) { problem.focus && problem.setAttribute("tabindex", "-1"); }
    if (["waiting", "welcome", "main"].indexOf(data("screen")) >= 0) { poll(); }
  }

  start();
})();
