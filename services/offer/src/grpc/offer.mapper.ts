import { offerV1 } from '@hr/contracts';
import { annualCashCents, fromCents } from '../domain/money';
import type { ContractType, Locale, Offer, OfferSend, OfferTerms, Probation, Salary } from '../domain/offer';
import type { NegotiatedChange } from '../domain/offer-negotiation';

const text = (value: string | null | undefined) => value ?? '';

function toProtoTerms(offer: Offer): offerV1.OfferTerms {
  return offerV1.OfferTerms.fromPartial({
    applicationId: offer.applicationId,
    candidateId: offer.candidateId,
    requisitionId: offer.requisitionId,
    candidate: offer.candidate,
    positionId: offer.positionId,
    positionTitle: offer.positionTitle,
    departmentId: offer.departmentId,
    departmentName: offer.departmentName,
    grade: text(offer.grade),
    salary: offer.salary,
    probation: { months: offer.probation.months, monthlySalary: text(offer.probation.monthlySalary) },
    startDate: offer.startDate,
    workLocation: offer.workLocation,
    contract: offer.contract,
    reportingManager: { userId: text(offer.reportingManager.userId), name: offer.reportingManager.name },
    expiresAt: offer.expiresAt,
    notes: text(offer.notes),
  });
}

export function toProtoSend(send: OfferSend): offerV1.OfferSend {
  return offerV1.OfferSend.fromPartial(send);
}

/** fromPartial fills every field the encoder needs, so a missing optional never breaks serialisation. */
export function toProtoOffer(offer: Offer): offerV1.Offer {
  const approval = offer.approval;
  return offerV1.Offer.fromPartial({
    id: offer.id,
    number: offer.number,
    status: offer.status,
    terms: toProtoTerms(offer),
    annualCash: fromCents(annualCashCents(offer.salary)),
    approval: approval && {
      round: approval.round,
      levelKeys: approval.levels.map((level) => level.key),
      current: approval.current,
      closed: approval.closed,
      history: approval.history.map((h) => ({ ...h, byName: text(h.byName), comment: text(h.comment) })),
    },
    sends: offer.sends.map(toProtoSend),
    sendCount: offer.sends.length,
    answer: offer.answer && { ...offer.answer, reason: text(offer.answer.reason) },
    negotiations: offer.negotiations.map((n) => ({ ...n, changes: n.changes.map((c) => ({ field: c.field, before: c.from, after: c.to })) })),
    statusHistory: offer.statusHistory.map((c) => ({ fromStatus: c.from, toStatus: c.to, by: c.by, at: c.at, comment: text(c.comment) })),
    withdrawReason: text(offer.withdrawReason),
    expiredAt: offer.expiredAt ?? undefined,
    createdBy: offer.createdBy,
    createdAt: offer.createdAt,
    updatedAt: offer.updatedAt,
    version: offer.version,
  });
}

function fromProtoSalary(salary: offerV1.Salary | undefined): Salary {
  return {
    currency: (salary?.currency || 'CNY') as 'CNY',
    monthlyBase: salary?.monthlyBase ?? '',
    // proto3 cannot tell 0 from unset: no months means the usual twelve.
    monthsPerYear: salary?.monthsPerYear || 12,
    allowances: (salary?.allowances ?? []).map((a) => ({ name: a.name, amount: a.amount })),
    bonus: salary?.bonus ?? '',
  };
}

function fromProtoProbation(probation: offerV1.Probation | undefined): Probation {
  return { months: probation?.months ?? 0, monthlySalary: probation?.monthlySalary ?? '' };
}

export function fromProtoTerms(input: offerV1.OfferTerms | undefined): OfferTerms {
  return {
    applicationId: input?.applicationId ?? '',
    candidateId: input?.candidateId ?? '',
    requisitionId: input?.requisitionId ?? '',
    candidate: {
      name: input?.candidate?.name ?? '',
      email: input?.candidate?.email ?? '',
      locale: (input?.candidate?.locale || 'zh-CN') as Locale,
    },
    positionId: input?.positionId ?? '',
    positionTitle: input?.positionTitle ?? '',
    departmentId: input?.departmentId ?? '',
    departmentName: input?.departmentName ?? '',
    grade: input?.grade ?? '',
    salary: fromProtoSalary(input?.salary),
    probation: fromProtoProbation(input?.probation),
    startDate: input?.startDate ?? '',
    workLocation: input?.workLocation ?? '',
    contract: { type: (input?.contract?.type ?? '') as ContractType, years: input?.contract?.years ?? 0 },
    reportingManager: { userId: input?.reportingManager?.userId || undefined, name: input?.reportingManager?.name ?? '' },
    expiresAt: input?.expiresAt ?? new Date(Number.NaN),
    notes: input?.notes ?? '',
  };
}

export function fromProtoChange(request: offerV1.RecordAnswerRequest): NegotiatedChange {
  return {
    salary: request.salary && fromProtoSalary(request.salary),
    probation: request.probation && fromProtoProbation(request.probation),
    startDate: request.startDate || undefined,
    expiresAt: request.expiresAt,
  };
}
