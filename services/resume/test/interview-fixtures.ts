import type { EventData, EventDefinition, EventEnvelope, InterviewScheduled } from '@hr/contracts';
import { assertValidEvent, buildEvent } from '@hr/platform';
import type { Principal } from '@hr/workflow';

/** The ids an interview event names; the interview service copies them from the application. */
export interface InterviewRefs {
  interviewId: string;
  applicationId: string;
  candidateId: string;
  requisitionId: string;
}

export const hrActor: Principal = { userId: 'u-hr-1', roles: ['hr'] };

/** Personal data of people other than the candidate's ids: none of it may reach the timeline. */
export const INTERVIEWER_DETAILS = ['王建国', 'jianguo.wang@corp.example', 'Emily Clark', 'emily.clark@corp.example', '张伟', 'wei.zhang@corp.example', '13900001111'];
/** Contact details and secrets of the invitation, also kept out of the timeline. */
export const INVITATION_DETAILS = ['xiaoyan.li@example.com', 'mailto:', 'BEGIN:VCALENDAR', 'token=signed', '世纪大道', 'meet.example'];

type Snapshot = EventData<typeof InterviewScheduled>['interview'];

export function snapshot(refs: InterviewRefs, overrides: Partial<Snapshot> = {}): Snapshot {
  return {
    ...refs,
    departmentId: 'sales',
    positionTitle: '区域销售经理',
    round: 'first',
    startsAt: '2026-06-01T06:30:00.000Z',
    durationMinutes: 60,
    timeZone: 'Asia/Shanghai',
    format: { kind: 'onsite', address: '上海市浦东新区世纪大道100号', room: '3F-301', number: '13900001111' },
    sequence: 0,
    candidate: { name: '李晓燕', email: 'xiaoyan.li@example.com', locale: 'zh-CN' },
    interviewers: [
      { userId: 'u-int-1', name: '王建国', email: 'jianguo.wang@corp.example', locale: 'zh-CN' },
      { userId: 'u-int-2', name: 'Emily Clark', email: 'emily.clark@corp.example', locale: 'en' },
    ],
    contact: { userId: 'u-hr-1', name: '张伟', email: 'wei.zhang@corp.example', locale: 'zh-CN' },
    noteToCandidate: '请携带身份证原件',
    ...overrides,
  };
}

export function invitation(method: 'REQUEST' | 'CANCEL' = 'REQUEST') {
  const ics = ['BEGIN:VCALENDAR', `METHOD:${method}`, 'ATTENDEE;CN=王建国:mailto:jianguo.wang@corp.example', 'END:VCALENDAR'].join('\r\n');
  if (method === 'CANCEL') return { ics, method };
  return { ics, method, confirmUrl: 'https://hr.example/i/confirm?token=signed-a', declineUrl: 'https://hr.example/i/decline?token=signed-b' };
}

/** A valid envelope as the interview service's outbox would publish it (checked against the catalog). */
export function interviewEvent<T extends string, D>(definition: EventDefinition<T, D>, data: D, actor: Principal | undefined = hrActor): EventEnvelope<D> {
  const event = buildEvent(definition, definition.schema.parse(data), { source: 'interview', actor, now: new Date() });
  assertValidEvent(JSON.parse(JSON.stringify(event)));
  return event;
}
