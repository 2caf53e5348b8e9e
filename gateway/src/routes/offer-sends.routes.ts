import { z } from 'zod';
import { DomainError } from '@hr/platform';
import { AnyRoute, defineRoute } from '../openapi/route-registry';
import { attachmentDisposition } from '../uploads/content-disposition';
import { presentSentLetter } from './offer.mappers';
import { OFFER_AUTHORS, OFFER_READERS, OFFER_TAGS } from './offers.routes';
import type { RouteDeps } from './route-deps';
import { booleanQuery, serviceIdSchema } from './schemas/common.schemas';
import { sendsSchema } from './schemas/offer-output.schemas';

const sendsQuery = z.object({
  includeContent: booleanQuery.optional().describe('Also each letter as mailed (HTML and text; HR only)'),
});
const letterParams = z.object({
  id: serviceIdSchema,
  sequence: z.coerce.number().int().min(1).max(10_000).describe('The send, 1 for the first'),
});

export function offerSendRoutes({ offers, fileCallDeadlineMs }: RouteDeps): AnyRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/v1/offers/{id}/sends',
      operationId: 'listOfferSends',
      summary: 'Every send of the letter: when, by whom, to which address, with which template version',
      tags: OFFER_TAGS,
      roles: OFFER_READERS,
      params: z.object({ id: serviceIdSchema }),
      query: sendsQuery,
      responses: { 200: { description: 'The sends, first first', schema: sendsSchema } },
      handler: async ({ params, query }) => {
        const withContent = query.includeContent ?? false;
        const result = await offers.listSends({ id: params.id, includeContent: withContent }, withContent ? { deadlineMs: fileCallDeadlineMs } : {});
        return { data: result.sends.map((letter) => presentSentLetter(letter, withContent)), sendCount: result.sendCount };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/offers/{id}/sends/{sequence}/letter.pdf',
      operationId: 'downloadSentOfferLetter',
      summary: 'The PDF letter exactly as one send attached it',
      tags: OFFER_TAGS,
      roles: OFFER_AUTHORS,
      params: letterParams,
      responses: { 200: { description: 'The PDF', mediaTypes: ['application/pdf'] } },
      handler: async ({ params, res }) => {
        const result = await offers.listSends({ id: params.id, includeContent: true }, { deadlineMs: fileCallDeadlineMs });
        const letter = result.sends.find((sent) => sent.send?.sequence === params.sequence);
        if (!letter || letter.pdf.length === 0) throw DomainError.notFound('SENT_LETTER_NOT_FOUND', `${params.id}#${params.sequence}`);
        res.status(200);
        res.setHeader('Content-Type', 'application/pdf');
        res.setHeader('Content-Disposition', attachmentDisposition(letter.pdfFilename || `offer-${params.id}-${params.sequence}.pdf`));
        res.setHeader('Content-Length', String(letter.pdf.length));
        res.setHeader('Cache-Control', 'private, no-store');
        res.end(letter.pdf);
      },
    }),
  ];
}
