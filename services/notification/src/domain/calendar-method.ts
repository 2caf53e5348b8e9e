/**
 * The iTIP METHOD of an iCalendar object (REQUEST, CANCEL, ...), or undefined when it has none.
 * RFC 6047 requires the `method` parameter of a text/calendar MIME part to equal this property, so
 * the part's header is derived from the content rather than trusted from elsewhere.
 */
export function calendarMethod(ics: string): string | undefined {
  // RFC 5545 §3.1: a line break followed by a space or tab continues the previous line.
  const unfolded = ics.replace(/\r?\n[ \t]/g, '');
  const value = /^METHOD(?:;[^:\r\n]*)?:([^\r\n]*)$/im.exec(unfolded)?.[1]?.trim().toUpperCase();
  return value && /^[A-Z][A-Z0-9-]*$/.test(value) ? value : undefined;
}
