/**
 * The first-run choice, kept in the settings table (migration 0001) under its own keys: no new
 * table is needed for two values.
 */
import {
  START_MODES,
  type OnboardingState,
  type StartMode,
} from '../../../shared/contract/channels/home';
import type { Db } from './database';

const COMPLETED_AT = 'onboarding.completedAt';
const START_MODE = 'onboarding.startMode';

function isStartMode(value: unknown): value is StartMode {
  return typeof value === 'string' && (START_MODES as readonly string[]).includes(value);
}

export class OnboardingRepo {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private read(key: string): string | null {
    const row = this.db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as
      { value: string } | undefined;
    return row?.value ?? null;
  }

  get(): OnboardingState {
    const completedAt = this.read(COMPLETED_AT);
    const mode = this.read(START_MODE);
    return {
      completed: completedAt !== null,
      startMode: isStartMode(mode) ? mode : null,
      completedAt,
    };
  }

  complete(startMode: StartMode): OnboardingState {
    const write = this.db.prepare(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    );
    this.db.transaction(() => {
      write.run(START_MODE, startMode);
      // The first completion is the one that counts; choosing again only changes the mode.
      if (this.read(COMPLETED_AT) === null) write.run(COMPLETED_AT, this.now().toISOString());
    })();
    return this.get();
  }
}
