import { useEffect, useState } from 'react';
import cookieElements from 'cookie-elements';

/** The consent state, kept current: `onConsent` calls back now (if decided) and on every change. */
function useConsent() {
  const [consent, setConsent] = useState(() => cookieElements.getConsent());
  useEffect(() => cookieElements.onConsent(setConsent), []);
  return consent;
}

export function App() {
  const consent = useConsent();
  return (
    <>
      {/* React 19 passes attributes and properties to custom elements as they are. */}
      <cookie-banner reopen layout="box"></cookie-banner>
      <main>
        <h1>A React 19 app</h1>
        <p>
          Analytics: <output id="consent">{consent.categories.analytics ? 'allowed' : 'not allowed'}</output>
        </p>
        <button type="button" data-cookie-settings>
          Cookie settings
        </button>
      </main>
    </>
  );
}
