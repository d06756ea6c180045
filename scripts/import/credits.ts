/**
 * A photo's caption and its credit, as Indonesian newsrooms write them in one line:
 * "Bendera Korea Utara. (Foto: Unsplash/Micha Brändli)", "Suasana sidang. Foto: ANTARA/Dhemas",
 * "Gunung Semeru. ©Getty Images", "Presiden di Istana. (REUTERS/Willy Kurniawan)".
 */

/** "Foto", "Ilustrasi", "Sumber" …: the words that open a credit. */
const CREDIT_WORD = String.raw`(?:Foto(?:\s*\/\s*Video)?|Ilustrasi|Sumber(?:\s+foto)?|Dok(?:umentasi|\.)?|Grafis|Infografis|Photo|Image|Credit)`;

/** A credit in parentheses at the end: "(Foto: X)". */
const PARENTHESISED = new RegExp(String.raw`^([\s\S]*?)\s*\(\s*(${CREDIT_WORD}\s*:\s*[^()]+?)\s*\)\s*[.]?$`, 'i');
/** A credit after the caption: "… Foto: X" (the last one). */
const TRAILING = new RegExp(String.raw`^([\s\S]*?)(?:^|\s*[|–—-]\s*|\s+)(${CREDIT_WORD}\s*:\s*[^:]+?)\s*$`, 'i');
/** An agency's photo in parentheses: "(REUTERS/Name)", "(ANTARA FOTO/Name/nym)", "(AP Photo/Name)". */
const AGENCY = /^([\s\S]*?)\s*\(\s*([A-Z]{2,}(?:\s+(?:FOTO|Foto|Photo|Images?))?\s*\/[^()]+?)\s*\)\s*\.?$/;
/** A copyright sign and what follows it. */
const COPYRIGHT = /^([\s\S]*?)\s*(©\s*[^©]+?)\s*$/;

/** A caption split from its credit; either may be missing. Pure; never throws. */
export function splitCredit(text: string): { caption?: string; credit?: string } {
  const trimmed = text.trim();
  if (trimmed === '') return {};
  for (const pattern of [PARENTHESISED, AGENCY, COPYRIGHT, TRAILING]) {
    const match = pattern.exec(trimmed);
    const credit = match?.[2]?.trim();
    if (!match || !credit) continue;
    const caption = match[1]?.trim();
    return { ...(caption ? { caption } : {}), credit };
  }
  return { caption: trimmed };
}
