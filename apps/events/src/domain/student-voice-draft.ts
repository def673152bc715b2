import type { StudentVoiceProposalApprovedV1 } from '@ekst/contracts';

/** Every secondary year group: a draft for students starts open to all, the organisers narrow it. */
const ALL_YEAR_GROUPS = [7, 8, 9, 10, 11, 12, 13];
const AIMS = [
  'WIDENING_HORIZONS',
  'RAISING_ASPIRATIONS',
  'CONFIDENCE',
  'RESILIENCE',
  'WELLBEING',
  'COMMUNITY',
] as const;
type Aim = (typeof AIMS)[number];

export interface StudentVoiceDraft {
  title: string;
  kind: StudentVoiceProposalApprovedV1['kind'];
  audience: StudentVoiceProposalApprovedV1['audience'];
  yearGroups: number[];
  aims: Aim[];
  hostPartnerId: string;
  /** local date and times in Europe/London, turned into instants in SQL */
  startsOn: string;
  startsAtLocalTime: string;
  endsAtLocalTime: string;
  capacity: number;
}

/**
 * The draft event an approved Student Voice proposal becomes. Hosted by the proposers' school,
 * pencilled in for the first weekday eight weeks after the decision (09:00–15:00), 60 places: the
 * organisers set the real date, venue and numbers before anyone can publish it. Aims the event
 * model does not know are dropped (aims are reference data; the schema enum is stable); a
 * proposal with none left serves COMMUNITY, what Student Voice exists for.
 */
export function studentVoiceDraft(p: StudentVoiceProposalApprovedV1): StudentVoiceDraft {
  const day = new Date(`${p.decidedOn}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 56);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day.setUTCDate(day.getUTCDate() + 1);
  const aims = p.aims.filter((a): a is Aim => (AIMS as readonly string[]).includes(a));
  return {
    title: p.title.length >= 3 ? p.title : `Student Voice: ${p.title}`,
    kind: p.kind,
    audience: p.audience,
    yearGroups: p.audience === 'TEACHERS' ? [] : ALL_YEAR_GROUPS,
    aims: aims.length ? [...new Set(aims)] : ['COMMUNITY'],
    hostPartnerId: p.partnerId,
    startsOn: day.toISOString().slice(0, 10),
    startsAtLocalTime: '09:00',
    endsAtLocalTime: '15:00',
    capacity: 60,
  };
}
