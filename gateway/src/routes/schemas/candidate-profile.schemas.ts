import { z } from 'zod';
import { nameText, objectIdSchema, optionalNameText, trimmed } from './common.schemas';
import { moneyRangeSchema, salaryInput } from './requisition.schemas';
import { personNameSchema } from './user.schemas';

export const DEGREES = ['high_school', 'associate', 'bachelor', 'master', 'doctorate', 'other'] as const;
export const GENDERS = ['male', 'female'] as const;
export const CHANNELS = ['job_board', 'referral', 'headhunter', 'campus', 'website', 'walk_in', 'other'] as const;

const year = z.number().int().min(1900).max(2100);
const clearable = <T extends z.ZodType>(schema: T) => z.union([schema, z.literal('')]);

// Mainland (138 1234 5678, +86 …) or international numbers: the service normalises and dedupes them.
const phone = z.string().trim().regex(/^\+?[\d\s\-().]{5,31}$/, 'phone');

const educationInput = z.strictObject({
  school: nameText(200),
  degree: z.enum(DEGREES).optional(),
  major: optionalNameText(200).optional(),
  startYear: year.optional(),
  endYear: year.optional(),
});

const workInput = z.strictObject({
  employer: nameText(200),
  title: optionalNameText(200).optional(),
  startYear: year.optional(),
  endYear: year.optional(),
  description: z.string().trim().max(5000).optional(),
});

/** The person's fields as HR or a job board sends them; everything but the name may be unknown. */
export const profileFields = {
  name: personNameSchema,
  phone: clearable(phone).optional(),
  email: clearable(z.string().trim().max(254).pipe(z.email())).optional(),
  gender: clearable(z.enum(GENDERS)).optional(),
  birthYear: year.optional(),
  city: optionalNameText(100).optional(),
  education: z.array(educationInput).max(20).optional(),
  workHistory: z.array(workInput).max(50).optional(),
  yearsOfExperience: z.number().min(0).max(80).optional(),
  skills: z.array(nameText(100)).max(100).optional(),
  expectedSalary: salaryInput.optional(),
  languages: z.array(nameText(50)).max(20).optional(),
};

export const profileInput = z.strictObject(profileFields);

export const profilePatchBody = z
  .strictObject(profileFields)
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, { params: { rule: 'non_empty' } });

/** Who brought the person in; the inviting HR is always the caller, so it is not an input. */
export const sourcingInput = z.strictObject({
  channel: z.enum(CHANNELS).optional(),
  detail: optionalNameText(200).optional().describe("The job board's or headhunter's name, the campus event …"),
  referrerEmployeeId: objectIdSchema.optional().describe('The referring employee (a user)'),
  responsibleHrId: objectIdSchema.optional().describe('The HR user responsible for the person (hr or hr_manager)'),
});

const knownYear = (what: string) => z.number().int().optional().describe(`${what}; absent when unknown`);

/** What is known of a person: a field nobody knows (not in the resume, not entered) is absent. */
export const profileSchema = z
  .object({
    name: z.string().optional().describe('Absent until known (a resume that could not be read)'),
    phone: z.string().optional(),
    email: z.string().optional(),
    gender: z.enum(GENDERS).optional(),
    birthYear: knownYear('Year of birth'),
    city: z.string().optional(),
    education: z.array(
      z.object({ school: z.string(), degree: z.enum(DEGREES).optional(), major: z.string().optional(), startYear: knownYear('Start'), endYear: knownYear('End') }),
    ),
    workHistory: z.array(
      z.object({
        employer: z.string(),
        title: z.string().optional(),
        startYear: knownYear('Start'),
        endYear: knownYear('End'),
        description: z.string().optional(),
      }),
    ),
    yearsOfExperience: z.number().optional().describe('Years of work experience; absent when unknown'),
    skills: z.array(z.string()),
    expectedSalary: moneyRangeSchema.optional(),
    languages: z.array(z.string()),
  })
  .meta({ id: 'CandidateProfile' });

export const sourcingSchema = z
  .object({
    channel: z.enum(CHANNELS),
    detail: z.string().optional(),
    referrerEmployeeId: z.string().optional(),
    invitingHrId: z.string().optional(),
    responsibleHrId: z.string().optional(),
  })
  .meta({ id: 'Sourcing' });
