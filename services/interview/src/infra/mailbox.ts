import type { InvitationPerson } from './icalendar';

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+$/;

/** Reads `"Name" <address>`, `Name <address>` or a bare address, as mail headers write a mailbox. */
export function parseMailbox(text: string): InvitationPerson {
  const match = /^\s*(?:"([^"]*)"|([^<"]*?))\s*<([^<>]+)>\s*$/.exec(text);
  const name = (match ? match[1] ?? match[2] : '').trim();
  const email = (match ? match[3] : text).trim();
  if (!EMAIL.test(email)) throw new Error(`${text} is not a mailbox like "Name" <address@example.com>`);
  return { name: name || email, email };
}
