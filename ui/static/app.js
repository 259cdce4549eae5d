// Progressive enhancement. Every page works without this file; with it: GOV.UK Frontend's
// components, live drafting progress, per-file upload progress, and sources opened beside the plan.
import { initAll } from "/static/govuk/govuk-frontend.min.js";

document.body.classList.add("js-enabled", "govuk-frontend-supported");
initAll();

function byId(id) { return document.getElementById(id); }
function setText(id, value) { var el = byId(id); if (el) { el.textContent = value; } }

// ---- Drafting progress: poll the job's status; the page never waits on the model.
function watchJob(box) {
  var id = box.getAttribute("data-job");
  var lastStage = "";
  function show(job) {
    setText("job-status", job.status.charAt(0).toUpperCase() + job.status.slice(1));
    setText("job-stage", job.stage_label);
    setText("job-message", job.message + (job.status === "queued" && job.position ? " (number " + job.position + " in the queue)" : ""));
    setText("job-elapsed", job.elapsed);
    setText("job-percent", job.percent);
    var bar = byId("job-progress");
    if (bar) { bar.value = job.percent; }
    if (job.stage_label !== lastStage) { setText("job-announce", job.stage_label); lastStage = job.stage_label; }
  }
  function finish(job) {
    var cancel = byId("job-cancel");
    if (cancel) { cancel.hidden = true; }
    var target = byId(job.status === "done" ? "job-done" : "job-failed");
    if (job.status !== "done") { setText("job-failed-message", job.message); }
    if (target) { target.hidden = false; var link = target.querySelector("a"); if (link) { link.focus(); } }
  }
  function poll() {
    fetch("/api/jobs/" + id, { headers: { "Accept": "application/json" }, credentials: "same-origin" })
      .then(function (r) { return r.json(); })
      .then(function (job) {
        show(job);
        if (["done", "failed", "cancelled", "interrupted"].indexOf(job.status) >= 0) { finish(job); return; }
        setTimeout(poll, 600);
      })
      .catch(function () { setTimeout(poll, 2000); });
  }
  poll();
}

// ---- Uploads: each file on its own request, with its own progress and result.
function uploadOne(form, file, list) {
  var item = document.createElement("li");
  var name = document.createElement("strong");
  name.textContent = file.name;
  var bar = document.createElement("progress");
  bar.max = 100; bar.value = 0;
  bar.setAttribute("aria-label", "Uploading " + file.name);
  var status = document.createElement("span");
  status.textContent = "Waiting";
  var cancel = document.createElement("button");
  cancel.type = "button";
  cancel.className = "govuk-button govuk-button--secondary govuk-!-margin-bottom-0 app-cancel-upload";
  cancel.textContent = "Cancel";
  cancel.setAttribute("aria-label", "Cancel uploading " + file.name);
  item.append(name, bar, status, cancel);
  list.appendChild(item);
  return new Promise(function (resolve) {
    var data = new FormData();
    data.append("files", file, file.name);
    var xhr = new XMLHttpRequest();
    // Cancelling closes the connection: the server stops reading the file and keeps nothing.
    cancel.onclick = function () { xhr.abort(); };
    xhr.onabort = function () { bar.remove(); cancel.remove(); item.className = "app-failed"; status.textContent = "Cancelled: nothing was kept."; resolve(); };
    xhr.onloadend = function () { cancel.remove(); };
    xhr.open("POST", form.action);
    xhr.setRequestHeader("Accept", "application/json");
    xhr.setRequestHeader("X-CSRF-Token", form.getAttribute("data-csrf"));
    xhr.upload.onprogress = function (e) {
      if (e.lengthComputable) { bar.value = Math.round(e.loaded / e.total * 100); status.textContent = "Uploading"; }
    };
    xhr.upload.onload = function () { bar.value = 100; status.textContent = "Reading the document"; };
    xhr.onload = function () {
      var result = null;
      try { result = JSON.parse(xhr.responseText).results[0]; } catch (e) { result = null; }
      bar.remove();
      if (xhr.status === 200 && result && result.ok) {
        item.className = "app-ok";
        var info = [result.advice_type, result.author_role, result.advice_date || "undated"].filter(Boolean).join(", ");
        status.textContent = "Uploaded: " + info;
      } else {
        item.className = "app-failed";
        status.textContent = (result && result.message) || "This file could not be uploaded. Try again.";
      }
      resolve();
    };
    xhr.onerror = function () { bar.remove(); item.className = "app-failed"; status.textContent = "The upload failed. Check the connection and try again."; resolve(); };
    xhr.send(data);
  });
}

