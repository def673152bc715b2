import { useId } from 'react';
import type { Aim, Audience, EventKind } from '../__generated__/gql/graphql';
import { words } from '../format';

export const KINDS: EventKind[] = [
  'TEACHMEET',
  'CPD',
  'SUBJECT_CLUSTER',
  'CHOIR',
  'SPORT',
  'OUTDOOR_LEARNING',
  'WELLBEING',
  'BAKE_OFF',
  'STUDENT_VOICE',
  'TEACHER_SWAP_VISIT',
  'OTHER',
];
export const AUDIENCES: Audience[] = ['STUDENTS', 'TEACHERS', 'BOTH'];
export const AIMS: Aim[] = [
  'WIDENING_HORIZONS',
  'RAISING_ASPIRATIONS',
  'CONFIDENCE',
  'RESILIENCE',
  'WELLBEING',
  'COMMUNITY',
];
const YEARS = [7, 8, 9, 10, 11, 12, 13];

export interface EventFormValues {
  title: string;
  kind: EventKind;
  audience: Audience;
  yearGroups: number[];
  hostPartnerId: string | null;
  venue: string | null;
  startsAt: string;
  endsAt: string;
  aims: Aim[];
  capacity: number;
  partnerQuota: number | null;
}

/** `datetime-local` value (the browser's time zone) ⇄ ISO instant. */
export const toLocalInput = (iso: string) => {
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};

export function readEventForm(form: HTMLFormElement): EventFormValues {
  const f = new FormData(form);
  const text = (k: string) => String(f.get(k) ?? '').trim();
  const quota = text('partnerQuota');
  return {
    title: text('title'),
    kind: text('kind') as EventKind,
    audience: text('audience') as Audience,
    yearGroups: f.getAll('yearGroups').map(Number),
    hostPartnerId: text('hostPartnerId') || null,
    venue: text('venue') || null,
    startsAt: text('startsAt') ? new Date(text('startsAt')).toISOString() : '',
    endsAt: text('endsAt') ? new Date(text('endsAt')).toISOString() : '',
    aims: f.getAll('aims').map(String) as Aim[],
    capacity: Number(text('capacity')),
    partnerQuota: quota ? Number(quota) : null,
  };
}

/** The fields of an event, labelled, grouped, with the API's field errors beside them. */
export function EventFields({
  initial,
  partners,
  fieldErrors,
}: {
  initial?: Partial<EventFormValues>;
  partners: ReadonlyArray<{ id: string; name: string }>;
  fieldErrors: ReadonlyArray<{ field: string | null; message: string }>;
}) {
  const id = useId();
  const err = (field: string) => fieldErrors.find((e) => e.field?.endsWith(field))?.message;
  const describe = (field: string) => (err(field) ? `${id}-${field}-err` : undefined);
  const note = (field: string) =>
    err(field) ? (
      <span id={`${id}-${field}-err`} className="field-error">
        {err(field)}
      </span>
    ) : null;
  return (
    <>
      <label htmlFor={`${id}-title`}>Title</label>
      <input
        id={`${id}-title`}
        name="title"
        required
        defaultValue={initial?.title}
        aria-describedby={describe('title')}
      />
      {note('title')}
      <label htmlFor={`${id}-kind`}>Kind</label>
      <select id={`${id}-kind`} name="kind" defaultValue={initial?.kind ?? 'OTHER'}>
        {KINDS.map((k) => (
          <option key={k} value={k}>
            {words(k)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-audience`}>Audience</label>
      <select id={`${id}-audience`} name="audience" defaultValue={initial?.audience ?? 'STUDENTS'}>
        {AUDIENCES.map((a) => (
          <option key={a} value={a}>
            {words(a)}
          </option>
        ))}
      </select>
      <fieldset aria-describedby={describe('yearGroups')}>
        <legend>Year groups (for students)</legend>
        {YEARS.map((y) => (
          <label key={y} className="inline">
            <input
              type="checkbox"
              name="yearGroups"
              value={y}
              defaultChecked={initial?.yearGroups?.includes(y)}
            />
            Year {y}
          </label>
        ))}
        {note('yearGroups')}
      </fieldset>
      <label htmlFor={`${id}-host`}>Host partner</label>
      <select id={`${id}-host`} name="hostPartnerId" defaultValue={initial?.hostPartnerId ?? ''}>
        <option value="">None (external venue)</option>
        {partners.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-venue`}>Venue (if not at a partner)</label>
      <input id={`${id}-venue`} name="venue" defaultValue={initial?.venue ?? ''} />
      <label htmlFor={`${id}-starts`}>Starts</label>
      <input
        id={`${id}-starts`}
        name="startsAt"
        type="datetime-local"
        required
        defaultValue={initial?.startsAt ? toLocalInput(initial.startsAt) : undefined}
        aria-describedby={describe('startsAt')}
      />
      {note('startsAt')}
      <label htmlFor={`${id}-ends`}>Ends</label>
      <input
        id={`${id}-ends`}
        name="endsAt"
        type="datetime-local"
        required
        defaultValue={initial?.endsAt ? toLocalInput(initial.endsAt) : undefined}
        aria-describedby={describe('endsAt')}
      />
      {note('endsAt')}
      <fieldset aria-describedby={describe('aims')}>
        <legend>Aims</legend>
        {AIMS.map((a) => (
          <label key={a} className="inline">
            <input
              type="checkbox"
              name="aims"
              value={a}
              defaultChecked={initial?.aims?.includes(a)}
            />
            {words(a)}
          </label>
        ))}
        {note('aims')}
      </fieldset>
      <label htmlFor={`${id}-capacity`}>Places</label>
      <input
        id={`${id}-capacity`}
        name="capacity"
        type="number"
        min={1}
        required
        defaultValue={initial?.capacity}
        aria-describedby={describe('capacity')}
      />
      {note('capacity')}
      <label htmlFor={`${id}-quota`}>Most places for one partner (optional)</label>
      <input
        id={`${id}-quota`}
        name="partnerQuota"
        type="number"
        min={1}
        defaultValue={initial?.partnerQuota ?? undefined}
      />
    </>
  );
}
