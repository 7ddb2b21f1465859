import type { InjectionKey } from 'vue';
import type { Locale } from './index';

/** main.ts provides the locale switch, since only it holds the i18n instance and the storage. */
export const SET_LOCALE: InjectionKey<(locale: Locale) => void> = Symbol('setLocale');
