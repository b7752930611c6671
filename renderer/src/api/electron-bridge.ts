/**
 * In Electron the preload exposes the contract as `window.otvori` (contextBridge), with
 * `host: 'electron'`. Anything else means we run in a browser against the web host.
 */
import type { OtvoriApi } from '../../../shared/contract';

export interface ElectronBridge extends OtvoriApi {
  readonly host: 'electron';
}

declare global {
  interface Window {
    readonly otvori?: ElectronBridge;
  }
}

export function findElectronBridge(): ElectronBridge | null {
  const candidate = window.otvori;
  if (candidate === undefined || candidate === null) return null;
  return typeof candidate.invoke === 'function' && typeof candidate.subscribe === 'function'
    ? candidate
    : null;
}
