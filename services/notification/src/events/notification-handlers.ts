import {
  CandidateResponded,
  EvaluationRequested,
  InterviewCancelled,
  InterviewReminderDue,
  InterviewRescheduled,
  InterviewScheduled,
  OfferAccepted,
  OfferApproved,
  OfferCreated,
  OfferDeclined,
  OfferExpired,
  OfferRejected,
  OfferReturned,
  OfferSent,
  RoundDecided,
} from '@hr/contracts';
import type { EventHandler } from '@hr/platform';
import { candidateRespondedHandler } from './candidate-responded.handler';
import { evaluationRequestedHandler } from './evaluation-requested.handler';
import type { HandlerContext } from './handler-context';
import { interviewCancelledHandler } from './interview-cancelled.handler';
import { interviewReminderDueHandler } from './interview-reminder-due.handler';
import { interviewRescheduledHandler } from './interview-rescheduled.handler';
import { interviewScheduledHandler } from './interview-scheduled.handler';
import { offerAcceptedHandler } from './offer-accepted.handler';
import { offerCreatedHandler } from './offer-created.handler';
import { offerDecisionHandler } from './offer-decision.handler';
import { offerDeclinedHandler } from './offer-declined.handler';
import { offerExpiredHandler } from './offer-expired.handler';
import { offerSentHandler } from './offer-sent.handler';
import { roundDecidedHandler } from './round-decided.handler';

/** Every event the notification service consumes, by type (the consumer binds its queue to these). */
export function notificationEventHandlers(ctx: HandlerContext): Record<string, EventHandler> {
  return {
    [InterviewScheduled.type]: interviewScheduledHandler(ctx),
    [InterviewRescheduled.type]: interviewRescheduledHandler(ctx),
    [InterviewCancelled.type]: interviewCancelledHandler(ctx),
    [InterviewReminderDue.type]: interviewReminderDueHandler(ctx),
    [EvaluationRequested.type]: evaluationRequestedHandler(ctx),
    [CandidateResponded.type]: candidateRespondedHandler(ctx),
    [RoundDecided.type]: roundDecidedHandler(ctx),
    [OfferCreated.type]: offerCreatedHandler(ctx),
    [OfferApproved.type]: offerDecisionHandler(ctx, 'approved'),
    [OfferRejected.type]: offerDecisionHandler(ctx, 'rejected'),
    [OfferReturned.type]: offerDecisionHandler(ctx, 'returned'),
    [OfferSent.type]: offerSentHandler(ctx),
    [OfferAccepted.type]: offerAcceptedHandler(ctx),
    [OfferDeclined.type]: offerDeclinedHandler(ctx),
    [OfferExpired.type]: offerExpiredHandler(ctx),
  };
}
