/**
 * The embed card's strings, in Indonesian: kept beside id.ts, in a module of their own, so that they
 * travel only in the embed card's chunk (pages without an embed never load them).
 */
export const idEmbed = {
  youtube: 'YouTube',
  x: 'X',
  instagram: 'Instagram',
  tiktok: 'TikTok',
  facebook: 'Facebook',
  /** The card's link: to the post, on its own site. */
  open: (provider: string) => `Buka di ${provider}`,
  newTab: '(membuka tab baru)',
  play: 'Putar video',
  /** Under the play button: nothing comes from YouTube before it is pressed. */
  playNote: 'Tidak ada yang dimuat dari YouTube sebelum Anda menekan tombol putar.',
  playerTitle: (title: string) => `Video YouTube: ${title}`,
};
