import { DomainError } from '@hr/workflow';
import type { EventData, OfferSent } from '@hr/contracts';
import type { MessageAttachment } from '../domain/notification';

type LetterAttachment = EventData<typeof OfferSent>['attachments'][number];

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const PDF_MAGIC = '%PDF-';
/** Many mail servers refuse messages above 10–25 MB. */
const MAX_BYTES = 10 * 1024 * 1024;

/**
 * The letter's PDF as the e-mail attachment. Only a PDF goes to a candidate: an attachment that is
 * not one (by type and by its first bytes), is not base64 or is too big refuses the event, which
 * goes to the retry and dead-letter queues rather than mailing something nobody meant to send.
 */
export function offerLetterAttachments(attachments: LetterAttachment[], offerNumber: string): MessageAttachment[] {
  return attachments.map((attachment, index) => {
    const content = attachment.content.replace(/\s+/g, '');
    const problem = problemWith(attachment.contentType, content);
    if (problem) throw new DomainError('invalid_argument', 'OFFER_ATTACHMENT_REFUSED', `offer letter attachment ${index} ${problem}`);
    return { filename: pdfFilename(attachment.filename, offerNumber), contentType: 'application/pdf', content, encoding: 'base64' as const };
  });
}

function problemWith(contentType: string, base64: string): string | undefined {
  if (!/^application\/pdf\s*(;|$)/i.test(contentType)) return `is ${contentType.slice(0, 100)}, not application/pdf`;
  if (base64.length % 4 !== 0 || !BASE64.test(base64)) return 'is not base64';
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.subarray(0, PDF_MAGIC.length).toString('latin1') !== PDF_MAGIC) return 'is not a PDF document';
  if (bytes.length > MAX_BYTES) return `is larger than ${MAX_BYTES} bytes`;
  return undefined;
}

/** The name the offer service gave, without any path or control characters, ending in `.pdf`. */
export function pdfFilename(given: string, offerNumber: string): string {
  const base = (given.split(/[\\/]/).pop() ?? '')
    .replace(/[\u0000-\u001f\u007f"]/g, '')
    .trim()
    .slice(0, 120);
  if (!base.replace(/\.pdf$/i, '').replace(/\./g, '')) return `offer-${offerNumber.replace(/[^\w.-]/g, '_')}.pdf`;
  return /\.pdf$/i.test(base) ? base : `${base}.pdf`;
}
