import { DomainError, FieldViolation, LABEL_TEXT, isNameText, violation } from '@hr/workflow';
import type { CandidateProfile } from './candidate';

type NamedFields = Pick<CandidateProfile, 'name' | 'city' | 'education' | 'workHistory' | 'skills' | 'languages'>;

/** The names HR or a job board typed: one text rule for them all (no control or format characters). */
export function assertProfileNames(profile: Partial<NamedFields>): void {
  const named: Array<[string, string | undefined]> = [
    ['name', profile.name],
    ['city', profile.city],
    ...(profile.education ?? []).flatMap((e, i): Array<[string, string | undefined]> => [
      [`education.${i}.school`, e.school],
      [`education.${i}.major`, e.major],
    ]),
    ...(profile.workHistory ?? []).flatMap((w, i): Array<[string, string | undefined]> => [
      [`workHistory.${i}.employer`, w.employer],
      [`workHistory.${i}.title`, w.title],
    ]),
    ...(profile.skills ?? []).map((skill, i): [string, string] => [`skills.${i}`, skill]),
    ...(profile.languages ?? []).map((language, i): [string, string] => [`languages.${i}`, language]),
  ];
  const violations: FieldViolation[] = named
    .filter(([, value]) => value !== undefined && !isNameText(value))
    .map(([field]) => violation(field, 'pattern', undefined, 'name_text'));
  if (violations.length) throw DomainError.invalidFields(violations);
}

/** Tags and categories are names too, listed comma-separated. */
export function assertLabels(field: 'tags' | 'categories', labels: readonly string[]): void {
  const index = labels.findIndex((label) => !LABEL_TEXT.test(label));
  if (index >= 0) throw DomainError.invalid(`${field}.${index}`, 'pattern', undefined, 'label_text');
}
