import { offerV1 } from '@hr/contracts';

type Offer = offerV1.Offer;

export const AT = new Date('2026-02-03T04:05:06.000Z');
export const EXPIRES = new Date('2030-03-20T10:00:00.000Z');
export const START_DATE = '2030-04-01';
/** What the stub's "resume and requisition services" say about every application. */
export const APPLICATION_FACTS = {
  candidateId: 'c1',
  requisitionId: 'r1',
  candidate: { name: '李娜', email: 'lina@example.com' },
  positionId: 'p1',
  positionTitle: 'Java 工程师',
};

export function stubTerms(overrides: Partial<offerV1.OfferTerms> = {}): offerV1.OfferTerms {
  return offerV1.OfferTerms.fromPartial({
    applicationId: 'app-1',
    ...APPLICATION_FACTS,
    candidate: { ...APPLICATION_FACTS.candidate, locale: 'zh-CN' },
    departmentId: 'd1',
    departmentName: '研发部',
    grade: 'P6',
    salary: { currency: 'CNY', monthlyBase: '30000.00', monthsPerYear: 13, allowances: [{ name: '交通补贴', amount: '800.00' }], bonus: '50000.00' },
    probation: { months: 3, monthlySalary: '24000.00' },
    startDate: START_DATE,
    workLocation: '上海',
    contract: { type: 'fixed_term', years: 3 },
    reportingManager: { userId: '', name: '王经理' },
    expiresAt: EXPIRES,
    notes: '',
    ...overrides,
  });
}

export function stubOffer(id: string, overrides: Partial<Offer> = {}, terms: Partial<offerV1.OfferTerms> = {}): Offer {
  return offerV1.Offer.fromPartial({
    id,
    number: `OFF-2026-${id}`,
    status: 'draft',
    terms: stubTerms(terms),
    annualCash: '449600.00',
    sendCount: 0,
    createdBy: 'u-hr',
    createdAt: AT,
    updatedAt: AT,
    version: 1,
    ...overrides,
  });
}

export function stubAnswerLink(overrides: Partial<offerV1.DescribeAnswerLinkResponse> = {}): offerV1.DescribeAnswerLinkResponse {
  return offerV1.DescribeAnswerLinkResponse.fromPartial({
    action: 'accept',
    offerStatus: 'sent',
    candidateName: '李娜',
    positionTitle: 'Java 工程师',
    departmentName: '研发部',
    startDate: START_DATE,
    expiresAt: EXPIRES,
    locale: 'zh-CN',
    companyName: '星辰科技',
    ...overrides,
  });
}

/** The letter the stub "rendered" for a send. */
export function stubLetter(send: offerV1.OfferSend, includeContent: boolean): offerV1.SentLetter {
  return offerV1.SentLetter.fromPartial({
    send,
    html: includeContent ? `<p>录用通知 #${send.sequence}</p>` : '',
    text: includeContent ? `录用通知 #${send.sequence}` : '',
    pdf: includeContent ? Buffer.from(`%PDF-1.7 letter ${send.sequence}`) : Buffer.alloc(0),
    pdfFilename: includeContent ? `录用通知-${send.sequence}.pdf` : '',
  });
}

const STATUS_WORDS: Record<string, string> = { draft: 'a draft', pending_approval: 'pending approval', rejected: 'rejected', returned: 'returned for changes' };

export function describeStatus(status: string): string {
  return STATUS_WORDS[status] ?? status;
}
