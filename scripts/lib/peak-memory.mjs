// Preloaded by the benchmark into the process it measures: writes that process's peak memory.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.DOSSIER_PEAK_FILE) writeFileSync(process.env.DOSSIER_PEAK_FILE, String(process.resourceUsage().maxRSS));
});
