import type { ApprovalProgress } from '@hr/workflow';

export const OFFER_STATUSES = [
  'draft',
  'pending_approval',
  'approved',
  'rejected',
  'returned',
  'sent',
  'accepted',
  'declined',
  'expired',
  'withdrawn',
] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** fixed_term: a contract of `years` years; open_ended: 无固定期限; internship: 实习 (no probation). */
export const CONTRACT_TYPES = ['fixed_term', 'open_ended', 'internship'] as const;
export type ContractType = (typeof CONTRACT_TYPES)[number];

/** A monthly allowance (交通补贴, 餐补 …); amounts are decimal CNY strings such as "800.00". */
export interface Allowance {
  name: string;
  amount: string;
}

export interface Salary {
  currency: 'CNY';
  monthlyBase: string;
  /** Months of base pay per year: 12, or 13+ with a 13th-month salary. */
  monthsPerYear: number;
  allowances: Allowance[];
  /** Target annual bonus; "0.00" when none. */
  bonus: string;
}

export interface CandidateContact {
  name: string;
  email: string;
  locale: Locale;
}

export interface Probation {
  months: number;
  /** Monthly salary during probation; "" when there is none. */
  monthlySalary: string;
}

export interface Contract {
  type: ContractType;
  /** Length of a fixed-term contract; 0 for the other types. */
  years: number;
}

export interface ReportingManager {
  userId?: string;
  name: string;
}

/**
 * What an offer says. HR fills in the terms; the candidate, requisition, position and department are
 * copied in from the resume and requisition services when the offer is drafted or edited (see
 * offer-facts), so the letter needs no lookups later.
 */
export interface OfferTerms {
  applicationId: string;
  candidateId: string;
  requisitionId: string;
  candidate: CandidateContact;
  positionId: string;
  positionTitle: string;
  departmentId: string;
  departmentName: string;
  grade: string;
  salary: Salary;
  probation: Probation;
  /** A calendar date, YYYY-MM-DD, in the company's time zone. */
  startDate: string;
  workLocation: string;
  contract: Contract;
  reportingManager: ReportingManager;
  expiresAt: Date;
  notes: string;
}

/** One e-mailing of the letter; the rendered letter itself is kept apart under `letterId`. */
export interface OfferSend {
  sequence: number;
  letterId: string;
  sentAt: Date;
  sentBy: string;
  toEmail: string;
  toName: string;
  locale: Locale;
  templateId: string;
  templateVersion: number;
  subject: string;
  /** The approval round whose terms were sent: links from older rounds no longer answer. */
  round: number;
}

export const ANSWER_CHANNELS = ['link', 'verbal'] as const;
export type AnswerChannel = (typeof ANSWER_CHANNELS)[number];

export interface OfferAnswer {
  answer: 'accepted' | 'declined';
  via: AnswerChannel;
  /** The HR user who recorded a verbal answer, or `candidate` for a link. */
  by: string;
  at: Date;
  reason?: string;
}

export interface TermChange {
  field: 'salary' | 'startDate' | 'expiresAt';
  from: string;
  to: string;
}

/** A change agreed with the candidate after approval; salary or start date changes need a new round. */
export interface Negotiation {
  at: Date;
  by: string;
  comment: string;
  changes: TermChange[];
  reapproval: boolean;
}

export interface StatusChange {
  from: OfferStatus;
  to: OfferStatus;
  by: string;
  at: Date;
  comment?: string;
}

export interface Offer extends OfferTerms {
  id: string;
  number: string;
  status: OfferStatus;
  approval?: ApprovalProgress;
  sends: OfferSend[];
  answer?: OfferAnswer;
  negotiations: Negotiation[];
  statusHistory: StatusChange[];
  withdrawReason?: string;
  expiredAt?: Date;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}
