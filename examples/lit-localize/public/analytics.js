// A stand-in analytics script: it sets its cookie and says it runs. The suite runs it only after consent.
document.cookie = '_pa_visitor=1; Path=/; Max-Age=31536000; SameSite=Lax';
const output = document.querySelector('#analytics');
if (output) output.textContent = 'running';
document.documentElement.dataset.analytics = 'running';
