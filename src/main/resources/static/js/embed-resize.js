// For partner sites that frame an Article 6 country profile embed: include it once, after or before the iframes,
//   <script src="https://PORTAL/js/embed-resize.js" async></script>
// and each iframe showing an embed of this portal takes the height its content reports (embed-child.js), with no
// inner scrollbar. Only messages from this portal's origin, from one of the page's iframes, of the expected shape
// are heeded; anything else is ignored. Without this script the iframe keeps the height it was given.
(() => {
  const script = document.currentScript;
  if (!script || !script.src) {
    return;
  }
  const portal = new URL(script.src).origin;
  const MAX_HEIGHT = 20000;
  window.addEventListener('message', (event) => {
    if (event.origin !== portal) {
      return;
    }
    const data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'a6portal:embed-height') {
      return;
    }
    const height = data.height;
    if (!Number.isInteger(height) || height < 1 || height > MAX_HEIGHT) {
      return;
    }
    for (const frame of document.getElementsByTagName('iframe')) {
      if (frame.contentWindow === event.source) {
        // the reported height is the content's; add padding and border where the partner's CSS sizes border boxes
        const style = window.getComputedStyle(frame);
        const extra = (style.boxSizing === 'border-box')
          ? frame.offsetHeight - frame.clientHeight + parseFloat(style.paddingTop) + parseFloat(style.paddingBottom) : 0;
        frame.style.height = (height + extra) + 'px';
        return;
      }
    }
  });
})();
