import { findPhoneNumbersInText, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { PhoneNumber } from 'libphonenumber-js/max';
import { foldWidth } from './text-normalization';

/** Area code (10, 2X or a 3-digit code) + a 7- or 8-digit local number. */
const MAINLAND_LANDLINE = /^(?:10|2\d|[3-9]\d{2})\d{7,8}$/;
/** A landline written with its trunk 0 or a country code, e.g. 0755-1234567 or (0755)1234567. */
const LANDLINE_IN_TEXT = /(?<![\d+])(?:\(0\d{2,3}\)|0\d{2,3})[\s-]?\d{7,8}(?!\d)/g;
const EMAIL_SHAPE = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}$/;
/** Starts only where a local part can start, so a long run without @ is scanned once, not once per character. */
const EMAIL_IN_TEXT = /(?<![a-z0-9!#$%&'*+/=?^_`{|}~.-])[a-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@[a-z0-9.-]{1,253}\.[a-z]{2,24}/gi;

/**
 * The metadata marks some real mainland landlines invalid (7-digit local numbers of smaller cities),
 * so a number written as a landline is accepted on its shape.
 */
function isWrittenMainlandLandline(phone: PhoneNumber, written: string): boolean {
  return (
    phone.countryCallingCode === '86' &&
    MAINLAND_LANDLINE.test(phone.nationalNumber) &&
    /^[(\s]*(?:\+|0)/.test(written)
  );
}

/** E.164 (`+8613812345678`) for mainland mobiles and landlines and for international numbers given with +. */
export function normalizePhone(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  const written = foldWidth(raw).trim();
  if (written.length > 40 || !/\d/.test(written)) return undefined;
  const phone = parsePhoneNumberFromString(written, 'CN');
  if (!phone) return undefined;
  if (phone.isValid() || isWrittenMainlandLandline(phone, written)) return phone.number;
  return undefined;
}

/** Every phone number in free text, in order of appearance, each once. */
export function extractPhones(text: string): string[] {
  const folded = foldWidth(text);
  const found: { at: number; number: string }[] = findPhoneNumbersInText(folded, { defaultCountry: 'CN' }).map(
    (match) => ({ at: match.startsAt, number: match.number.number }),
  );
  for (const match of folded.matchAll(LANDLINE_IN_TEXT)) {
    const number = normalizePhone(match[0]);
    if (number) found.push({ at: match.index ?? 0, number });
  }
  return unique(found.sort((a, b) => a.at - b.at).map((entry) => entry.number));
}

/** Lowercased and shape-checked; full-width ＠ and ．, and the ideographic 。, are folded first. */
export function normalizeEmail(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  const email = foldWidth(raw).replace(/[。｡]/g, '.').trim().toLowerCase();
  if (email.length > 254 || !EMAIL_SHAPE.test(email)) return undefined;
  return email.split('@')[0].length > 64 ? undefined : email;
}

/** Every e-mail address in free text, normalised, in order of appearance, each once. */
export function extractEmails(text: string): string[] {
  const folded = foldWidth(text).replace(/[。｡](?=[a-z0-9])/gi, '.');
  const emails: string[] = [];
  for (const match of folded.matchAll(EMAIL_IN_TEXT)) {
    const email = normalizeEmail(match[0].replace(/^[.]+|[.]+$/g, ''));
    if (email) emails.push(email);
  }
  return unique(emails);
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
