import { serve } from './src/publish/serve.ts';
import { launchChromium } from './src/publish/chromium.ts';
const [dir, base, ...paths] = process.argv.slice(2);
const server = await serve(dir!, base);
const browser = await launchChromium();
for (const p of paths) {
  const [path, width = '1280'] = p.split('@');
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log('console', m.type(), m.text()); });
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  await page.goto(server.url + encodeURI(path!.replace(/^\//, '')), { waitUntil: 'networkidle' });
  await page.waitForTimeout(800);
  const file = `/tmp/shot-${paths.indexOf(p)}-${width}.png`;
  await page.screenshot({ path: file, fullPage: true });
  console.log(file);
  await page.close();
}
await browser.close();
await server.close();
