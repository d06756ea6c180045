/**
 * The seed article as its text file has it (../shared/seed beside the project), read line by
 * line, so tests can hold the rendered article to the original words.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const SEED_FILE = path.resolve(import.meta.dirname, '../../shared/seed/000_1b79215128817a4d.txt');
const lines = readFileSync(SEED_FILE, 'utf8').split('\n');

const at = (index: number): string => {
  const line = lines[index];
  if (line === undefined) throw new Error(`the seed has no line ${index + 1}`);
  return line;
};
const shareIndex = lines.indexOf('Bagikan');
const relatedIndex = lines.indexOf('Berita Terkait');

export const seed = {
  headline: at(0),
  /** "Bendera Korea Utara. (Foto: Unsplash/Micha Brändli)" */
  captionLine: at(3),
  /** The body as the seed has it: paragraphs and the "Baca juga:" lines, in order. */
  bodyLines: lines.slice(4, shareIndex),
  relatedHeadlines: lines.slice(relatedIndex + 1).filter((line) => line.trim() !== ''),
};
