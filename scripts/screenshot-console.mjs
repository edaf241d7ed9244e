// Takes the README's picture of the operator console from a running world, with Debian's chromium driven by the
// Playwright driver that the test project's NuGet package already carries (nothing downloaded, no npm step).
// Run through scripts/screenshot-console.sh, which finds that driver.
import { createRequire } from 'node:module';

const [driver, url, out] = process.argv.slice(2);
const { chromium } = createRequire(import.meta.url)(driver);

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  // The machine is offline: chromium's own background services would only log refused connections.
  args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  // Map, actions and charts, and the top of the status tables: the rest repeats the same regions (and would pass the
  // README's size budget for an image).
  const page = await browser.newPage({ viewport: { width: 1360, height: 1180 } });
  await page.goto(`${url}/_xdt/status.html`);
  // Wait for what the picture is about: every region's state from a status poll, both charts drawn or explained.
  await page.waitForSelector('#map .region[data-health]:not([data-health="unknown"])', { timeout: 15000 });
  for (const chart of ['ttfb', 'lag']) {
    await page.waitForSelector(`figure[data-chart="${chart}"][data-state]`, { timeout: 15000 });
  }
  // A second poll, so traffic shares come from two readings rather than one.
  await page.waitForFunction(() => document.querySelectorAll('#map .region[data-share]').length > 0, null, { timeout: 15000 });
  await page.waitForTimeout(2500);
  await page.screenshot({ path: out });
  console.log(`Console screenshot written to ${out}`);
} finally {
  await browser.close();
}
