// rassegna: the few things that need a script. No inline scripts anywhere (the CSP forbids them).
"use strict";

// An ingestion job's page follows the job until it ends, then reloads to show the results.
function followJob(panel) {
  const id = panel.dataset.job;
  const show = (job) => {
    document.getElementById("job-status").textContent = job.status;
    document.getElementById("job-status").className = "job-status status-" + job.status;
    document.getElementById("job-step").textContent = job.step;
    document.getElementById("job-seen").textContent = String(job.seen);
  };
  const poll = () => {
    fetch("/api/jobs/" + encodeURIComponent(id), {headers: {"Accept": "application/json"}})
      .then((r) => r.json())
      .then((job) => {
        show(job);
        if (job.status === "queued" || job.status === "running") {
          window.setTimeout(poll, 800);
        } else {
          window.location.reload();
        }
      })
      .catch(() => window.setTimeout(poll, 2000));
  };
  window.setTimeout(poll, 500);
}

// A citation opened from another page: scroll the highlighted evidence into the middle of the view.
function centreTarget() {
  if (!window.location.hash) return;
  const target = document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
  if (target) target.scrollIntoView({block: "center"});
}

document.addEventListener("DOMContentLoaded", () => {
  const panel = document.getElementById("job");
  if (panel && (panel.dataset.status === "queued" || panel.dataset.status === "running")) followJob(panel);
  centreTarget();
});
