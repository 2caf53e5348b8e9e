export const DEGREE_LEVELS = ['high_school', 'associate', 'bachelor', 'master', 'doctorate', 'other'] as const;
/** `associate` is 大专; `high_school` also covers 中专 / 职高, which sit at the same level. */
export type DegreeLevel = (typeof DEGREE_LEVELS)[number];

export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];

export interface EducationEntry {
  school: string;
  degree?: DegreeLevel;
  major?: string;
  startYear?: number;
  endYear?: number;
}

export interface WorkEntry {
  employer: string;
  title?: string;
  startYear?: number;
  /** Absent while the job is current (至今 / Present) or when the resume gives no end. */
  endYear?: number;
  description?: string;
}

/** What rule-based parsing could read from a resume's text; HR corrects it afterwards. */
export interface ParsedResume {
  name?: string;
  /** E.164, e.g. +8613812345678. */
  phone?: string;
  email?: string;
  gender?: Gender;
  birthYear?: number;
  city?: string;
  education: EducationEntry[];
  workHistory: WorkEntry[];
  yearsOfExperience?: number;
  skills: string[];
  languages: string[];
}
