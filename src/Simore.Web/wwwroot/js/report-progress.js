// Follows a report draft being made: asks the server for its progress every two seconds and
// reloads the page (which then offers the file, or the reason it failed) once it is done.
(function () {
  'use strict';

  var box = document.getElementById('report-status');
  if (!box) {
    return;
  }

  var url = box.getAttribute('data-status-url');
  var bar = box.querySelector('progress');
  var label = document.getElementById('report-state');
  var failures = 0;

  function poll() {
    fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin', cache: 'no-store' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(response.status);
        }
        return response.json();
      })
      .then(function (status) {
        failures = 0;
        bar.value = status.progress;
        bar.textContent = status.progress + ' %';
        if (label.textContent !== status.label) {
          label.textContent = status.label;
        }
        if (status.done) {
          window.location.reload();
        } else {
          window.setTimeout(poll, 2000);
        }
      })
      .catch(function () {
        failures += 1;
        if (failures < 10) {
          window.setTimeout(poll, 5000);
        }
      });
  }

  window.setTimeout(poll, 1000);
})();
