import { z } from 'zod';
import { defineEvent } from './envelope';

const OFFER_LOCALES = ['zh-CN', 'en'] as const;

/** Who and what an offer is about: every offer event carries it. */
const offerRef = {
  offerId: z.string(),
  number: z.string(),
  applicationId: z.string(),
  candidateId: z.string(),
  requisitionId: z.string(),
  positionId: z.string(),
  departmentId: z.string(),
};

const decision = { round: z.number().int().positive(), levelKey: z.string(), comment: z.string() };

export const OfferCreated = defineEvent('offer.offer.created.v1', z.object({ ...offerRef, createdBy: z.string() }));

/** A new approval round starts (first submission, resubmission, or a negotiated change of pay or start date). */
export const OfferSubmitted = defineEvent(
  'offer.offer.submitted.v1',
  z.object({
    ...offerRef,
    round: z.number().int().positive(),
    awaitingLevel: z.string(),
    levelKeys: z.array(z.string()),
    annualCash: z.string(),
    cause: z.enum(['submitted', 'negotiated']),
  }),
);

/** One level approved and the next one is awaited (the approver of `awaitingLevel` is to be told). */
export const OfferLevelApproved = defineEvent(
  'offer.offer.level-approved.v1',
  z.object({ ...offerRef, ...decision, approvedBy: z.string(), awaitingLevel: z.string() }),
);
/** The last level approved: the offer is in the approved list (OFFER列表) and may be sent. */
export const OfferApproved = defineEvent('offer.offer.approved.v1', z.object({ ...offerRef, ...decision, approvedBy: z.string() }));
export const OfferRejected = defineEvent('offer.offer.rejected.v1', z.object({ ...offerRef, ...decision, rejectedBy: z.string() }));
export const OfferReturned = defineEvent('offer.offer.returned.v1', z.object({ ...offerRef, ...decision, returnedBy: z.string() }));

const attachmentSchema = z.object({
  filename: z.string(),
  contentType: z.string(),
  /** base64 */
  content: z.string(),
  encoding: z.literal('base64'),
});

/**
 * The letter went out: the notification service mails exactly this (subject, HTML, text and the PDF)
 * to the recipient. Each send is its own event; `sequence` counts them.
 */
export const OfferSent = defineEvent(
  'offer.offer.sent.v1',
  z.object({
    ...offerRef,
    sequence: z.number().int().positive(),
    sentBy: z.string(),
    recipient: z.object({ name: z.string(), email: z.string(), locale: z.enum(OFFER_LOCALES) }),
    subject: z.string(),
    html: z.string(),
    text: z.string(),
    attachments: z.array(attachmentSchema),
    acceptUrl: z.string(),
    declineUrl: z.string(),
    expiresAt: z.iso.datetime(),
    template: z.object({ id: z.string(), version: z.number().int().positive() }),
  }),
);

const answer = { via: z.enum(['link', 'verbal']), answeredBy: z.string(), answeredAt: z.iso.datetime() };

/** The resume service moves the application to hired; onboarding starts from it. */
export const OfferAccepted = defineEvent(
  'offer.offer.accepted.v1',
  z.object({
    ...offerRef,
    ...answer,
    candidateName: z.string(),
    positionTitle: z.string(),
    departmentName: z.string(),
    grade: z.string(),
    startDate: z.string(),
    workLocation: z.string(),
    contractType: z.string(),
    contractYears: z.number().int().min(0),
    probationMonths: z.number().int().min(0),
    reportingManager: z.object({ userId: z.string().optional(), name: z.string() }),
  }),
);
export const OfferDeclined = defineEvent('offer.offer.declined.v1', z.object({ ...offerRef, ...answer, reason: z.string() }));
export const OfferExpired = defineEvent('offer.offer.expired.v1', z.object({ ...offerRef, expiresAt: z.iso.datetime(), previousStatus: z.string() }));
export const OfferWithdrawn = defineEvent('offer.offer.withdrawn.v1', z.object({ ...offerRef, withdrawnBy: z.string(), reason: z.string() }));
