import { LOCALES, type Locale, type Settings } from '../../../shared/contract';
import type { Db } from './database';

const DEFAULT_SETTINGS: Settings = { locale: 'sr-Cyrl' };

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export class SettingsRepo {
  /** `defaultLocale`: the language until the clerk picks one (IT's policy may set it). */
  constructor(
    private readonly db: Db,
    private readonly defaultLocale: Locale = DEFAULT_SETTINGS.locale,
  ) {}

  get(): Settings {
    const row = this.db.prepare("SELECT value FROM settings WHERE key = 'locale'").get() as
      { value: string } | undefined;
    return { locale: isLocale(row?.value) ? row.value : this.defaultLocale };
  }

  set(settings: Settings): Settings {
    this.db
      .prepare(
        "INSERT INTO settings (key, value) VALUES ('locale', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
      )
      .run(settings.locale);
    return this.get();
  }
}
