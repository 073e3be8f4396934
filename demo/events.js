// A classic script placed before the library, so it hears every event of this page load,
// cookie-consent-ready included (a listener added after the library started may miss it;
// \`cookieElements.ready\` and \`onConsent\` never miss anything).
function logConsentEvent(event) {
  const list = document.querySelector('#events');
  if (!list) return document.addEventListener('DOMContentLoaded', () => logConsentEvent(event), { once: true });
  const item = document.createElement('li');
  const d = event.detail || {};
  const summary = d.code
    ? d.code + ': ' + d.message
    : 'reason=' + (d.reason || '—') + ' changed=[' + (d.changed || d.categories || []).join(', ') + ']';
  item.textContent = new Date().toLocaleTimeString() + ' ' + event.type + ' ' + summary;
  list.prepend(item);
}
for (const type of [
  'cookie-consent-ready',
  'cookie-consent-change',
  'cookie-consent-error',
  'cookie-consent-withdraw',
]) {
  document.addEventListener(type, logConsentEvent);
}
