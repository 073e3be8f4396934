// A stand-in for PostHog on the Dumka demo: it stores what PostHog stores (a `ph_<project>_posthog`
// cookie and localStorage key, here `ph_demo_posthog`), and nothing else. The page includes it as
//   <script type="text/plain" data-cookie-category="analytics" data-cookie-service="posthog"
//           data-src="/demo/analytics.js"></script>
// so it runs only once analytics is granted; withdrawing analytics removes both again.
const state = JSON.stringify({ distinct_id: crypto.randomUUID(), $sesid: [Date.now()] });
document.cookie = `ph_demo_posthog=${encodeURIComponent(state)}; Path=/; Max-Age=31536000; SameSite=Lax`;
localStorage.setItem('ph_demo_posthog', state);
document.documentElement.dataset.analytics = 'running';
