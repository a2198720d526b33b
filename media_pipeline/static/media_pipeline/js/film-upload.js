// Film upload form: reject a file over the size limit before sending it, and
// show upload progress. The form is sent with XMLHttpRequest, whose upload
// progress events fetch() does not offer; the server's response (the edit page
// after a redirect, or the form with errors) then replaces this page.
(function () {
  'use strict';

  const form = document.getElementById('w-editor-form');
  const fileInput = form && form.querySelector('input[type="file"][data-max-bytes]');
  if (!fileInput) {
    return;
  }
  const progressBox = document.querySelector('[data-film-upload-progress]');
  const progressBar = progressBox.querySelector('progress');
  const percentText = progressBox.querySelector('[data-film-upload-percent]');
  const errorBox = document.querySelector('[data-film-upload-error]');
  const maxBytes = Number(fileInput.dataset.maxBytes);

  function showError(message) {
    errorBox.textContent = message;
    errorBox.hidden = false;
  }

  fileInput.addEventListener('change', function () {
    errorBox.hidden = true;
    const file = fileInput.files[0];
    if (file && file.size > maxBytes) {
      showError(errorBox.dataset.tooLargeMessage);
    }
  });

  form.addEventListener(
    'submit',
    function (event) {
      const file = fileInput.files[0];
      if (!file) {
        return;
      }
      event.preventDefault();
      event.stopImmediatePropagation();
      if (file.size > maxBytes) {
        showError(errorBox.dataset.tooLargeMessage);
        return;
      }

      const request = new XMLHttpRequest();
      request.open('POST', form.action || window.location.href);
      request.upload.addEventListener('progress', function (progress) {
        if (progress.lengthComputable) {
          const percent = Math.round((progress.loaded / progress.total) * 100);
          progressBar.value = percent;
          percentText.textContent = percent + ' %';
        }
      });
      request.addEventListener('load', function () {
        window.history.replaceState(null, '', request.responseURL);
        document.open();
        document.write(request.responseText);
        document.close();
      });
      request.addEventListener('error', function () {
        progressBox.hidden = true;
        showError(errorBox.dataset.failedMessage);
      });
      progressBox.hidden = false;
      request.send(new FormData(form));
    },
    true,
  );
})();
