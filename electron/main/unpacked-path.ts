/**
 * Files electron-builder unpacks next to app.asar (build/electron-builder.config.cjs asarUnpack)
 * live in app.asar.unpacked. Code that hands a path to something outside Electron's asar
 * support (a worker thread loading an ES module) must use the unpacked copy.
 */
const ASAR_SEGMENT = /([\\/])app\.asar([\\/])/u;

export function toUnpackedPath(filePath: string): string {
  return filePath.replace(ASAR_SEGMENT, '$1app.asar.unpacked$2');
}
