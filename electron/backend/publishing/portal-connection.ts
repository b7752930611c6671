/**
 * The connection to a portal (issue 7 §1, §6): the real one (data.gov.rs or another portal IT
 * allows), remembered across restarts with its key in the SecretStore, and the training portal
 * (Vežbaonica) started in this process on demand. While training is on, publishing goes to the
 * training portal; the real connection stays remembered and untouched.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type {
  PortalOrganizationInfo,
  PortalProfileName,
  PortalStatus,
  ProxySetting,
} from '../../../shared/contract/channels/portal';
import { normalizePortalUrl, type LoadedPolicy } from '../../../shared/policy/policy';
import type { PortalConnectionRepo, StoredConnection } from '../db/portal-connection-repo';
import type { ReferenceListsRepo } from '../db/reference-lists-repo';
import { refreshReferenceLists } from '../metadata/refresh-reference-lists';
import {
  startTrainingPortal,
  UdataClient,
  type TrainingPortal,
  type UdataClientOptions,
} from '../portal';
import { SecretStoreUnavailable, type SecretStore } from '../secrets/secret-store';
import { proxiedFetch } from './proxied-fetch';
import { agentFor, type ProxyResolver } from './proxy-agent';

export class ConnectionRefused extends Error {
  constructor(
    readonly code:
      | 'PORTAL_NOT_ALLOWED'
      | 'PORTAL_NOT_CONNECTED'
      | 'SECRET_STORAGE_UNAVAILABLE'
      | 'INVALID_REQUEST',
    message: string,
  ) {
    super(message);
    this.name = 'ConnectionRefused';
  }
}

/** What publishing needs from the connection. */
export interface ActivePortal {
  readonly client: UdataClient;
  readonly portalUrl: string;
  readonly training: boolean;
  readonly organizations: readonly PortalOrganizationInfo[];
}

interface TrainingSession {
  readonly portal: TrainingPortal;
  readonly dir: string;
  readonly connection: StoredConnection;
}

export interface PortalConnectionDeps {
  readonly repo: PortalConnectionRepo;
  readonly lists: ReferenceListsRepo;
  readonly secrets: SecretStore;
  readonly policy: LoadedPolicy;
  readonly resolveProxy?: ProxyResolver;
  /** Fetch used to refresh the reference lists (tests); global fetch by default. */
  readonly fetch?: typeof fetch;
  readonly now?: () => Date;
  /** Timeouts, retry policy and backoff of the uData client (tests shorten them). */
  readonly clientOptions?: Pick<UdataClientOptions, 'timeoutMs' | 'retry' | 'sleep'>;
}

const TRAINING_PROFILE: PortalProfileName = 'legacy';

function accountName(me: { firstName: string; lastName: string; email: string | null }): string {
  const name = `${me.firstName} ${me.lastName}`.trim();
  return name === '' ? (me.email ?? '') : name;
}

export class PortalConnection {
  private training: TrainingSession | null = null;
  private startingTraining: Promise<TrainingSession> | null = null;
  private lastLists: PortalStatus['lists'] = { refreshed: [], failed: [] };

