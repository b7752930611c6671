// @ts-check
/**
 * electron-builder `win.signtoolOptions.sign` hook for IT's signing service, used only when
 * OTVORI_SIGN_COMMAND is set (build/electron-builder.config.cjs). It runs that command once per
 * file with the file's absolute path as its only argument; the command signs the file in place
 * (e.g. a wrapper around the city's signing service client, AzureSignTool or jsign) and exits 0.
 * Credentials stay in the command's own environment: nothing here logs or passes them.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- electron-builder require()s this CommonJS hook
const { spawnSync } = require('node:child_process');

/** @param {{ path: string }} configuration */
module.exports = async function sign(configuration) {
  const command = process.env['OTVORI_SIGN_COMMAND'];
  if (!command) throw new Error('OTVORI_SIGN_COMMAND is not set');
  // .cmd/.bat wrappers need a shell on Windows; the path is passed as one quoted argument.
  const useShell = /\.(cmd|bat)$/iu.test(command);
  const result = spawnSync(command, [useShell ? `"${configuration.path}"` : configuration.path], {
    stdio: 'inherit',
    shell: useShell,
    windowsHide: true,
  });
  if (result.error) throw new Error(`signing command could not start: ${result.error.message}`);
  if (result.status !== 0) {
    throw new Error(`signing command exited with ${result.status} for ${configuration.path}`);
  }
};
