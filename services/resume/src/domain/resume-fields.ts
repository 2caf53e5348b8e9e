import { definedOnly } from './defined-only';
import { extractEducation } from './education-fields';
import { experienceYears } from './experience-years';
import { labelledValues } from './labelled-values';
import { extractLanguages } from './language-fields';
import { extractPersonalFields } from './personal-fields';
import type { ParsedResume } from './resume';
import { splitSections } from './resume-sections';
import type { SectionKind } from './resume-sections';
import { extractSkills } from './skill-fields';
import { extractWorkHistory } from './work-history-fields';

export interface ExtractOptions {
  /** Turns 年龄 into a birth year and 至今 into months worked; injectable so results are reproducible. */
  now?: Date;
}

/** Bounds the regex work on pathological input; no real resume comes near it. */
const MAX_TEXT = 200_000;

/** Rule-based fields of a Chinese or English resume; what it cannot read stays empty, it never throws. */
export function extractFields(text: string, options: ExtractOptions = {}): ParsedResume {
  try {
    return parse(typeof text === 'string' ? text.slice(0, MAX_TEXT) : '', options.now ?? new Date());
  } catch {
    // A parsing bug must not lose the upload: HR then enters the fields by hand.
    return emptyResume();
  }
}

function parse(text: string, now: Date): ParsedResume {
  const { lines, header, sections } = splitSections(text);
  const section = (kind: SectionKind) => sections.get(kind) ?? [];
  const personalLines = [...header, ...section('profile'), ...section('intention')];
  const personalLabels = labelledValues(personalLines);
  const anywhereLabels = labelledValues(lines);
  const work = extractWorkHistory(section('work'));
  const education = extractEducation(section('education'));
  return definedOnly({
    ...extractPersonalFields(personalLines, text, personalLabels, now),
    education,
    workHistory: work.entries,
    yearsOfExperience: experienceYears(
      personalLabels.get('experience') ?? [],
      [...personalLines, ...section('summary')],
      work.periods,
      now,
      stillStudying(education, now),
    ),
    skills: extractSkills(section('skills'), anywhereLabels.get('skills') ?? []),
    languages: extractLanguages(section('languages'), anywhereLabels.get('languages') ?? [], section('skills'), lines),
  });
}

/** A school not yet finished (or finished this year) and no job: a student or a graduate. */
function stillStudying(education: ParsedResume['education'], now: Date): boolean {
  return education.some((entry) => (entry.endYear ?? (entry.startYear ? Infinity : 0)) >= now.getUTCFullYear());
}

function emptyResume(): ParsedResume {
  return { education: [], workHistory: [], skills: [], languages: [] };
}
