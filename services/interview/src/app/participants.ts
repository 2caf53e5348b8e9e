import { DomainError, Principal, TextParams, ViolationRule, assertNameText } from '@hr/workflow';
import { Interviewer, LOCALES, Locale, Person } from './ports';

const MAX_NAME = 200;

function fail(field: string, rule: ViolationRule, params?: TextParams): never {
  throw DomainError.invalid(field, rule, params);
}

export function validateLocale(value: string | undefined, field: string): Locale {
  const locale = value?.trim() || 'zh-CN';
  if (!(LOCALES as readonly string[]).includes(locale)) fail(field, 'enum', { values: LOCALES });
  return locale as Locale;
}

function validatePerson(person: Partial<Person>, field: string): Person {
  const name = person.name?.trim() ?? '';
  if (!name) fail(`${field}.name`, 'required');
  if (name.length > MAX_NAME) fail(`${field}.name`, 'max_length', { max: MAX_NAME });
  assertNameText(`${field}.name`, name);
  const email = person.email?.trim() || undefined;
  if (email && !/^[^\s@]+@[^\s@]+$/.test(email)) fail(`${field}.email`, 'email');
  return { userId: person.userId?.trim() || undefined, name, email, locale: validateLocale(person.locale, `${field}.locale`) };
}

/** The interviewers as the gateway's user directory knows them; each must be a user, each only once. */
export function validateInterviewers(list: Partial<Interviewer>[]): Interviewer[] {
  if (list.length === 0) fail('interviewers', 'required');
  const seen = new Map<string, Interviewer>();
  list.forEach((entry, index) => {
    const person = validatePerson(entry, `interviewers.${index}`);
    if (!person.userId) fail(`interviewers.${index}.userId`, 'required');
    if (!seen.has(person.userId)) seen.set(person.userId, { ...person, userId: person.userId });
  });
  return [...seen.values()];
}

/** The HR person the candidate may contact: as given, or else the caller by name. */
export function validateContact(contact: Partial<Person> | undefined, principal: Principal): Person | undefined {
  if (contact?.name?.trim()) return validatePerson(contact, 'contact');
  return principal.name ? { userId: principal.userId, name: principal.name, locale: 'zh-CN' } : undefined;
}
