import { offerV1, resumeV1 } from '@hr/contracts';
import { OfferClient, OfferSystem, generalManager, hr, hrManager, techHead } from './offer-harness';

/** A person in the resume service with an application to the system's requisition. */
export interface Applicant {
  applicationId: string;
  candidateId: string;
  requisitionId: string;
  name: string;
  email: string;
}

const PIPELINE = ['screening', 'interview', 'offer'] as const;
type Stage = 'new' | (typeof PIPELINE)[number];

let people = 0;

/**
 * A candidate with a Chinese name and an address of their own (the resume service merges people who
 * share one), applying to the system's requisition and moved by HR through the pipeline to `stage`.
 */
export async function applicant(system: OfferSystem, options: { name?: string; stage?: Stage } = {}): Promise<Applicant> {
  people += 1;
  const serial = String((Date.now() % 10_000_000) * 10 + (people % 10)).padStart(8, '0').slice(-8);
  const name = options.name ?? '张三';
  const email = `zhangsan.${serial}@example.com`;
  const { intake } = await system.resume.createCandidate(
    {
      profile: resumeV1.CandidateProfile.fromPartial({ name, email, phone: `138${serial}` }),
      source: resumeV1.Sourcing.fromPartial({ channel: 'website' }),
      tags: [],
      categories: [],
      requisitionId: system.requisitionId,
    },
    { principal: hr },
  );
  const applicationId = intake!.application!.id;
  const target = options.stage ?? 'offer';
  const moves = PIPELINE.slice(0, (PIPELINE as readonly string[]).indexOf(target) + 1);
  for (const stage of moves) {
    await system.resume.changeApplicationStage({ id: applicationId, toStage: stage, reasonCode: '', comment: '', expectedVersion: 0 }, { principal: hr });
  }
  return { applicationId, candidateId: intake!.candidate!.id, requisitionId: system.requisitionId, name, email };
}

const DAY = 86_400_000;

/**
 * What HR sends for an applicant, starting in 20 days (annual cash 452000: above the GM threshold). Only
 * the application, the letter's language and the department's display name are HR's to give; the
 * candidate's name and address, position and department are left for the service to look up.
 */
export function offerTerms(now: Date, who: Applicant, overrides: Partial<offerV1.OfferTerms> = {}): offerV1.OfferTerms {
  return {
    applicationId: who.applicationId,
    candidateId: '',
    requisitionId: '',
    candidate: { name: '', email: '', locale: 'zh-CN' },
    positionId: '',
    positionTitle: '',
    departmentId: '',
    departmentName: '技术部',
    grade: 'P6',
    salary: {
      currency: 'CNY',
      monthlyBase: '30000',
      monthsPerYear: 13,
      allowances: [{ name: '餐补', amount: '600' }, { name: '交通补贴', amount: '400.5' }],
      bonus: '49994',
    },
    probation: { months: 3, monthlySalary: '24000' },
    startDate: new Date(now.getTime() + 20 * DAY).toISOString().slice(0, 10),
    workLocation: '上海',
    contract: { type: 'fixed_term', years: 3 },
    reportingManager: { userId: techHead.userId, name: '李四' },
    expiresAt: new Date(now.getTime() + 7 * DAY),
    notes: '',
    ...overrides,
  };
}

/** Terms for a fresh applicant at the offer stage, on the offer service's clock. */
export async function freshTerms(system: OfferSystem, overrides: Partial<offerV1.OfferTerms> = {}, name?: string): Promise<offerV1.OfferTerms> {
  return offerTerms(system.clock.now(), await applicant(system, { name }), overrides);
}

/** A modest offer: 20000 × 12 = 240000, below the general manager's threshold. */
export const modestPay = {
  salary: { currency: 'CNY', monthlyBase: '20000', monthsPerYear: 12, allowances: [], bonus: '0' },
  probation: { months: 3, monthlySalary: '16000' },
};

/** Creates, submits and approves an offer through every level that applies; returns its id. */
export async function approvedOffer(client: OfferClient, terms: offerV1.OfferTerms): Promise<string> {
  const { offer } = await client.createOffer({ terms }, { principal: hr });
  const id = offer!.id;
  await client.submitOffer({ id }, { principal: hr });
  for (const approver of [hrManager, techHead, generalManager]) {
    const { offer: current } = await client.getOffer({ id }, { principal: hr });
    if (current!.status !== 'pending_approval') break;
    await client.approveOffer({ id, comment: '' }, { principal: approver });
  }
  return id;
}
