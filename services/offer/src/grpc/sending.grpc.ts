import { offerV1 } from '@hr/contracts';
import { CallInfo, requirePrincipal } from '@hr/platform';
import { answerByLink, describeAnswerLink } from '../app/answer-by-link';
import { listSends } from '../app/list-sends';
import type { OfferDeps } from '../app/ports';
import { HrAnswer, recordAnswer } from '../app/record-answer';
import { sendOffer } from '../app/send-offer';
import { fromProtoChange, toProtoOffer, toProtoSend } from './offer.mapper';

/** Sending and answers. The two link RPCs take no principal: the signed token is the proof. */
export function sendingHandlers(deps: OfferDeps) {
  return {
    sendOffer: async (req: offerV1.SendOfferRequest, call: CallInfo) => {
      const { offer, send } = await sendOffer(deps, req, requirePrincipal(call));
      return { offer: toProtoOffer(offer), send: toProtoSend(send) };
    },
    listSends: async (req: offerV1.ListSendsRequest, call: CallInfo) => {
      const result = await listSends(deps, { id: req.id, includeContent: req.includeContent }, requirePrincipal(call));
      const sends = result.sends.map(({ send, letter }) =>
        offerV1.SentLetter.fromPartial({
          send: toProtoSend(send),
          html: letter?.html ?? '',
          text: letter?.text ?? '',
          pdf: letter?.pdf ?? Buffer.alloc(0),
          pdfFilename: letter?.pdfFilename ?? '',
        }),
      );
      return { sends, sendCount: result.sendCount };
    },
    recordAnswer: async (req: offerV1.RecordAnswerRequest, call: CallInfo) => {
      const input = { id: req.id, answer: req.answer as HrAnswer, comment: req.comment, change: fromProtoChange(req) };
      return { offer: toProtoOffer(await recordAnswer(deps, input, requirePrincipal(call))) };
    },
    describeAnswerLink: async (req: offerV1.DescribeAnswerLinkRequest) => {
      const { action, offer, locale, companyName } = await describeAnswerLink(deps, req.token);
      return offerV1.DescribeAnswerLinkResponse.fromPartial({
        action,
        offerStatus: offer.status,
        candidateName: offer.candidate.name,
        positionTitle: offer.positionTitle,
        departmentName: offer.departmentName,
        startDate: offer.startDate,
        expiresAt: offer.expiresAt,
        locale,
        companyName,
      });
    },
    answerByLink: async (req: offerV1.AnswerByLinkRequest) => {
      const { offer, locale } = await answerByLink(deps, { token: req.token, reason: req.reason });
      return { offerStatus: offer.status, locale };
    },
  };
}
