// The report form: offers the formats of the chosen kind of report and shows only the fields
// that apply to it. Without scripts every field shows and the server checks the choice.
(function () {
  'use strict';

  var form = document.getElementById('report-form');
  if (!form) {
    return;
  }

  var format = form.querySelector('select[name="Format"]');
  var kinds = form.querySelectorAll('input[name="Kind"]');

  function update() {
    var chosen = form.querySelector('input[name="Kind"]:checked');
    if (!chosen) {
      return;
    }

    var allowed = chosen.getAttribute('data-formats').split(' ');
    Array.prototype.forEach.call(format.options, function (option) {
      option.hidden = allowed.indexOf(option.value) < 0;
      option.disabled = option.hidden;
    });
    if (allowed.indexOf(format.value) < 0) {
      format.value = allowed[0];
    }

    Array.prototype.forEach.call(form.querySelectorAll('[data-report-kinds]'), function (field) {
      field.hidden = field.getAttribute('data-report-kinds').split(' ').indexOf(chosen.value) < 0;
    });
  }

  Array.prototype.forEach.call(kinds, function (kind) {
    kind.addEventListener('change', update);
  });
  update();
})();
