import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The full suite: the consent core, and every element registered (<cookie-banner>, …).
import cookieElements from 'cookie-elements';
import registry from './cookie-registry.json';
import { App } from './App.jsx';

// The registry comes from the app's bundle (a page without a registry script).
cookieElements.start({ registry });

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
