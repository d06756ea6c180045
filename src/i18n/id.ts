/**
 * A size in bytes as the most a picture costs, in kB rounded up: "hingga 85 kB", with a dot between
 * thousands as Indonesian writes them ("hingga 1.250 kB"). By hand, not with toLocaleString: that
 * builds a number format on each call, over a millisecond for every picture the app renders.
 */
const upTo = (bytes: number) => `hingga ${String(Math.ceil(bytes / 1000)).replace(/\B(?=(\d{3})+$)/g, '.')} kB`;

/** Every string the reader sees, in Indonesian, in one place. */
export const id = {
  siteName: 'Warta',
  siteTagline: 'Berita yang cepat dibaca',
  skipLink: 'Langsung ke konten',
  nav: {
    label: 'Navigasi utama',
    announce: (title: string) => `Halaman dibuka: ${title}`,
    home: 'Beranda',
    backHome: 'Kembali ke beranda',
  },
  saved: {
    nav: 'Tersimpan',
    documentTitle: 'Berita Tersimpan | Warta',
    description: 'Berita yang Anda simpan untuk dibaca nanti, di perangkat ini.',
  },
  update: {
    available: 'Versi baru Warta tersedia.',
    reload: 'Muat ulang',
  },
  settings: {
    menu: 'Tampilan',
    theme: 'Tema',
    themes: { light: 'Terang', dark: 'Gelap', system: 'Sistem' },
    textSize: 'Ukuran teks',
    textSizes: { '': 'Normal', l: 'Besar', xl: 'Lebih besar', xxl: 'Terbesar' },
    saveData: 'Hemat data',
    saveDataHint: 'Gambar baru dimuat saat diketuk.',
    saveDataChoices: { '': 'Ikuti perangkat', on: 'Aktif', off: 'Mati' },
  },
  footer: {
    sampleNotice:
      'Warta menampilkan konten contoh. Gambar adalah gambar pengganti buatan Warta; keterangan dan kredit foto mengikuti naskah aslinya.',
    copyright: (year: number) => `© ${year} Warta`,
  },
  home: {
    documentTitle: 'Warta — Berita terkini',
    pageTitle: (page: number) => `Berita Terkini — Halaman ${page} | Warta`,
    heading: 'Berita Terkini',
    description: 'Warta: berita terkini yang cepat dibaca di ponsel, dari dunia dan dari tanah air.',
    loading: 'Memuat berita terkini…',
    empty: 'Belum ada berita.',
    error: 'Berita terkini tidak dapat dimuat.',
  },
  search: {
    label: 'Cari berita',
    placeholder: 'Cari berita…',
    submit: 'Cari',
    documentTitle: (query: string) => (query ? `Cari: ${query} | Warta` : 'Cari berita | Warta'),
    heading: 'Cari berita',
    /** Followed by the query in «», isolated: a query in Arabic script does not reorder the sentence. */
    resultsFor: 'Hasil untuk',
    prompt: 'Ketik kata kunci, misalnya nama tokoh, tempat atau peristiwa.',
    loading: 'Mencari…',
    needsScript: 'Pencarian memerlukan JavaScript. Aktifkan JavaScript di peramban Anda, atau telusuri berita dari beranda dan kategori.',
    offline: 'Pencarian akan dimuat begitu perangkat Anda kembali terhubung.',
    error: 'Pencarian tidak dapat dimuat.',
    moreError: 'Hasil berikutnya tidak dapat dimuat. Coba lagi.',
    noResults: 'Tidak ada hasil untuk',
    noResultsHint: 'Periksa ejaannya atau coba kata yang lebih umum.',
    count: (count: number) => (count === 1 ? '1 berita ditemukan' : `${count} berita ditemukan`),
  },
  list: {
    more: 'Muat lebih banyak',
    loadingMore: 'Memuat…',
    loadedMore: (count: number) => `${count} berita lagi dimuat`,
    moreError: 'Berita berikutnya tidak dapat dimuat.',
    page: (page: number) => `Halaman ${page}`,
    offline: 'Berita akan dimuat begitu perangkat Anda kembali terhubung.',
  },
  category: {
    heading: 'Kategori',
    description: (name: string) => `Berita ${name} terbaru di Warta.`,
    documentTitle: (name: string, page: number) => (page > 1 ? `${name} — Halaman ${page} | Warta` : `${name} | Warta`),
    error: 'Berita di kategori ini tidak dapat dimuat.',
    empty: 'Belum ada berita di kategori ini.',
  },
  article: {
    documentTitle: (headline: string) => `${headline} | Warta`,
    loading: 'Memuat artikel…',
    readAlso: 'Baca juga:',
    /** The heading of a "Baca juga" box of several links. */
    readAlsoBox: 'Baca juga',
    editorInitials: 'Inisial editor',
    /** "4 menit baca". */
    readingTime: (minutes: number) => `${minutes} menit baca`,
    /** Before the time a story was last changed, when it was changed after it was published. */
    updated: 'Diperbarui',
    photoCredit: (credit: string) => `(${credit})`,
    /** "Oleh Ana", "Oleh Ana dan Budi", "Oleh Ana, Budi dan Cici". */
    byline: (names: readonly string[]) => `Oleh ${names.length > 1 ? `${names.slice(0, -1).join(', ')} dan ${names.at(-1) ?? ''}` : (names[0] ?? '')}`,
    tags: 'Topik',
    gallery: (count: number) => `Galeri foto, ${count} foto`,
    galleryPhoto: (index: number, count: number) => `Foto ${index} dari ${count}`,
    /** "Video, 1:05". */
    /** A video's label; a duration of "" is one the CMS did not give (an imported video). */
    video: (duration: string) => (duration ? `Video, ${duration}` : 'Video'),
  },
  tag: {
    heading: 'Topik',
    description: (name: string) => `Berita tentang ${name} di Warta.`,
    documentTitle: (name: string, page: number) => (page > 1 ? `${name} — Halaman ${page} | Warta` : `Topik: ${name} | Warta`),
    error: 'Berita dengan topik ini tidak dapat dimuat.',
    empty: 'Belum ada berita dengan topik ini.',
  },
  image: {
    unavailable: 'Gambar tidak tersedia',
    // "Hemat data": a picture waits for a tap; its size is the most it can cost ("hingga 85 kB").
    showVisible: 'Tampilkan gambar',
    upTo,
    show: (alt: string, bytes: number | undefined) => `Tampilkan gambar${alt ? `: ${alt}` : ''}${bytes === undefined ? '' : `, ${upTo(bytes)}`}`,
  },
  share: {
    heading: 'Bagikan',
    on: (network: string) => `Bagikan ke ${network}`,
    newTab: '(membuka tab baru)',
    copy: 'Salin tautan',
    copied: 'Tautan disalin',
    copyManually: 'Salin tautan ini secara manual:',
    native: 'Bagikan lewat aplikasi lain',
    failed: 'Tombol berbagi tidak dapat ditampilkan. Tautan artikel ini:',
  },
  related: {
    heading: 'Berita Terkait',
    loading: 'Memuat berita terkait…',
    error: 'Berita terkait tidak dapat dimuat.',
    offline: 'Berita terkait akan dimuat begitu perangkat Anda kembali terhubung.',
    failed: 'Berita terkait tidak dapat ditampilkan.',
  },
  notFound: {
    documentTitle: 'Halaman tidak ditemukan | Warta',
    heading: 'Halaman tidak ditemukan',
    body: 'Halaman yang Anda cari tidak ada, atau alamatnya salah ketik.',
  },
  error: {
    documentTitle: (heading: string) => `${heading} | Warta`,
    articleHeading: 'Artikel tidak dapat dimuat',
    offlineHeading: 'Perangkat Anda sedang luring',
    offlineWaiting: 'Artikel ini akan dimuat begitu koneksi kembali. Artikel yang sudah Anda buka tetap bisa dibaca.',
    retry: 'Coba lagi',
    retrying: 'Memuat ulang…',
  },
  /** The page a server sends when it cannot render one (502, 503). */
  unavailable: {
    heading: 'Halaman tidak dapat dimuat',
    body: 'Warta sedang tidak dapat mengambil berita ini. Coba lagi sebentar lagi.',
  },
  /** What went wrong, by kind (lib/failure.ts): the same words in every view that fetches. */
  failure: {
    offline: 'Perangkat Anda sedang luring. Periksa koneksi Anda, lalu coba lagi.',
    'not-found': 'Data ini tidak ada di server. Mungkin sudah dipindahkan atau dihapus.',
    server: 'Server sedang bermasalah. Coba lagi sebentar lagi.',
    timeout: 'Server terlalu lama menjawab. Periksa koneksi Anda, lalu coba lagi.',
    invalid: 'Data yang diterima rusak atau tidak lengkap.',
    network: 'Server tidak dapat dihubungi. Periksa koneksi Anda, lalu coba lagi.',
    unknown: 'Terjadi gangguan saat memuat. Coba lagi.',
  },
} as const;
