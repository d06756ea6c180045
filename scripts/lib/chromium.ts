/**
 * How this project launches Chromium, for the browser tests and the benchmarks alike: Debian's
 * (apt-get install chromium) or whatever CHROME_PATH names, with flags that keep it quiet and
 * working in a container (no sandbox, no GPU, nothing fetched in the background).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const chromiumPath = () => process.env.CHROME_PATH ?? '/usr/bin/chromium';