  constructor(private readonly deps: PortalConnectionDeps) {}

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }

  proxy(): ProxySetting {
    const policy = this.deps.policy;
    const fromPolicy = policy.values.proxy;
    const asSetting: ProxySetting =
      typeof fromPolicy === 'string'
        ? fromPolicy
        : { server: fromPolicy.server, bypass: [...(fromPolicy.bypass ?? [])] };
    if (policy.fixed.includes('proxy')) return asSetting;
    return this.deps.repo.proxy() ?? asSetting;
  }

  setProxy(proxy: ProxySetting): void {
    if (this.deps.policy.fixed.includes('proxy'))
      throw new ConnectionRefused('PORTAL_NOT_ALLOWED', 'IT fixed the proxy in the policy');
    if (typeof proxy !== 'string' && !/^https?:\/\//.test(proxy.server))
      throw new ConnectionRefused('INVALID_REQUEST', 'proxy server must be an http(s) URL');
    this.deps.repo.saveProxy(proxy, this.now().toISOString());
  }

  /**
   * Policy `organization` (id or slug) limits publishing to that organization. Vežbaonica has
   * its own organizations and publishes nothing, so rehearsing is not limited.
   */
  private withPolicy(
    organizations: StoredConnection['organizations'],
    training = false,
  ): PortalOrganizationInfo[] {
    const only = training ? null : this.deps.policy.values.organization;
    return organizations.map((org) => ({
      ...org,
      allowed: org.role !== null && (only === null || org.id === only || org.slug === only),
    }));
  }

  private async client(portalUrl: string, apiKey: string, profile?: PortalProfileName) {
    const agent = await agentFor(portalUrl, this.proxy(), this.deps.resolveProxy);
    return new UdataClient({
      ...this.deps.clientOptions,
      baseUrl: portalUrl,
      apiKey,
      ...(profile === undefined ? {} : { profile }),
      ...(agent === undefined ? {} : { agent }),
    });
  }

  /** Verify, detect the profile, remember; the key is stored only once it proved valid. */
  private async verify(client: UdataClient, portalUrl: string): Promise<StoredConnection> {
    const me = await client.verifyKey();
    const organizations = await client.listOrganizations();
    const { profile } = await client.detectProfile();
    return {
      portalUrl,
      profile,
      accountId: me.id,
      accountName: accountName(me),
      organizations: organizations.map((org) => ({
        id: org.id,
        name: org.name,
        slug: org.slug,
        role: org.role,
      })),
      verifiedAt: this.now().toISOString(),
    };
  }

  private async refreshLists(portalUrl: string): Promise<void> {
    // Through the city's proxy like every other portal call.
    const agent = await agentFor(portalUrl, this.proxy(), this.deps.resolveProxy);
    const fetcher = this.deps.fetch ?? (agent === undefined ? undefined : proxiedFetch(agent));
    const result = await refreshReferenceLists(portalUrl, this.deps.lists, {
      ...(fetcher === undefined ? {} : { fetch: fetcher }),
    });
    this.lastLists = { refreshed: result.refreshed, failed: result.failed.map((f) => f.kind) };
  }

  async connect(portalUrlInput: string, apiKey: string): Promise<void> {
    const typed = portalUrlInput.trim().replace(/\/+$/, '');
    // IT's policy lists https portals; an address IT listed verbatim is allowed as written.
    const portalUrl = normalizePortalUrl(typed) ?? typed;
    if (!this.deps.policy.values.allowedPortals.includes(portalUrl))
      throw new ConnectionRefused('PORTAL_NOT_ALLOWED', `${portalUrl} is not an allowed portal`);
    if (this.deps.secrets.protection === 'unavailable')
      throw new ConnectionRefused('SECRET_STORAGE_UNAVAILABLE', 'no OS encryption for the key');
    const connection = await this.verify(await this.client(portalUrl, apiKey), portalUrl);
    try {
      await this.deps.secrets.set('portal-api-key', apiKey);
    } catch (error) {
      if (error instanceof SecretStoreUnavailable)
        throw new ConnectionRefused('SECRET_STORAGE_UNAVAILABLE', error.message);
      throw error;
    }
    this.deps.repo.save(connection);
    await this.refreshLists(portalUrl);
  }

  async disconnect(): Promise<void> {
    await this.deps.secrets.delete('portal-api-key');
    this.deps.repo.clear();
  }

  /** Starts Vežbaonica in a temp folder and connects to it with its training key. */
  async setTraining(enabled: boolean): Promise<void> {
    if (!enabled) {
      await this.stopTraining();
      return;
    }
    if (!this.deps.policy.values.trainingPortal)
      throw new ConnectionRefused('PORTAL_NOT_ALLOWED', 'IT turned the training portal off');
    if (this.training !== null) return;
    this.startingTraining ??= this.startTraining();
    try {
      this.training = await this.startingTraining;
    } finally {
      this.startingTraining = null;
    }
    await this.refreshLists(this.training.portal.url);
  }

  private async startTraining(): Promise<TrainingSession> {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'otvori-vezbaonica-'));
    const portal = await startTrainingPortal({
      profile: TRAINING_PROFILE,
      dataDir: path.join(dir, 'portal'),
    });
    try {
      const client = await this.client(portal.url, portal.apiKey);
      return { portal, dir, connection: await this.verify(client, portal.url) };
    } catch (error) {
      await portal.close();
      await rm(dir, { recursive: true, force: true });
      throw error;
    }
  }

  private async stopTraining(): Promise<void> {
    const session = this.training;
    this.training = null;
    if (session === null) return;
    await session.portal.close();
    await rm(session.dir, { recursive: true, force: true });
  }

  /** The portal publishing goes to now, with a client holding the key; null when none. */
  async active(): Promise<ActivePortal | null> {
    if (this.training !== null) {
      const { portal, connection } = this.training;
      return {
        client: await this.client(portal.url, portal.apiKey, connection.profile),
        portalUrl: portal.url,
        training: true,
        organizations: this.withPolicy(connection.organizations, true),
      };
    }
    const stored = this.deps.repo.get();
    if (stored === null) return null;
    const key = await this.deps.secrets.get('portal-api-key');
    if (key === null) return null;
    return {
      client: await this.client(stored.portalUrl, key, stored.profile),
      portalUrl: stored.portalUrl,
      training: false,
      organizations: this.withPolicy(stored.organizations),
    };
  }

  async status(): Promise<PortalStatus> {
    const policy = this.deps.policy;
    const stored = this.deps.repo.get();
    const hasKey = stored !== null && (await this.deps.secrets.get('portal-api-key')) !== null;
    const real = hasKey ? stored : null;
    const current = this.training?.connection ?? real;
    return {
      connected: current !== null,
      portalUrl: current?.portalUrl ?? null,
      training: this.training !== null,
      profile: current?.profile ?? null,
      account: current === null ? null : { id: current.accountId, name: current.accountName },
      organizations:
        current === null ? [] : this.withPolicy(current.organizations, this.training !== null),
      verifiedAt: current?.verifiedAt ?? null,
      keyProtection: this.deps.secrets.protection,
      realPortalUrl: real?.portalUrl ?? null,
      allowedPortals: [...policy.values.allowedPortals],
      defaultPortalUrl: policy.values.portalUrl,
      trainingAvailable: policy.values.trainingPortal,
      proxy: this.proxy(),
      proxyFixed: policy.fixed.includes('proxy'),
      lists: this.lastLists,
    };
  }

  async close(): Promise<void> {
    await this.stopTraining();
  }
}
