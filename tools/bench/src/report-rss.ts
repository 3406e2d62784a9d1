// Loaded with `node --import` into a benchmarked CLI run: reports the process's peak memory as it exits.
process.on('exit', () => {
  process.stderr.write(`\nbench-peak-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
