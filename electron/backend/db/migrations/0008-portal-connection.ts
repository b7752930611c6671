import type { Migration } from '../migration';

/**
 * Issue 7: the real portal connection (one row: which portal, the account and its organizations
 * as last verified, the detected profile) and the clerk's proxy choice. The API key is NOT here:
 * it lives in the SecretStore (the OS keychain through Electron safeStorage). The training
 * portal's connection is never stored: it lives and dies with the process.
 */
export const migration0008PortalConnection: Migration = {
  id: '0008_portal_connection',
  sql: `
      CREATE TABLE portal_connection (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        portal_url TEXT NOT NULL CHECK (length(portal_url) BETWEEN 1 AND 500),
        profile TEXT NOT NULL CHECK (profile IN ('legacy', 'modern')),
        account_id TEXT NOT NULL,
        account_name TEXT NOT NULL,
        organizations TEXT NOT NULL CHECK (json_valid(organizations)),
        verified_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE portal_settings (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        proxy TEXT NOT NULL CHECK (json_valid(proxy)),
        updated_at TEXT NOT NULL
      ) STRICT;
    `,
};
