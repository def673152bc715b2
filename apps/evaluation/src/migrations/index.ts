import {
  MessagingDeadLetters1732300000900,
  MessagingTables1732300000000,
  MessagingTraceContext1732300000950,
  MessagingQuietNotify1732300000960,
} from '@ekst/messaging';
import { CreateProjections1732300000001 } from './1732300000001-create-projections';
import { CreateSurvey1732300000002 } from './1732300000002-create-survey';
import { ResponsesAndDose1732300000003 } from './1732300000003-responses-and-dose';
import { FocusGroupNote1732300000004 } from './1732300000004-focus-group-note';
import { SharedPartnerProjection1732300000005 } from './1732300000005-shared-partner-projection';
import { SwapReflection1732300000030 } from './1732300000030-swap-reflection';
import { PartnerLocation1732300000031 } from './1732300000031-partner-location';
import { SwapCompletion1732300000032 } from './1732300000032-swap-completion';
import { StudentVoices1732300000050 } from './1732300000050-student-voices';
// --- data rights (issue 20) ---
import { RetentionRunTable1732300002003 } from '@ekst/subgraph-kit';
import { SurveyWindows1732300000060 } from './1732300000060-survey-windows';
import { ErasedPerson1732300000061 } from './1732300000061-erased-person';
import { PersonYearAttendance1732300000070 } from './1732300000070-person-year-attendance';
import { AttendanceEventIndex1732300000071 } from './1732300000071-attendance-event-index';
import { ImpactPair1732300000072 } from './1732300000072-impact-pair';
import { EventPlaces1732300000076 } from './1732300000076-event-places';
import { InvitationRetention1732300000077 } from './1732300000077-invitation-retention';
import { ImpactPairUnitLocks1732300000078 } from './1732300000078-impact-pair-unit-locks';

export const migrations = [
  MessagingTables1732300000000,
  MessagingDeadLetters1732300000900,
  MessagingTraceContext1732300000950,
  MessagingQuietNotify1732300000960,
  CreateProjections1732300000001,
  CreateSurvey1732300000002,
  ResponsesAndDose1732300000003,
  FocusGroupNote1732300000004,
  SharedPartnerProjection1732300000005,
  SwapReflection1732300000030,
  PartnerLocation1732300000031,
  SwapCompletion1732300000032,
  StudentVoices1732300000050,
  // --- data rights (issue 20) ---
  RetentionRunTable1732300002003,
  SurveyWindows1732300000060,
  ErasedPerson1732300000061,
  PersonYearAttendance1732300000070,
  AttendanceEventIndex1732300000071,
  ImpactPair1732300000072,
  EventPlaces1732300000076,
  InvitationRetention1732300000077,
  ImpactPairUnitLocks1732300000078,
];
