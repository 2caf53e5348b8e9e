import { resumeV1 } from '@hr/contracts';
import type { IngestedResume } from '../app/ingest-resumes';
import type { Application } from '../domain/application';
import { currentRound } from '../domain/application-rounds';
import type { Intake } from '../app/intake-person';
import type { MergeSuggestion } from '../app/ports';
import { toProtoCandidate } from './candidate.mapper';

export function toProtoApplication(application: Application): resumeV1.Application {
  const { departmentId: _department, stageHistory, rounds = [], ...rest } = application;
  return resumeV1.Application.fromPartial({
    ...rest,
    stageHistory: stageHistory.map(({ from, to, ...change }) => ({ ...change, fromStage: from, toStage: to })),
    rounds,
    currentRound: currentRound(rounds),
  });
}

export function toProtoIntake(intake: Intake): resumeV1.Intake {
  return resumeV1.Intake.fromPartial({
    outcome: intake.outcome,
    candidate: toProtoCandidate(intake.candidate),
    application: intake.application && toProtoApplication(intake.application),
    mergeSuggestionId: intake.mergeSuggestionId ?? '',
    parseFailed: intake.parseFailed,
  });
}

export function toProtoSuggestion(suggestion: MergeSuggestion): resumeV1.MergeSuggestion {
  const { resolvedAt: _resolvedAt, ...rest } = suggestion;
  return resumeV1.MergeSuggestion.fromPartial({ ...rest, resolvedBy: suggestion.resolvedBy ?? '' });
}

export function toProtoIngested(result: IngestedResume): resumeV1.IngestedResume {
  const { refusal } = result;
  return resumeV1.IngestedResume.fromPartial({
    externalId: result.externalId,
    outcome: result.outcome,
    candidateId: result.candidateId ?? '',
    applicationId: result.applicationId ?? '',
    refusal: refusal && { kind: refusal.kind, reason: refusal.reason, message: refusal.message, violations: refusal.violations },
  });
}
