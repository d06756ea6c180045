import { readFile } from 'node:fs/promises';
import { siFacebook, siTelegram, siWhatsapp, siX } from 'simple-icons';
import { expect, it } from 'vitest';

it('draws each network with its current mark from simple-icons, the sprite the share bar uses', async () => {
  const sprite = await readFile('src/features/share/share-icons.svg', 'utf8');
  const symbol = (name: string) => new RegExp(`<symbol id="${name}" viewBox="0 0 24 24"><path d="([^"]+)"/></symbol>`).exec(sprite)?.[1];
  expect(symbol('whatsapp')).toBe(siWhatsapp.path);
  expect(symbol('facebook')).toBe(siFacebook.path);
  expect(symbol('x')).toBe(siX.path);
  expect(symbol('telegram')).toBe(siTelegram.path);
  for (const material of ['link', 'share']) expect(symbol(material)).toMatch(/^M[\d.\s,a-zA-Z-]+$/);
});
