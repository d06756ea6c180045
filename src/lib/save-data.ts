interface NetworkInformation {
  saveData?: boolean;
  effectiveType?: string;
}

/** Whether the browser asks pages to save data (Save-Data on, or a 2G connection): then nothing is fetched ahead. */
export function savesData(): boolean {
  const connection = (navigator as Navigator & { connection?: NetworkInformation }).connection;
  return connection?.saveData === true || /(^|-)2g$/.test(connection?.effectiveType ?? '');
}
