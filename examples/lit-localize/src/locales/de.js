// The app's own German strings (what `lit-localize build` would generate in runtime mode).
export const templates = {
  'app.welcome': 'Willkommen in der App',
};
