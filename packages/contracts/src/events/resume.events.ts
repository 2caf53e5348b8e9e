import { z } from 'zod';
import { defineEvent } from './envelope';

export const APPLICATION_STAGES = ['new', 'screening', 'interview', 'offer', 'hired', 'rejected', 'withdrawn'] as const;

export const ApplicationStageChanged = defineEvent(
  'resume.application.stage-changed.v1',
  z.object({
    applicationId: z.string(),
    candidateId: z.string(),
    requisitionId: z.string(),
    fromStage: z.enum(APPLICATION_STAGES),
    toStage: z.enum(APPLICATION_STAGES),
    reasonCode: z.string().optional(),
  }),
);
