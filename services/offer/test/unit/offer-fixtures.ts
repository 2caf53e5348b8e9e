import { DomainError, Principal } from '@hr/workflow';
import { defaultApprovalLevels } from '../../src/domain/approval-config';
import type { Offer, OfferTerms } from '../../src/domain/offer';
import { draftOffer, submitOffer, decideOffer } from '../../src/domain/offer-lifecycle';
import { recordSend } from '../../src/domain/offer-sending';

export const NOW = new Date('2026-11-28T02:00:00Z');
export const TZ = 'Asia/Shanghai';
export const clock = { now: NOW, timeZone: TZ };
export const later = (ms: number) => new Date(NOW.getTime() + ms);

export const hr: Principal = { userId: 'u-hr', roles: ['hr'] };
export const hrManager: Principal = { userId: 'u-hrm', roles: ['hr_manager'] };
export const techHead: Principal = { userId: 'u-tech-head', roles: ['dept_manager'], departmentId: 'tech' };
export const salesHead: Principal = { userId: 'u-sales-head', roles: ['dept_manager'], departmentId: 'sales' };
export const generalManager: Principal = { userId: 'u-gm', roles: ['general_manager'] };
export const interviewer: Principal = { userId: 'u-iv', roles: ['interviewer'] };

/** Annual cash: 30000 × 13 + 1000 × 12 + 50000 = 452000 yuan. */
export function terms(overrides: Partial<OfferTerms> = {}): OfferTerms {
  return {
    applicationId: 'app-1',
    candidateId: 'cand-1',
    requisitionId: 'req-1',
    candidate: { name: '张三', email: 'zhangsan@example.com', locale: 'zh-CN' },
    positionId: 'pos-1',
    positionTitle: 'Java 开发工程师',
    departmentId: 'tech',
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
    startDate: '2026-12-15',
    workLocation: '上海',
    contract: { type: 'fixed_term', years: 3 },
    reportingManager: { userId: 'u-tech-head', name: '李四' },
    expiresAt: new Date('2026-12-05T10:00:00Z'),
    notes: '',
    ...overrides,
  };
}

export const LEVELS = defaultApprovalLevels(400_000);

export function draft(overrides: Partial<OfferTerms> = {}): Offer {
  return draftOffer({ id: 'of-1', number: 'OFF-2026-00001', terms: terms(overrides), principal: hr, clock });
}

export function pending(overrides: Partial<OfferTerms> = {}): Offer {
  return submitOffer(draft(overrides), LEVELS, hr, clock);
}

export function approved(overrides: Partial<OfferTerms> = {}): Offer {
  let offer = pending(overrides);
  for (const approver of [hrManager, techHead, generalManager]) {
    if (offer.status !== 'pending_approval') break;
    offer = decideOffer(offer, { decision: 'approved', principal: approver, now: NOW }).offer;
  }
  return offer;
}

export function sent(overrides: Partial<OfferTerms> = {}): Offer {
  const send = {
    letterId: 'l-1',
    sentAt: NOW,
    sentBy: hr.userId,
    toEmail: 'zhangsan@example.com',
    toName: '张三',
    locale: 'zh-CN' as const,
    templateId: 't-1',
    templateVersion: 1,
    subject: '录用通知',
  };
  return recordSend(approved(overrides), send, hr, NOW);
}

export function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}
