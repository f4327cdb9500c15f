// Progressive enhancement for the country page: "Link" next to each section heading and the share fields copy
// their URL or snippet to the clipboard. Without JavaScript they stay ordinary links and selectable fields.
document.addEventListener('DOMContentLoaded', () => {
  const copy = (text, element) => {
    if (!navigator.clipboard) {
      return;
    }
    navigator.clipboard.writeText(text).then(() => {
      element.classList.add('copied');
      setTimeout(() => element.classList.remove('copied'), 1500);
    });
  };
  document.querySelectorAll('[data-copy-link]').forEach((link) => {
    link.addEventListener('click', (event) => {
      const url = new URL(link.getAttribute('href'), window.location.href);
      copy(url.href, link);
      history.replaceState(null, '', url.hash);
      event.preventDefault();
    });
  });
  document.querySelectorAll('[data-copy-source]').forEach((field) => {
    field.addEventListener('focus', () => field.select());
    field.addEventListener('click', () => copy(field.value, field));
  });
});
