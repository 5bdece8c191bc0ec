// Preloaded with `node -r` into the measured process: at exit, writes the process's peak resident set
// size (kB, from the kernel via resourceUsage) to the file named by PEAK_RSS_FILE.
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  if (process.env.PEAK_RSS_FILE) writeFileSync(process.env.PEAK_RSS_FILE, String(process.resourceUsage().maxRSS));
});
