// Progressive enhancement: live progress on the drafting page. Works without it (reload).
(function () {
  var box = document.getElementById("job");
  if (!box) { return; }
  var id = box.getAttribute("data-job");
  function set(name, value) { var el = document.getElementById(name); if (el) { el.textContent = value; } }
  function poll() {
    fetch("/api/jobs/" + id, { headers: { "Accept": "application/json" }, credentials: "same-origin" })
      .then(function (r) { return r.json(); })
      .then(function (job) {
        set("job-status", job.status);
        set("job-stage", job.stage);
        set("job-message", job.message);
        set("job-elapsed", job.elapsed);
        var bar = document.getElementById("job-progress");
        if (bar) { bar.value = Math.round(job.progress * 100); }
        if (job.status === "done") { document.getElementById("job-done").hidden = false; return; }
        if (job.status === "failed" || job.status === "cancelled") { return; }
        setTimeout(poll, 700);
      })
      .catch(function () { setTimeout(poll, 2000); });
  }
  poll();
})();
