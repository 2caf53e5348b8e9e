import type { EventEnvelope } from '@hr/contracts';
import type { ApprovalLevel, Principal } from '@hr/workflow';
import type { AnswerLinkClaims } from '../domain/offer-answer';
import type { Locale, Offer, OfferStatus, OfferTerms } from '../domain/offer';
import type { ApplicationFacts, CandidateFacts, RequisitionFacts } from '../domain/offer-facts';
import type { OfferTemplate, TemplateContent, TemplateDraft, TemplateVersion } from '../domain/offer-template';

export interface Page {
  page: number;
  pageSize: number;
}

export interface OfferFilter {
  statuses?: OfferStatus[];
  applicationId?: string;
  candidateId?: string;
  requisitionId?: string;
  departmentId?: string;
  /** Only offers whose current approval level this person may decide. */
  awaitingApprover?: Principal;
}

export interface OfferRepository {
  nextNumber(now: Date): Promise<string>;
  get(id: string): Promise<Offer | undefined>;
  /** An offer still in play (draft … sent) for the application, if any. */
  findOpenForApplication(applicationId: string): Promise<Offer | undefined>;
  /** Stores the new state and its events in one write; returns the saved offer (new version). */
  save(offer: Offer, events: EventEnvelope[]): Promise<Offer>;
  list(filter: OfferFilter, page: Page): Promise<{ items: Offer[]; total: number }>;
}

/** A letter exactly as it was sent: kept apart from the offer, whose document stays small. */
export interface StoredLetter {
  id: string;
  offerId: string;
  templateId: string;
  templateVersion: number;
  subject: string;
  markdown: string;
  html: string;
  text: string;
  pdf: Buffer;
  pdfFilename: string;
  createdAt: Date;
}

export interface LetterRepository {
  save(letter: StoredLetter): Promise<void>;
  listForOffer(offerId: string): Promise<StoredLetter[]>;
}

export interface TemplateRepository {
  list(filter: { positionId?: string; locale?: Locale }): Promise<OfferTemplate[]>;
  get(id: string): Promise<OfferTemplate | undefined>;
  /** Adds a version (creating the template on first save); with `onlyIfNew`, does nothing if the template exists. */
  saveVersion(
    draft: TemplateDraft,
    meta: { by: string; now: Date; newId: () => string; onlyIfNew?: boolean },
  ): Promise<{ template: OfferTemplate; version: TemplateVersion } | undefined>;
  /** Version 0 means the latest. */
  getVersion(templateId: string, version: number): Promise<TemplateVersion | undefined>;
  listVersions(templateId: string): Promise<TemplateVersion[]>;
}

export interface LetterRequest {
  content: TemplateContent;
  terms: OfferTerms;
  locale: Locale;
  offerNumber: string;
  issuedAt: Date;
  links: { accept: string; decline: string };
}

export interface RenderedLetter {
  subject: string;
  markdown: string;
  html: string;
  text: string;
}

export interface LetterComposerPort {
  render(request: LetterRequest): RenderedLetter;
  compose(request: LetterRequest): Promise<RenderedLetter & { pdf: Buffer; filename: string }>;
  /** Throws a field violation if the template uses unknown variables or bad syntax. */
  check(content: TemplateContent, locale: Locale, now: Date): void;
  sample(locale: Locale, now: Date): Omit<LetterRequest, 'content'>;
}

export interface AnswerLinks {
  url(claims: AnswerLinkClaims, expiresAt: Date): string;
  /** Checks signature and expiry; throws OFFER_LINK_* refusals. */
  verify(token: string, now: Date): AnswerLinkClaims;
}

export interface ExpiryScheduler {
  /** Plans the offer's expiry at `at`; each run re-checks the offer, so a job left at an earlier expiry does nothing. */
  schedule(offerId: string, at: Date): Promise<void>;
}

/** The resume service, asked as the caller (their access to applications and candidates applies). */
export interface ApplicationDirectory {
  application(id: string): Promise<ApplicationFacts>;
  candidate(id: string): Promise<CandidateFacts>;
}

/** The requisition service, asked as the caller. */
export interface RequisitionDirectory {
  requisition(id: string): Promise<RequisitionFacts>;
}

export interface OfferDeps {
  offers: OfferRepository;
  applications: ApplicationDirectory;
  requisitions: RequisitionDirectory;
  letters: LetterRepository;
  templates: TemplateRepository;
  composer: LetterComposerPort;
  links: AnswerLinks;
  expiry: ExpiryScheduler;
  approvalLevels: ApprovalLevel[];
  timeZone: string;
  companyName: string;
  now: () => Date;
  newId: () => string;
}
