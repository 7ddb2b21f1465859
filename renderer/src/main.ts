import { createApp } from 'vue';
import { createPinia } from 'pinia';
import App from './App.vue';
import { createDefaultPosClient } from './api/create-default-client';
import { setPosClient } from './api/pos';
import { applyLocale, createLoketI18n, storedLocale, type Locale } from './i18n';
import { SET_LOCALE } from './i18n/inject-keys';
import { createLoketRouter } from './router';
import './styles/main.css';

// The client first: in headless mode it takes the token out of the URL before the router reads it.
setPosClient(createDefaultPosClient());

const i18n = createLoketI18n(storedLocale(window.localStorage));
document.documentElement.lang = i18n.global.locale.value;

createApp(App)
  .use(createPinia())
  .use(createLoketRouter())
  .use(i18n)
  .provide(SET_LOCALE, (locale: Locale) => applyLocale(i18n, locale, window.localStorage))
  .mount('#app');
