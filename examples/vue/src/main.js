import { createApp } from 'vue';
// The full suite: the consent core, and every element registered (<cookie-banner>, …).
import cookieElements from 'cookie-elements';
import registry from './cookie-registry.json';
import App from './App.vue';

cookieElements.start({ registry });
createApp(App).mount('#app');
