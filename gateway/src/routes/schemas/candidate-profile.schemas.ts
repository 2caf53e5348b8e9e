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

export const profileSchema = z
  .object({
    name: z.string(),
    phone: z.string(),
    email: z.string(),
    gender: z.string(),
    birthYear: z.number().int().describe('0 when unknown'),
    city: z.string(),
    education: z.array(
      z.object({ school: z.string(), degree: z.string(), major: z.string(), startYear: z.number().int(), endYear: z.number().int() }),
    ),
    workHistory: z.array(
      z.object({ employer: z.string(), title: z.string(), startYear: z.number().int(), endYear: z.number().int(), description: z.string() }),
    ),
    yearsOfExperience: z.number(),
    skills: z.array(z.string()),
    expectedSalary: moneyRangeSchema.optional(),
    languages: z.array(z.string()),
  })
  .meta({ id: 'CandidateProfile' });

export const sourcingSchema = z
  .object({
    channel: z.string(),
    detail: z.string(),
    referrerEmployeeId: z.string(),
    invitingHrId: z.string(),
    responsibleHrId: z.string(),
  })
  .meta({ id: 'Sourcing' });
