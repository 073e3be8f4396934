// The demo's language controls (both Dumka pages), using only what any site can:
// - "Site language" plays the site's own i18next: it stores the choice in localStorage
//   `i18nextLng`, as i18next does, and reloads; cookie-elements reads it on load (it never writes it).
// - "Interface language" calls `cookieElements.setLanguage()`: any of the suite's languages, or
//   back to detection.
const SITE_LANGUAGES = ['en', 'uk', 'ru'];
const UI_LANGUAGES =
  'ar bg cs da de el en es et fi fr ga he hr hu is it ja ko lt lv mt nb nl pl pt pt-BR ro ru sk sl sv tr uk zh-Hans zh-Hant'.split(
    ' ',
  );

/** The language's own name for itself ("Deutsch", "українська"), from Intl. */
function autonym(code) {
  try {
    return new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function option(value, text, lang) {
  const element = new Option(text, value);
  if (lang) element.lang = lang;
  return element;
}

const site = document.querySelector('[data-site-language]');
if (site) {
  const stored = localStorage.getItem('i18nextLng') ?? '';
  const codes = stored && !SITE_LANGUAGES.includes(stored) ? [...SITE_LANGUAGES, stored] : SITE_LANGUAGES;
  site.append(option('', 'not set'), ...codes.map((code) => option(code, autonym(code), code)));
  site.value = stored;
  site.addEventListener('change', () => {
    if (site.value) localStorage.setItem('i18nextLng', site.value);
    else localStorage.removeItem('i18nextLng');
    location.reload();
  });
}

(window.cookieElements ||= []).push(async (api) => {
  const ui = document.querySelector('[data-ui-language]');
  if (!ui) return;
  ui.append(option('', 'as detected'), ...UI_LANGUAGES.map((code) => option(code, autonym(code), code)));
  ui.addEventListener('change', () => api.setLanguage(ui.value));
  await api.ready;
  ui.value = '';
});
