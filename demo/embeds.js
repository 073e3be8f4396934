// The demo's records panel: what the server received at /api/consent, refreshed after each decision.
const list = document.querySelector('#records');

async function refresh() {
  const records = await (await fetch('/api/consent', { cache: 'no-store' })).json();
  list.replaceChildren(
    ...records.map((record) => {
      const item = document.createElement('li');
      const granted = Object.entries(record.categories)
        .filter(([, on]) => on)
        .map(([id]) => id);
      const services = Object.entries(record.services)
        .filter(([, on]) => on)
        .map(([id]) => id);
      item.textContent = `${record.decidedAt} ${record.method}: categories [${granted.join(', ')}], services [${services.join(', ')}] (consent ${record.consentId}, key ${record.key.slice(0, 8)}…)`;
      return item;
    }),
  );
  if (!records.length) list.append(Object.assign(document.createElement('li'), { textContent: 'none yet' }));
}

(window.cookieElements ||= []).push((api) => {
  void api.ready.then(refresh);
  // Records leave the page a moment after the decision: look again shortly after.
  api.onConsent(() => setTimeout(refresh, 500));
});
