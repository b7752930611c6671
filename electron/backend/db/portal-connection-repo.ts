/** The remembered real portal connection and the clerk's proxy choice (migration 0008). No key. */
import type {
  PortalOrganizationInfo,
  PortalProfileName,
  ProxySetting,
} from '../../../shared/contract/channels/portal';
import type { Db } from './database';

export interface StoredConnection {
  readonly portalUrl: string;
  readonly profile: PortalProfileName;
  readonly accountId: string;
  readonly accountName: string;
  readonly organizations: readonly Omit<PortalOrganizationInfo, 'allowed'>[];
  readonly verifiedAt: string;
}

interface ConnectionRow {
  portal_url: string;
  profile: PortalProfileName;
  account_id: string;
  account_name: string;
  organizations: string;
  verified_at: string;
}

function isProxySetting(value: unknown): value is ProxySetting {
  if (value === 'system' || value === 'direct') return true;
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record['server'] === 'string' &&
    Array.isArray(record['bypass']) &&
    record['bypass'].every((entry) => typeof entry === 'string')
  );
}

export class PortalConnectionRepo {
  constructor(private readonly db: Db) {}

  get(): StoredConnection | null {
    const row = this.db
      .prepare(
        'SELECT portal_url, profile, account_id, account_name, organizations, verified_at FROM portal_connection WHERE id = 1',
      )
      .get() as ConnectionRow | undefined;
    if (row === undefined) return null;
    const organizations = JSON.parse(row.organizations) as unknown;
    return {
      portalUrl: row.portal_url,
      profile: row.profile,
      accountId: row.account_id,
      accountName: row.account_name,
      organizations: Array.isArray(organizations)
        ? (organizations as StoredConnection['organizations'])
        : [],
      verifiedAt: row.verified_at,
    };
  }

  save(connection: StoredConnection): void {
    this.db
      .prepare(
        `INSERT INTO portal_connection
           (id, portal_url, profile, account_id, account_name, organizations, verified_at)
         VALUES (1, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET portal_url = excluded.portal_url,
           profile = excluded.profile, account_id = excluded.account_id,
           account_name = excluded.account_name, organizations = excluded.organizations,
           verified_at = excluded.verified_at`,
      )
      .run(
        connection.portalUrl,
        connection.profile,
        connection.accountId,
        connection.accountName,
        JSON.stringify(connection.organizations),
        connection.verifiedAt,
      );
  }

  clear(): void {
    this.db.prepare('DELETE FROM portal_connection WHERE id = 1').run();
  }

  /** The clerk's proxy choice; null when never set. */
  proxy(): ProxySetting | null {
    const row = this.db.prepare('SELECT proxy FROM portal_settings WHERE id = 1').get() as
      { proxy: string } | undefined;
    if (row === undefined) return null;
    const value = JSON.parse(row.proxy) as unknown;
    return isProxySetting(value) ? value : null;
  }

  saveProxy(proxy: ProxySetting, at: string): void {
    this.db
      .prepare(
        `INSERT INTO portal_settings (id, proxy, updated_at) VALUES (1, ?, ?)
         ON CONFLICT (id) DO UPDATE SET proxy = excluded.proxy, updated_at = excluded.updated_at`,
      )
      .run(JSON.stringify(proxy), at);
  }
}
