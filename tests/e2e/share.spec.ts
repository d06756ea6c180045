import { expect, SEED_HEADLINE, SEED_PATH, test } from './fixtures';

const CANONICAL = `https://warta.example${SEED_PATH}`;

test('the share links carry the canonical URL and open in a new tab', async ({ page }) => {
  await page.goto(SEED_PATH);
  const share = page.getByRole('region', { name: 'Bagikan' });
  const expected: Record<string, string> = {
    WhatsApp: 'https://wa.me/',
    Facebook: 'https://www.facebook.com/sharer/sharer.php',
    X: 'https://x.com/intent/post',
    Telegram: 'https://t.me/share/url',
  };
  for (const [network, endpoint] of Object.entries(expected)) {
    const link = share.getByRole('link', { name: `Bagikan ke ${network} (membuka tab baru)` });
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    const href = new URL((await link.getAttribute('href')) ?? '');
    expect(`${href.origin}${href.pathname}`).toBe(endpoint);
    expect([...href.searchParams.values()].join(' ')).toContain(CANONICAL);
  }
  const whatsapp = new URL((await share.getByRole('link', { name: /WhatsApp/ }).getAttribute('href')) ?? '');
  expect(whatsapp.searchParams.get('text')).toBe(`${SEED_HEADLINE} ${CANONICAL}`);
});

test('"Salin tautan" puts the canonical URL on the clipboard and says so', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL ?? '' });
  await page.goto(SEED_PATH);
  await page.getByRole('button', { name: 'Salin tautan' }).click();
  await expect(page.getByRole('region', { name: 'Bagikan' }).getByRole('status')).toHaveText('Tautan disalin');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(CANONICAL);
});
