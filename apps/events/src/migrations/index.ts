import {
  MessagingDeadLetters1732300000900,
  MessagingTables1732300000000,
  MessagingTraceContext1732300000950,
  MessagingQuietNotify1732300000960,
} from '@ekst/messaging';
import { CreateProjections1732300000001 } from './1732300000001-create-projections';
import { CreateEvent1732300000002 } from './1732300000002-create-event';
import { CreateRegistration1732300000003 } from './1732300000003-create-registration';
import { ProgrammeLifecycle1732300000004 } from './1732300000004-programme-lifecycle';
import { SharedPartnerProjection1732300000005 } from './1732300000005-shared-partner-projection';
import { TeacherSwapVisit1732300000030 } from './1732300000030-teacher-swap-visit';
import { PartnerLocation1732300000031 } from './1732300000031-partner-location';
import { TermCalendarProjection1732300000100 } from './1732300000100-term-calendar-projection';
// --- groups, meetings, proposals ---
import { StudentVoiceDrafts1732300000200 } from './1732300000200-student-voice-drafts';
// --- school year ---
import { SchoolYear1732300000600 } from './1732300000600-school-year';
import { ProgrammeFeed1732300000601 } from './1732300000601-programme-feed';
import { WaitlistClosed1732300000650 } from './1732300000650-waitlist-closed';
import { EventPublishedAt1732300000651 } from './1732300000651-event-published-at';
import { PersonLeft1732300000652 } from './1732300000652-person-left';
// --- data rights (issue 20) ---
import { AccessLogTable1732300002002, RetentionRunTable1732300002003 } from '@ekst/subgraph-kit';

export const migrations = [
  MessagingTables1732300000000,
  MessagingDeadLetters1732300000900,
  MessagingTraceContext1732300000950,
  MessagingQuietNotify1732300000960,
  CreateProjections1732300000001,
  CreateEvent1732300000002,
  CreateRegistration1732300000003,
  ProgrammeLifecycle1732300000004,
  SharedPartnerProjection1732300000005,
  TeacherSwapVisit1732300000030,
  PartnerLocation1732300000031,
  // --- term calendars (pg-core) ---
  TermCalendarProjection1732300000100,
  // --- groups, meetings, proposals ---
  StudentVoiceDrafts1732300000200,
  // --- school year ---
  SchoolYear1732300000600,
  ProgrammeFeed1732300000601,
  WaitlistClosed1732300000650,
  EventPublishedAt1732300000651,
  PersonLeft1732300000652,
  // --- data rights (issue 20) ---
  AccessLogTable1732300002002,
  RetentionRunTable1732300002003,
];
