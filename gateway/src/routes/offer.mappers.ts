import type { offerV1 } from '@hr/contracts';
import { present } from './present';

type Offer = offerV1.Offer;

/** The proto's empty strings are "not set": they leave the JSON instead of reaching clients as "". */
const orUndefined = (value: string | undefined) => value || undefined;

function presentApproval(approval: offerV1.Approval | undefined, status: string) {
  if (!approval) return undefined;
  const pending = status === 'pending_approval' && !approval.closed;
  return {
    round: approval.round,
    levelKeys: approval.levelKeys,
    current: approval.current,
    currentLevel: pending ? approval.levelKeys[approval.current] : undefined,
    closed: approval.closed,
    history: approval.history,
  };
}

/** The offer as clients see it: the terms at the top level, shaped like the create body. */
export function presentOffer(offer: Offer) {
  const terms = offer.terms;
  const salary = terms?.salary;
  const candidate = terms?.candidate;
  return {
    id: offer.id,
    number: offer.number,
    status: offer.status,
    applicationId: terms?.applicationId ?? '',
    candidateId: terms?.candidateId ?? '',
    requisitionId: terms?.requisitionId ?? '',
    candidate: { name: candidate?.name ?? '', email: candidate?.email ?? '', locale: candidate?.locale || 'zh-CN' },
    positionId: terms?.positionId ?? '',
    positionTitle: terms?.positionTitle ?? '',
    departmentId: terms?.departmentId ?? '',
    departmentName: terms?.departmentName ?? '',
    grade: terms?.grade ?? '',
    salary: {
      currency: 'CNY',
      monthlyBase: salary?.monthlyBase ?? '',
      monthsPerYear: salary?.monthsPerYear ?? 12,
      allowances: salary?.allowances ?? [],
      bonus: salary?.bonus ?? '',
    },
    annualCash: offer.annualCash,
    probation: { months: terms?.probation?.months ?? 0, salary: orUndefined(terms?.probation?.monthlySalary) },
    startDate: terms?.startDate ?? '',
    workLocation: terms?.workLocation ?? '',
    contract: { type: terms?.contract?.type ?? '', years: terms?.contract?.years ?? 0 },
    reportingManager: { userId: orUndefined(terms?.reportingManager?.userId), name: terms?.reportingManager?.name ?? '' },
    expiresAt: terms?.expiresAt,
    notes: orUndefined(terms?.notes),
    approval: presentApproval(offer.approval, offer.status),
    sendCount: offer.sendCount,
    lastSentAt: offer.sends.at(-1)?.sentAt,
    answer: offer.answer && { ...offer.answer, reason: orUndefined(offer.answer.reason) },
    negotiations: offer.negotiations,
    statusHistory: offer.statusHistory.map((change) => ({
      from: change.fromStatus,
      to: change.toStatus,
      by: change.by,
      at: change.at,
      comment: orUndefined(change.comment),
    })),
    withdrawReason: orUndefined(offer.withdrawReason),
    expiredAt: offer.expiredAt,
    createdBy: offer.createdBy,
    createdAt: offer.createdAt,
    updatedAt: offer.updatedAt,
    version: offer.version,
  };
}

/** One sending; the stored letter's id stays between the gateway and the service. */
export function presentSend(send: offerV1.OfferSend) {
  const { letterId: _letterId, ...shown } = send;
  return shown;
}

export function presentSentLetter(letter: offerV1.SentLetter, withContent: boolean) {
  const send = presentSend(present(letter.send, 'send'));
  if (!withContent) return send;
  return { ...send, html: letter.html, text: letter.text, pdfFilename: orUndefined(letter.pdfFilename) };
}

export function presentTemplate(template: offerV1.OfferTemplate) {
  return { ...template, positionId: orUndefined(template.positionId) };
}
