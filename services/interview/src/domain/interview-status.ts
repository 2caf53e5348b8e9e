import { defineStateMachine } from '@hr/workflow';
import type { InterviewStatus } from './interview';

/** An interview is either still ahead (scheduled) or finished one way or the other. */
export const interviewStatus = defineStateMachine<InterviewStatus>('interview', {
  scheduled: ['cancelled', 'completed'],
  cancelled: [],
  completed: [],
});
