import { z } from 'zod';
import { roleSchema } from '@ekst/contracts';

export const STUDENT_YEAR_GROUPS = { min: 7, max: 13 } as const;

/**
 * The rules for a new person. Students are children: they get a year group and no email address
 * (data minimisation), and STUDENT is never combined with an adult role, because the two carry
 * different data and visibility rules.
 */
export const registerPersonSchema = z
  .object({
    partnerId: z.uuid({ message: 'must be a partner id' }),
    displayName: z
      .string()
      .trim()
      .min(2, 'must be at least 2 characters')
      .max(100, 'must be at most 100 characters'),
    roles: z
      .array(roleSchema)
      .min(1, 'give at least one role')
      .refine((roles) => new Set(roles).size === roles.length, 'must not repeat a role'),
    yearGroup: z.number().int('must be a whole number').nullish(),
    email: z
      .string()
      .trim()
      .pipe(z.email({ message: 'must be an email address' }))
      .nullish(),
    phone: z
      .string()
      .trim()
      .regex(
        /^\+?[0-9 ]{7,20}$/,
        'must be a phone number: digits and spaces, optionally starting with +',
      )
      .nullish(),
  })
  .superRefine((p, ctx) => {
    const student = p.roles.includes('STUDENT');
    if (student && p.roles.length > 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['roles'],
        message: 'a student cannot also hold an adult role',
      });
    }
    if (student) {
      if (p.yearGroup == null) {
        ctx.addIssue({
          code: 'custom',
          path: ['yearGroup'],
          message: 'a student needs a year group',
        });
      } else if (p.yearGroup < STUDENT_YEAR_GROUPS.min || p.yearGroup > STUDENT_YEAR_GROUPS.max) {
        ctx.addIssue({
          code: 'custom',
          path: ['yearGroup'],
          message: 'must be a year group from 7 to 13',
        });
      }
      if (p.email != null) {
        ctx.addIssue({
          code: 'custom',
          path: ['email'],
          message: 'students have no email address on the platform',
        });
      }
      if (p.phone != null) {
        ctx.addIssue({
          code: 'custom',
          path: ['phone'],
          message: 'students have no phone number on the platform',
        });
      }
    } else if (p.yearGroup != null) {
      ctx.addIssue({
        code: 'custom',
        path: ['yearGroup'],
        message: 'only students have a year group',
      });
    }
  });

export type NewPerson = z.infer<typeof registerPersonSchema>;
