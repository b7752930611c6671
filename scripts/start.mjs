// `npm start`: the desktop app where the Electron runtime is installed; otherwise says so plainly
// and starts the web host, printing the address to open in a browser.
import { spawn } from 'node:child_process';
import { findElectronBinary } from './electron-binary.mjs';

const binary = findElectronBinary();
const child = binary
  ? spawn(binary, ['.'], { stdio: 'inherit' })
  : (console.log(
      '\nThe Electron runtime is not installed on this machine (its binary cannot be downloaded\n' +
        'here), so Otvori starts in your browser instead. Open the address below.\n',
    ),
    spawn(process.execPath, ['dist/node/web-host.mjs', ...process.argv.slice(2)], {
      stdio: 'inherit',
    }));

const forward = (signal) => () => child.kill(signal);
process.on('SIGINT', forward('SIGINT'));
process.on('SIGTERM', forward('SIGTERM'));
child.on('exit', (code) => process.exit(code ?? 0));
