/**
 * `--cpu-prof` for a service started through tsx: Node 20 refuses `--cpu-prof` in
 * NODE_OPTIONS, but allows `--require`. Loaded with
 *   NODE_OPTIONS="--require scripts/bench/cpuProfPreload.cjs" BENCH_CPU_PROF_DIR=dir
 * it profiles the process from start to exit (a clean exit: runService's SIGTERM path
 * calls process.exit) and writes <dir>/CPU.<pid>.cpuprofile, as --cpu-prof would.
 */
'use strict';
const dir = process.env.BENCH_CPU_PROF_DIR;
if (dir) {
  const fs = require('node:fs');
  const path = require('node:path');
  const inspector = require('node:inspector');
  const session = new inspector.Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 1000 });
  session.post('Profiler.start');
  let written = false;
  process.on('exit', () => {
    if (written) return;
    written = true;
    // An in-thread inspector session answers synchronously, so this works in 'exit'.
    session.post('Profiler.stop', (error, result) => {
      if (error || !result) return;
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, `CPU.${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  });
}
