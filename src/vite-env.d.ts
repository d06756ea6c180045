/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_API_BASE_URL?: string;
  /** Set by vite.config.ts: the build is of the built-in sample content. */
  readonly VITE_SAMPLE_CONTENT?: boolean;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
