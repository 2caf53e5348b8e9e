import type { DocumentKind } from './document-kind';

export type UnreadableReason = 'corrupt' | 'encrypted' | 'unsupported' | 'timeout';

/** The file cannot be read as text: the caller still stores it and marks the candidate for manual entry. */
export class UnreadableDocumentError extends Error {
  constructor(
    readonly reason: UnreadableReason,
    message: string,
    /** What the file appeared to be, when that much was known. */
    readonly kind?: DocumentKind,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'UnreadableDocumentError';
  }
}
