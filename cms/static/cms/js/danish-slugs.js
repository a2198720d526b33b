/*
 * Spell Danish letters out in every admin slug field: æ -> ae, ø -> oe, å -> aa.
 *
 * Wagtail 8's slug fields use the `w-slug` Stimulus controller. It applies its
 * `formatters` value (regex, replacement pairs) before its own transliteration,
 * which maps "ø" to "o" and "å" to "a". Setting that value on each field, also on
 * fields added later in modals, makes the admin produce the same slugs as
 * `cms.i18n.slugs.danish_slugify` on the server.
 */
(() => {
  const table = document.getElementById('cms-danish-slug-formatters');
  if (!table) {
    return;
  }
  const formatters = table.textContent;
  const selector = '[data-controller~="w-slug"]';

  const applyTo = (root) => {
    const fields = root.matches && root.matches(selector) ? [root] : [];
    if (root.querySelectorAll) {
      fields.push(...root.querySelectorAll(selector));
    }
    fields.forEach((field) => {
      // A field that sets its own formatters keeps them.
      if (!field.hasAttribute('data-w-slug-formatters-value')) {
        field.setAttribute('data-w-slug-formatters-value', formatters);
      }
    });
  };

  const start = () => {
    applyTo(document);
    new MutationObserver((mutations) => {
      mutations.forEach((mutation) => mutation.addedNodes.forEach(applyTo));
    }).observe(document.body, { childList: true, subtree: true });
  };

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
