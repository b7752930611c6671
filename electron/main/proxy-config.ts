/**
 * IT's proxy policy as Electron's session proxy configuration. Pure, so it is tested without
 * Electron. "system" leaves Chromium on the OS settings (Electron's default), so nothing is set.
 */
import type { ProxyConfig } from 'electron';
import type { ProxyPolicy } from '../../shared/policy/policy';

export function toProxyConfig(proxy: ProxyPolicy): ProxyConfig | null {
  if (proxy === 'system') return null;
  if (proxy === 'direct') return { mode: 'direct' };
  // <local> keeps plain host names (intranet servers) off the proxy, as browsers do.
  const bypass = ['<local>', ...(proxy.bypass ?? [])];
  return { mode: 'fixed_servers', proxyRules: proxy.server, proxyBypassRules: bypass.join(',') };
}
