import { createI18n } from 'vue-i18n';
import { en } from './messages-en';
import { id, type MessageSchema } from './messages-id';

export type Locale = 'id' | 'en';
export const LOCALES: readonly Locale[] = ['id', 'en'];
const STORAGE_KEY = 'loket.locale';

type LocaleStorage = Pick<Storage, 'getItem' | 'setItem'>;

export function storedLocale(storage: LocaleStorage): Locale {
  const saved = storage.getItem(STORAGE_KEY);
  return saved === 'en' ? 'en' : 'id';
}

export function createLoketI18n(locale: Locale) {
  return createI18n<[MessageSchema], Locale, false>({
    legacy: false,
    locale,
    fallbackLocale: 'id',
    messages: { id, en },
  });
}

export type LoketI18n = ReturnType<typeof createLoketI18n>;

/** Switches the UI language and remembers it for the next start of this PC's app. */
export function applyLocale(i18n: LoketI18n, locale: Locale, storage: LocaleStorage): void {
  i18n.global.locale.value = locale;
  storage.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
}
