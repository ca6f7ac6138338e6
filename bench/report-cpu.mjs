// Loaded with `node --import` by bench/extract.mjs: prints the process's CPU time on exit, so a benchmark can compare
// CPU spent (which other load on the machine barely moves) as well as wall time.
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write(`bench-cpu-ms ${Math.round((user + system) / 1000)}\n`);
});
