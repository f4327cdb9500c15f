// Runs inside an embed (/embed/countries/...): tells the page that frames it how tall the embed's content is, so
// that page's embed-resize.js can size the iframe and the reader gets no inner scrollbar. It sends only a number,
// to whichever page frames it; the framing page checks where the message came from.
(() => {
  if (window.parent === window) {
    return;
  }
  let last = 0;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      window.parent.postMessage({ type: 'a6portal:embed-height', height }, '*');
    }
  };
  document.addEventListener('DOMContentLoaded', () => {
    report();
    if (window.ResizeObserver) {
      new ResizeObserver(report).observe(document.documentElement);
    }
  });
  window.addEventListener('load', report);
})();
