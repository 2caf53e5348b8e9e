import type { Principal } from '@hr/workflow';
import { newCandidate } from '../../src/domain/candidate-rules';

/** One candidate, created by HR, that the application rules' tests link to requisitions. */
export const NOW = new Date('2026-11-28T08:00:00Z');
export const hr: Principal = { userId: 'u-hr', roles: ['hr'] };
export const person = newCandidate({
  id: 'c1',
  profile: { name: 'Emily Zhou', education: [], workHistory: [], skills: [], languages: [] },
  source: { channel: 'website' },
  needsManualEntry: false,
  principal: hr,
  now: NOW,
});
export const open = { id: 'r1', departmentId: 'sales', status: 'open' };
