/** Grapheme clusters, so a Chinese character, an emoji or a letter with its accents is shown whole or not at all. */
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** An address or something like one inside free text (SMTP replies quote `<ann@example.com>`). */
const ADDRESS_IN_TEXT = /[^\s<>"'(),;:[\]@]+@[^\s<>"'(),;:[\]@]+/gu;

/**
 * An address as admins see it in the delivery log: the first character of the local part, then
 * `***`, then the domain as it was given (Unicode or punycode), e.g. `z***@example.com`,
 * `张***@例子.中国`. A one-character local part is hidden entirely, since showing it would reveal it.
 */
export function maskEmail(address: string): string {
  const trimmed = address.trim();
  const at = trimmed.lastIndexOf('@');
  if (at <= 0 || at === trimmed.length - 1) return '***';
  const local = [...graphemes.segment(trimmed.slice(0, at))].map((part) => part.segment);
  const shown = local.length > 1 ? local[0] : '';
  return `${shown}***@${trimmed.slice(at + 1)}`;
}

/** Free text (an SMTP error) with every address in it masked. */
export function maskEmailsIn(text: string): string {
  return text.replace(ADDRESS_IN_TEXT, (address) => maskEmail(address));
}
