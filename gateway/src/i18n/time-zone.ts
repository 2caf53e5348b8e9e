/** The canonical IANA name of a zone Intl knows (`asia/shanghai` → `Asia/Shanghai`), or undefined. */
export function canonicalTimeZone(name: string): string | undefined {
  // Offsets such as +08:00 are not zones: an interview keeps its zone across daylight-saving changes.
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(name)) return undefined;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}
