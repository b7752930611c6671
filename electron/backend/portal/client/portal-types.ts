/**
 * The parts of uData's JSON the client reads (udata-api.md §5). Everything else is kept as-is
 * in `raw` objects and passed back untouched where the safe-PUT recipe needs it.
 */
export interface PortalChecksum {
  readonly type: string;
  readonly value: string;
}

export interface PortalResource {
  readonly id: string;
  readonly title: string;
  readonly description: string | null;
  readonly filetype: 'file' | 'remote';
  readonly type: string;
  readonly url: string;
  readonly format: string | null;
  readonly filesize: number | null;
  readonly checksum: PortalChecksum | null;
  readonly extras: Readonly<Record<string, unknown>>;
  readonly latest?: string;
}

export interface PortalOrgRef {
  readonly id: string;
  readonly name: string;
  readonly slug: string;
  readonly page?: string;
}

export interface PortalDataset {
  readonly id: string;
  readonly title: string;
  readonly slug: string;
  readonly description: string;
  readonly private: boolean;
  readonly deleted: string | null;
  readonly tags: readonly string[];
  readonly license: string | null;
  readonly frequency: string | null;
  readonly temporal_coverage: { readonly start: string; readonly end: string | null } | null;
  readonly organization: PortalOrgRef | null;
  readonly extras: Readonly<Record<string, unknown>>;
  readonly resources: readonly PortalResource[];
  readonly page: string;
  readonly uri: string;
  /** The whole answer, for the safe-PUT recipe. */
  readonly raw: Readonly<Record<string, unknown>>;
}

export interface PortalMe {
  readonly id: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly email: string | null;
  readonly organizations: readonly PortalOrgRef[];
  /** `/me/` still carries `apikey` up to v15 (§12.1): a hint towards the legacy profile. */
  readonly hasApiKeyField: boolean;
}

export interface PortalOrganization extends PortalOrgRef {
  /** The account's role in it: `admin`, `editor`, or null when not a member (§2.4). */
  readonly role: 'admin' | 'editor' | null;
}

export interface ReferenceLists {
  readonly licenses: readonly { readonly id: string; readonly title: string }[];
  readonly frequencies: readonly { readonly id: string; readonly label: string }[];
  readonly resourceTypes: readonly { readonly id: string; readonly label: string }[];
  readonly extensions: readonly string[];
}

/**
 * Dataset metadata as Otvori's metadata form hands it to publishing (the seam with the metadata
 * work). Field names are camelCase; `toDatasetBody` turns them into uData keys.
 */
export interface DatasetPayload {
  readonly title: string;
  readonly description: string;
  /** Publish as this organisation (never as a person, §10.3). */
  readonly organizationId: string;
  readonly license?: string;
  readonly frequency?: string;
  readonly frequencyDate?: string | null;
  readonly temporalCoverage?: { readonly start: string; readonly end: string | null } | null;
  readonly tags?: readonly string[];
  /** Final visibility; drafts are created private regardless (§12.3). */
  readonly private?: boolean;
  readonly acronym?: string | null;
  /** MODERN ≥ 10.8.3 only; dropped for the legacy profile. */
  readonly descriptionShort?: string | null;
  readonly spatialGranularity?: string | null;
  readonly extras?: Readonly<Record<string, string | number | boolean>>;
}