function refreshRegions() {
  return fetch(window.location.pathname, { credentials: "same-origin" })
    .then(function (r) { return r.text(); })
    .then(function (html) { swapRegions(html); });
}

function enhanceUploader(form) {
  var input = form.querySelector("input[type=file]");
  var list = byId("upload-progress");
  form.addEventListener("submit", function (event) {
    if (!input || !input.files || !input.files.length || !window.FormData) { return; }
    event.preventDefault();
    var files = Array.prototype.slice.call(input.files);
    list.innerHTML = "";
    var chain = Promise.resolve();
    files.forEach(function (file) { chain = chain.then(function () { return uploadOne(form, file, list); }); });
    chain.then(function () { input.value = ""; input.dispatchEvent(new Event("change")); return refreshRegions(); });
  });
}

// ---- Sources: open the cited passage beside the plan without leaving the page; closing the panel
// (its Close button, or Escape inside it) returns focus to the link in the statement it came from.
function enhanceCitations(panel) {
  var opener = null;
  var placeholder = panel.innerHTML;
  function close() {
    panel.innerHTML = placeholder;
    document.querySelectorAll("a[data-context][aria-current]").forEach(function (a) { a.removeAttribute("aria-current"); });
    if (opener && document.body.contains(opener)) { opener.focus(); }
    opener = null;
  }
  function showClose() {
    var button = byId("source-close");
    if (button) { button.hidden = false; button.addEventListener("click", close); }
  }
  showClose();
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a[data-context]") : null;
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey) { return; }
    event.preventDefault();
    fetch(link.getAttribute("data-context"), { credentials: "same-origin" })
      .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.text(); })
      .then(function (html) {
        panel.innerHTML = html;
        opener = link;
        showClose();
        document.querySelectorAll("a[data-context][aria-current]").forEach(function (a) { a.removeAttribute("aria-current"); });
        link.setAttribute("aria-current", "true");
        var cited = panel.querySelector(".app-passage--cited");
        var box = byId("source");
        if (cited && box) { box.scrollTop = Math.max(cited.offsetTop - box.offsetTop - 60, 0); }
        var heading = byId("source-heading");
        if (heading) { heading.focus({ preventScroll: window.innerWidth > 900 }); }
      })
      .catch(function () { window.location.href = link.href; });
  });
  byId("source").addEventListener("keydown", function (event) {
    if (event.key === "Escape" && opener) { event.preventDefault(); close(); }
  });
}

// ---- Forms marked data-inplace (marking a section reviewed) are sent without leaving the page:
// the regions marked data-refresh are replaced from the page the form leads to, and focus stays
// on the control that took the form's place.
function swapRegions(html) {
  var fresh = new DOMParser().parseFromString(html, "text/html");
  document.querySelectorAll("[data-refresh]").forEach(function (el) {
    var other = fresh.getElementById(el.id);
    if (other) { el.replaceWith(document.importNode(other, true)); }
  });
  return fresh;
}

function enhanceInPlace() {
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.matches || !form.matches("form[data-inplace]") || !window.fetch) { return; }
    event.preventDefault();
    var region = form.closest("[data-refresh]");
    var regionId = region ? region.id : null;
    fetch(form.action, {
      method: "POST",
      body: new URLSearchParams(new FormData(form)),
      credentials: "same-origin",
      headers: { "Accept": "text/html" }
    })
      .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.text(); })
      .then(function (html) {
        var fresh = swapRegions(html);
        var notice = fresh.getElementById("notice-text");
        setText("announce", notice ? notice.textContent : "Saved");
        var again = regionId ? byId(regionId) : null;
        var control = again ? again.querySelector("button") : null;
        if (control) { control.focus(); } else if (again) { again.setAttribute("tabindex", "-1"); again.focus(); }
      })
      .catch(function () { form.removeAttribute("data-inplace"); form.submit(); });
  });
}

var job = byId("job");
if (job) { watchJob(job); }
document.querySelectorAll("form[data-uploader]").forEach(enhanceUploader);
var panel = byId("source-panel");
if (panel) { enhanceCitations(panel); }
enhanceInPlace();
