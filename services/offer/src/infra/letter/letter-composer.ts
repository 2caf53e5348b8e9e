import type { LetterComposerPort, LetterRequest } from '../../app/ports';
import type { Locale } from '../../domain/offer';
import type { TemplateContent } from '../../domain/offer-template';
import { renderLetter, RenderedLetter } from './letter-renderer';
import { LetterContext, letterVariables } from './letter-variables';
import type { PdfFont } from './pdf-font';
import { renderPdf } from './pdf-letter';
import { sampleTerms } from './sample-offer';

export interface ComposedLetter extends RenderedLetter {
  pdf: Buffer;
  filename: string;
}

const SAMPLE_LINKS = { accept: 'https://example.com/offer/accept', decline: 'https://example.com/offer/decline' };

/** Turns a template and an offer's terms into the e-mail (HTML + text) and the PDF letter. */
export class LetterComposer implements LetterComposerPort {
  constructor(private readonly settings: { companyName: string; timeZone: string; font: PdfFont }) {}

  render(request: LetterRequest): RenderedLetter {
    const context: LetterContext = { ...request, companyName: this.settings.companyName, timeZone: this.settings.timeZone };
    return renderLetter(request.content, letterVariables(request.terms, context), request.locale);
  }

  async compose(request: LetterRequest): Promise<ComposedLetter> {
    const letter = this.render(request);
    const pdf = await renderPdf(letter.markdown, {
      font: this.settings.font,
      title: letter.subject,
      author: this.settings.companyName,
      createdAt: request.issuedAt,
    });
    const name = request.offerNumber || 'offer-letter';
    return { ...letter, pdf, filename: `${name}.pdf` };
  }

  /** Fills a template with sample terms twice (every optional part present, then none) so strict mode sees every branch. */
  check(content: TemplateContent, locale: Locale, now: Date): void {
    for (const full of [true, false]) {
      this.render({ content, terms: sampleTerms(locale, now, full), locale, offerNumber: 'OFF-SAMPLE', issuedAt: now, links: SAMPLE_LINKS });
    }
  }

  sample(locale: Locale, now: Date): Omit<LetterRequest, 'content'> {
    return { terms: sampleTerms(locale, now), locale, offerNumber: 'OFF-SAMPLE', issuedAt: now, links: SAMPLE_LINKS };
  }
}
