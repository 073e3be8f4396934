// The essential site's developer panel: what the page stored (cookies, localStorage,
// sessionStorage keys) and the suite's consent state, refreshed on every consent event.
const list = document.querySelector('#stored');

function keys(storage) {
  try {
    return Array.from({ length: storage.length }, (_, i) => storage.key(i));
  } catch {
    return ['(storage blocked)'];
  }
}

function row(term, value) {
  const dt = document.createElement('dt');
  dt.textContent = term;
  const dd = document.createElement('dd');
  dd.textContent = value;
  return [dt, dd];
}

function render(api) {
  const consent = api.getConsent();
  const cookies = document.cookie ? document.cookie.split('; ').map((pair) => pair.split('=')[0]) : [];
  const none = (names) => (names.length ? names.join(', ') : 'none');
  list.replaceChildren(
    ...row('Consent state', `decided: ${consent.decided}, reason: ${consent.reason}`),
    ...row('Cookies', none(cookies)),
    ...row('localStorage keys', none(keys(localStorage))),
    ...row('sessionStorage keys', none(keys(sessionStorage))),
  );
}

(window.cookieElements ||= []).push(async (api) => {
  await api.ready;
  render(api);
  for (const type of ['cookie-consent-change', 'cookie-consent-error']) {
    document.addEventListener(type, () => render(api));
  }
});
