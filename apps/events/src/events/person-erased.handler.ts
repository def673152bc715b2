import { PeopleEvents } from '@ekst/contracts';
import { defineHandler } from '@ekst/messaging';
import { forgetPerson } from '../use-cases/forget-person.use-case';

/** The person's data goes; a place they held is offered to the waitlist (see forgetPerson). */
export const personErasedHandler = defineHandler(PeopleEvents.erased, (tx, p) =>
  forgetPerson(tx, p.personId),
);
