import type { InterviewFormat, Round } from '../domain/interview';
import type { InterviewRecord, Locale } from '../app/ports';

type Labels = Record<Locale, string>;

export const ROUND_LABELS: Record<Round, Labels> = {
  first: { 'zh-CN': '初试', en: 'first round' },
  second: { 'zh-CN': '复试', en: 'second round' },
  final: { 'zh-CN': '终面', en: 'final round' },
  hr: { 'zh-CN': 'HR 面试', en: 'HR interview' },
};

const FORMAT_LABELS: Record<InterviewFormat['kind'], Labels> = {
  onsite: { 'zh-CN': '现场面试', en: 'On-site' },
  video: { 'zh-CN': '视频面试', en: 'Video call' },
  phone: { 'zh-CN': '电话面试', en: 'Phone call' },
};

const FIELD_LABELS = {
  position: { 'zh-CN': '职位', en: 'Position' },
  round: { 'zh-CN': '轮次', en: 'Round' },
  format: { 'zh-CN': '形式', en: 'Format' },
  where: { 'zh-CN': '地点', en: 'Where' },
  note: { 'zh-CN': '备注', en: 'Note' },
  contact: { 'zh-CN': '联系人', en: 'Contact' },
} satisfies Record<string, Labels>;

/** Where the interview happens, as a calendar shows it in its location field. */
export function locationOf(format: InterviewFormat): string {
  if (format.kind === 'onsite') return `${format.address} ${format.room}`;
  return format.kind === 'video' ? format.link : format.number;
}

export function summaryOf(record: InterviewRecord, locale: Locale): string {
  const round = ROUND_LABELS[record.round][locale];
  const title = record.snapshot.positionTitle;
  return locale === 'en' ? `Interview: ${title} (${round})` : `面试邀请：${title}（${round}）`;
}

/**
 * The event's details. The interviewers' copy names the HR contact with their address; the candidate's
 * names them only, as the candidate's e-mail does: staff addresses stay out of the candidate's calendar.
 */
export function descriptionOf(record: InterviewRecord, locale: Locale, audience: 'candidate' | 'interviewers'): string {
  const line = (key: keyof typeof FIELD_LABELS, value: string) => `${FIELD_LABELS[key][locale]}${locale === 'en' ? ': ' : '：'}${value}`;
  const { snapshot } = record;
  const contactEmail = audience === 'interviewers' ? snapshot.contact?.email : undefined;
  const contact = snapshot.contact && [snapshot.contact.name, contactEmail].filter(Boolean).join(' ');
  return [
    line('position', snapshot.positionTitle),
    line('round', ROUND_LABELS[record.round][locale]),
    line('format', FORMAT_LABELS[record.format.kind][locale]),
    line('where', locationOf(record.format)),
    record.noteToCandidate && line('note', record.noteToCandidate),
    contact && line('contact', contact),
  ]
    .filter(Boolean)
    .join('\n');
}
