/**
 * Every operation the renderer can ask of the backend, declared once (architecture.md §3), one
 * file per domain in channels/. Hosts (Electron IPC, web host, in-process) validate each request
 * against `request` before calling the handler; tests also validate responses against `response`.
 * A new domain: add channels/<domain>.ts, then one line in ChannelTypes and one in CHANNELS.
 */
import type { AppChannelTypes } from './channels/app';
import { APP_CHANNELS } from './channels/app';
import type { ChannelSchemas } from './channels/common';
import type { HomeChannelTypes } from './channels/home';
import { HOME_CHANNELS } from './channels/home';
import type { MetadataChannelTypes } from './channels/metadata';
import { METADATA_CHANNELS } from './channels/metadata';
import type { PolicyChannelTypes } from './channels/policy';
import { POLICY_CHANNELS } from './channels/policy';
import type { PortalChannelTypes } from './channels/portal';
import { PORTAL_CHANNELS } from './channels/portal';
import type { PrivacyChannelTypes } from './channels/privacy';
import { PRIVACY_CHANNELS } from './channels/privacy';
import type { PublicationChannelTypes } from './channels/publication';
import type { RecipeChannelTypes } from './channels/recipe';
import { RECIPE_CHANNELS } from './channels/recipe';
import { PUBLICATION_CHANNELS } from './channels/publication';
import type { WorkbookChannelTypes } from './channels/workbook';
import { WORKBOOK_CHANNELS } from './channels/workbook';

export { MAX_ROW_WINDOW } from './channels/workbook';
export type { ChannelSchemas } from './channels/common';

export interface ChannelTypes
  extends
    AppChannelTypes,
    WorkbookChannelTypes,
    PublicationChannelTypes,
    PolicyChannelTypes,
    MetadataChannelTypes,
    PrivacyChannelTypes,
    RecipeChannelTypes,
    PortalChannelTypes,
    HomeChannelTypes {}

export type Channel = keyof ChannelTypes;
export type RequestOf<C extends Channel> = ChannelTypes[C]['request'];
export type ResponseOf<C extends Channel> = ChannelTypes[C]['response'];

export const CHANNELS: { readonly [C in Channel]: ChannelSchemas } = {
  ...APP_CHANNELS,
  ...WORKBOOK_CHANNELS,
  ...PUBLICATION_CHANNELS,
  ...POLICY_CHANNELS,
  ...METADATA_CHANNELS,
  ...PRIVACY_CHANNELS,
  ...RECIPE_CHANNELS,
  ...PORTAL_CHANNELS,
  ...HOME_CHANNELS,
};

export const CHANNEL_NAMES = Object.keys(CHANNELS) as Channel[];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(CHANNELS, value);
}
