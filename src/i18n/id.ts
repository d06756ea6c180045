/** Every string the reader sees, in Indonesian, in one place. */
export const id = {
  siteName: 'Warta',
  siteTagline: 'Berita yang cepat dibaca',
  skipLink: 'Langsung ke konten',
  nav: {
    label: 'Navigasi utama',
    home: 'Beranda',
  },
  footer: {
    sampleNotice:
      'Warta menampilkan konten contoh. Gambar adalah gambar pengganti buatan Warta; keterangan dan kredit foto mengikuti naskah aslinya.',
    copyright: (year: number) => `© ${year} Warta`,
  },
  home: {
    documentTitle: 'Warta — Berita terkini',
    heading: 'Berita Terkini',
    description: 'Warta: berita terkini yang cepat dibaca di ponsel, dari dunia dan dari tanah air.',
    loading: 'Memuat berita terkini…',
    empty: 'Belum ada berita.',
    error: 'Berita terkini tidak dapat dimuat.',
  },
  article: {
    documentTitle: (headline: string) => `${headline} | Warta`,
    loading: 'Memuat artikel…',
    readAlso: 'Baca juga:',
    editorInitials: 'Inisial editor',
    photoCredit: (credit: string) => `(${credit})`,
  },
  share: {
    heading: 'Bagikan',
    on: (network: string) => `Bagikan ke ${network}`,
    newTab: '(membuka tab baru)',
    copy: 'Salin tautan',
    copied: 'Tautan disalin.',
    copyManually: 'Salin tautan ini secara manual:',
    native: 'Bagikan lewat aplikasi lain',
  },
  related: {
    heading: 'Berita Terkait',
    loading: 'Memuat berita terkait…',
    error: 'Berita terkait tidak dapat dimuat.',
  },
  notFound: {
    documentTitle: 'Halaman tidak ditemukan | Warta',
    heading: 'Halaman tidak ditemukan',
    body: 'Halaman yang Anda cari tidak ada, atau alamatnya salah ketik.',
    home: 'Kembali ke beranda',
  },
  error: {
    documentTitle: 'Artikel tidak dapat dimuat | Warta',
    articleHeading: 'Artikel tidak dapat dimuat',
    generic: 'Terjadi gangguan saat memuat. Periksa koneksi Anda, lalu coba lagi.',
    timeout: 'Server terlalu lama menjawab. Periksa koneksi Anda, lalu coba lagi.',
    offline: 'Perangkat Anda sedang luring. Periksa koneksi Anda, lalu coba lagi.',
    invalid: 'Data artikel yang diterima rusak atau tidak lengkap.',
    retry: 'Coba lagi',
    retrying: 'Memuat ulang…',
    home: 'Kembali ke beranda',
  },
} as const;
