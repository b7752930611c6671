// Types for verify-package.mjs, so the tests under tests/unit/packaging/ are type-checked.
export interface ArchiveEntry {
  readonly path: string;
  readonly dir: boolean;
  readonly size: number;
  readonly unpacked: boolean;
  readonly link?: string;
  readonly offset?: string;
}
export interface Archive {
  readonly entries: ArchiveEntry[];
  readonly headerString: string;
}
export interface Target {
  readonly platform: 'win32' | 'linux';
  readonly arch: string;
}
export interface Production {
  readonly names: Set<string>;
  readonly direct: string[];
}
export type FuseSettings = Readonly<Record<string, boolean>>;

export const REQUIRED_FILES: string[];
export const REQUIRED_UNPACKED: string[];
export function prebuildName(platform: string, arch: string): string;
export function listArchive(asarPath: string): Archive;
export function checkForbiddenEntries(entries: readonly ArchiveEntry[]): string[];
export function checkSecretContent(asarPath: string, archive: Archive): string[];
export function checkRequiredFiles(asarPath: string, archive: Archive): string[];
export function checkUnpacked(asarPath: string, archive: Archive, target: Target): string[];
export function checkWorkerImports(asarPath: string): string[];
export function packagedModules(entries: readonly ArchiveEntry[]): Set<string>;
export function checkDependencies(
  entries: readonly ArchiveEntry[],
  production: Set<string>,
  direct: readonly string[],
): string[];
export function productionClosure(projectDir: string): Production;
export function expectedFuseWire(
  electronFuses: FuseSettings | undefined,
): Map<number, { name: string; byte: number }>;
export function checkFuses(executable: string, electronFuses: FuseSettings): Promise<string[]>;
export function checkWindowsResources(
  executable: string,
  asarPath: string,
  productName: string,
): string[];
export function checkLocales(appOutDir: string, languages: readonly string[]): string[];
export function verifyPackage(options: {
  appOutDir: string;
  target: Target;
  executable: string;
  productName: string;
  electronFuses?: FuseSettings;
  languages?: readonly string[];
  production: Production;
}): Promise<{ problems: string[]; checked: string[] }>;
