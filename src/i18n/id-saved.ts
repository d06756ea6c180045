/**
 * The strings of the saved stories ("Simpan", the "Tersimpan" page), in Indonesian: in their own
 * chunk with the code that shows them (the button loads after the app starts; the page is its own
 * route), not in every page's shared strings. The navigation's label and the page's title stay in id.ts.
 */
export const idSaved = {
  save: 'Simpan',
  saved: 'Tersimpan',
  /** Said once a story is saved, before a link to the "Tersimpan" page. */
  savedNote: 'Disimpan di perangkat ini.',
  openSaved: 'Lihat Tersimpan',
  removedNote: 'Dihapus dari Tersimpan.',
  saveError: 'Berita tidak dapat disimpan di peramban ini. Coba lagi, atau periksa apakah penyimpanan situs diizinkan.',
  heading: 'Berita Tersimpan',
  intro: 'Disimpan di perangkat ini, yang terakhir disimpan paling atas.',
  loading: 'Memuat berita tersimpan…',
  empty: 'Belum ada berita tersimpan. Ketuk “Simpan” di sebuah berita untuk membacanya nanti.',
  error: 'Berita tersimpan tidak dapat dibaca di peramban ini.',
  needsScript: 'Berita tersimpan memerlukan JavaScript. Aktifkan JavaScript di peramban Anda.',
  remove: 'Hapus',
  removeLabel: (headline: string) => `Hapus dari Tersimpan: ${headline}`,
  removed: (headline: string) => `Dihapus dari Tersimpan: ${headline}`,
  removeError: 'Berita ini tidak dapat dihapus. Coba lagi.',
};
