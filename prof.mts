import { diskFiles } from './src/model/files.ts';
import { loadReport } from './src/model/load-report.ts';
const t = performance.now();
const r = await loadReport(diskFiles('bench-out/100x'));
console.log('total', (performance.now() - t).toFixed(0), r.diagnostics.length);
