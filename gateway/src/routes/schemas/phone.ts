const MOBILE = /^1[3-9]\d{9}$/;
// Area code (10, or 2–3 digits not starting with 0/1) + a 7–8 digit subscriber number.
const LANDLINE = /^(?:10|[2-9]\d{1,2})\d{7,8}$/;

/**
 * Normalises a mainland China number to E.164 (+86…): mobiles like 138 1234 5678, +86-138-1234-5678,
 * 008613812345678, and landlines like 010-12345678 or +86 755 1234 5678. Undefined when not one.
 */
export function normalizeCnPhone(raw: string): string | undefined {
  let digits = raw.trim().replace(/[\s\-().]/g, '');
  let international = false;
  if (digits.startsWith('+86')) [digits, international] = [digits.slice(3), true];
  else if (digits.startsWith('0086')) [digits, international] = [digits.slice(4), true];
  else if (/^86\d{11}$/.test(digits)) [digits, international] = [digits.slice(2), true];
  if (!/^\d+$/.test(digits)) return undefined;
  if (MOBILE.test(digits)) return `+86${digits}`;
  // The trunk 0 is written domestically only: 010-… at home, +86 10 … from abroad.
  const national = international ? digits : digits.startsWith('0') ? digits.slice(1) : '';
  return LANDLINE.test(national) ? `+86${national}` : undefined;
}
