import type { Category } from '../domain/categories';

/**
 * Every message the platform sends, in code: a subject, a plain-text body (also the in-app text)
 * and a call to action. No template takes a name or a contact detail: a message says what
 * happened and links to where to act, so the stored copy identifies no one.
 */
export type TemplateInput =
  | { template: 'PLACE_OFFERED'; eventId: string; eventTitle: string; confirmBy: string }
  | {
      template: 'PLACE_OFFERED_CHAMPION';
      eventId: string;
      eventTitle: string;
      confirmBy: string;
    }
  | { template: 'OFFER_EXPIRED'; eventId: string; eventTitle: string }
  | { template: 'EVENT_CANCELLED'; eventId: string; eventTitle: string; reason: string }
  | {
      template: 'EVENT_CHANGED';
      eventId: string;
      eventTitle: string;
      startsAt: string;
      endsAt: string;
      venueChanged: boolean;
    }
  | { template: 'EVENT_REMINDER'; eventId: string; eventTitle: string; startsAt: string }
  | { template: 'ANNOUNCEMENT'; announcementId: string; subject: string; body: string }
  | { template: 'PASSWORD_RESET' };

/**
 * Where a password reset token goes in a PASSWORD_RESET e-mail. The stored copy keeps this
 * placeholder; the worker asks people for the token at send time and puts it only into what it
 * hands to SMTP.
 */
export const RESET_TOKEN_SLOT = '__RESET_TOKEN__';

export type TemplateName = TemplateInput['template'];

export interface Message {
  category: Category;
  subject: string;
  /** plain text: the e-mail's text part and the in-app body */
  text: string;
  /** path under the public URL where the reader acts */
  linkPath: string;
  actionLabel: string;
}

const when = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'full',
  timeStyle: 'short',
  timeZone: 'Europe/London',
});

/** A time as people in Kent read it (the partnership's schools are all in one time zone). */
export function londonTime(iso: string): string {
  return when.format(new Date(iso));
}

export function messageFor(input: TemplateInput): Message {
  switch (input.template) {
    case 'PLACE_OFFERED':
      return {
        category: 'WAITLIST',
        subject: `A place is yours at ${input.eventTitle}`,
        text:
          `A place has come up at ${input.eventTitle} and it is offered to you. ` +
          `Confirm it by ${londonTime(input.confirmBy)}; after that it passes to the next person on the waitlist.`,
        linkPath: `/events/${input.eventId}`,
        actionLabel: 'Confirm your place',
      };
    case 'PLACE_OFFERED_CHAMPION':
      return {
        category: 'WAITLIST',
        subject: `A student of your school has been offered a place at ${input.eventTitle}`,
        text:
          `A student of your school on the waitlist for ${input.eventTitle} has been offered a place. ` +
          `It must be confirmed by ${londonTime(input.confirmBy)}, or it passes to the next person. ` +
          `Please make sure they have seen it.`,
        linkPath: `/events/${input.eventId}`,
        actionLabel: 'See the event',
      };
    case 'OFFER_EXPIRED':
      return {
        category: 'WAITLIST',
        subject: `Your offer for ${input.eventTitle} has lapsed`,
        text: `The place offered to you at ${input.eventTitle} was not confirmed in time and has passed to the next person on the waitlist.`,
        linkPath: `/events/${input.eventId}`,
        actionLabel: 'See the event',
      };
    case 'EVENT_CANCELLED':
      return {
        category: 'EVENT_UPDATES',
        subject: `Cancelled: ${input.eventTitle}`,
        text: `${input.eventTitle} has been cancelled. Reason: ${input.reason}`,
        linkPath: `/events/${input.eventId}`,
        actionLabel: 'See the programme',
      };
    case 'EVENT_CHANGED':
      return {
        category: 'EVENT_UPDATES',
        subject: `Changed: ${input.eventTitle}`,
        text:
          `${input.eventTitle} now runs from ${londonTime(input.startsAt)} to ${londonTime(input.endsAt)}.` +
          (input.venueChanged ? ' The venue has changed too: check the event page.' : ''),
        linkPath: `/events/${input.eventId}`,
        actionLabel: 'See the event',
      };
    case 'EVENT_REMINDER':
      return {
        category: 'EVENT_REMINDERS',
        subject: `Tomorrow: ${input.eventTitle}`,
        text: `A reminder that ${input.eventTitle} starts ${londonTime(input.startsAt)}.`,
        linkPath: `/events/${input.eventId}`,
        actionLabel: 'See the event',
      };
    case 'PASSWORD_RESET':
      return {
        category: 'ACCOUNT',
        subject: 'Reset your EKST password',
        text:
          'Someone (we hope you) asked to reset the password of your EKST account. The link works once, within an hour. ' +
          'If it was not you, ignore this e-mail: your password stays as it is.',
        linkPath: `/reset-password?token=${RESET_TOKEN_SLOT}`,
        actionLabel: 'Choose a new password',
      };
    case 'ANNOUNCEMENT':
      return {
        category: 'ANNOUNCEMENTS',
        subject: input.subject,
        text: input.body,
        linkPath: `/announcements/${input.announcementId}`,
        actionLabel: 'Open in EKST',
      };
  }
}
