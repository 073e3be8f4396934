// The demo page's own script: shows the live consent state and drives the public API.
// It uses only what any site can: the pre-load queue, the API and the document events.
const $ = (selector) => document.querySelector(selector);

function render(api) {
  const consent = api.getConsent();
  $('#state').textContent = JSON.stringify(consent, null, 2);
  const grants = $('#grants');
  grants.replaceChildren();
  for (const [kind, map] of [
    ['category', consent.categories],
    ['service', consent.services],
  ]) {
    for (const [id, granted] of Object.entries(map)) {
      const dt = document.createElement('dt');
      dt.textContent = `${id} (${kind})`;
      const dd = document.createElement('dd');
      dd.textContent = granted ? 'granted' : 'denied';
      dd.className = granted ? 'granted' : 'denied';
      grants.append(dt, dd);
    }
  }
  const cookie = document.cookie.split('; ').find((pair) => pair.startsWith('dumka_cc_cookie='));
  if (!cookie) {
    $('#cookie').textContent = '(none: nothing stored until you decide)';
  } else {
    const value = cookie.slice('dumka_cc_cookie='.length);
    const json = atob(value.replace(/-/g, '+').replace(/_/g, '/'));
    $('#cookie').textContent = `${cookie}\n\ndecoded:\n${JSON.stringify(JSON.parse(json), null, 2)}`;
  }
}

(window.cookieElements ||= []).push(async (api) => {
  const actions = {
    'accept-all': () => api.acceptAll(),
    'reject-all': () => api.rejectAll(),
    analytics: () => api.set({ categories: { analytics: true, functional: false } }),
    functional: () => api.set({ categories: { analytics: false, functional: true } }),
    reset: () => api.reset(),
  };
  document.addEventListener('click', async (event) => {
    const action = event.target.closest?.('[data-action]')?.dataset.action;
    if (action) await actions[action]();
  });
  api.onConsent(() => render(api));
  await api.ready;
  render(api);
  document.addEventListener('cookie-consent-change', () => render(api));
});
