/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment SessionFields on AuthSession {\n    personId\n    roles\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      session {\n        ...SessionFields\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation RedeemSignInCode($code: String!) {\n    redeemSignInCode(code: $code) {\n      session {\n        ...SessionFields\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.RedeemSignInCodeDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      session {\n        ...SessionFields\n      }\n      errors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation SignOut($refreshToken: String!) {\n    signOut(refreshToken: $refreshToken) {\n      signedOut\n    }\n  }\n": typeof types.SignOutDocument,
    "\n  mutation RevokeSessions($personId: ID!) {\n    revokeSessions(personId: $personId) {\n      revoked\n    }\n  }\n": typeof types.RevokeSessionsDocument,
    "\n  fragment RegistrationItem on Registration {\n    id\n    status\n    waitlistPosition\n    offerExpiresAt\n    checkInCode\n    event {\n      id\n      title\n      startsAt\n    }\n  }\n": typeof types.RegistrationItemFragmentDoc,
    "\n  mutation CancelRegistration($registrationId: ID!) {\n    cancelRegistration(registrationId: $registrationId) {\n      registration {\n        id\n        status\n      }\n      errors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.CancelRegistrationDocument,
    "\n  mutation ConfirmPlace($registrationId: ID!) {\n    confirmPlace(registrationId: $registrationId) {\n      registration {\n        id\n        status\n        offerExpiresAt\n      }\n      errors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.ConfirmPlaceDocument,
    "\n  query UnreadCount {\n    me {\n      id\n      notifications(first: 1, unreadOnly: true) {\n        unreadCount\n      }\n    }\n  }\n": typeof types.UnreadCountDocument,
    "\n  query PartnersForKeys {\n    partners {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.PartnersForKeysDocument,
    "\n  query ApiKeys($partnerId: ID!) {\n    apiKeys(partnerId: $partnerId) {\n      id\n      name\n      prefix\n      scopes\n      createdAt\n      lastUsedAt\n      expiresAt\n      revokedAt\n      state\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  mutation IssueApiKey($input: IssueApiKeyInput!) {\n    issueApiKey(input: $input) {\n      apiKey {\n        id\n        prefix\n      }\n      secret\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.IssueApiKeyDocument,
    "\n  mutation RevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey {\n        id\n        state\n        revokedAt\n      }\n      errors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  fragment CheckInRow on Registration {\n    id\n    status\n    checkInCode\n    checkedInAt\n    photoConsent\n    person {\n      id\n      displayName\n      yearGroup\n    }\n  }\n": typeof types.CheckInRowFragmentDoc,
    "\n  query CheckInList($id: ID!) {\n    event(id: $id) {\n      id\n      title\n      startsAt\n      registrations {\n        id\n        ...CheckInRow\n      }\n    }\n  }\n": typeof types.CheckInListDocument,
    "\n  mutation CheckIn($eventId: ID!, $personId: ID, $code: String) {\n    checkIn(eventId: $eventId, personId: $personId, code: $code) {\n      registration {\n        id\n        status\n        checkedInAt\n        photoConsent\n        person {\n          id\n          displayName\n        }\n      }\n      warnings\n      errors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.CheckInDocument,
    "\n  query CheckInEvents($from: String!, $to: String!) {\n    events(from: $from, to: $to, status: PUBLISHED, first: 100) {\n      edges {\n        node {\n          id\n          title\n          startsAt\n          endsAt\n          registeredCount\n        }\n      }\n    }\n  }\n": typeof types.CheckInEventsDocument,
    "\n  query Dashboard($weekFrom: String!, $weekTo: String!, $recentFrom: String!) {\n    thisWeek: events(from: $weekFrom, to: $weekTo, first: 100) {\n      edges {\n        node {\n          id\n          title\n          startsAt\n          status\n          capacity\n          registeredCount\n          waitlistCount\n        }\n      }\n    }\n    recent: events(from: $recentFrom, first: 100) {\n      edges {\n        node {\n          id\n          title\n          startsAt\n          waitlistCount\n          registrations {\n            id\n            status\n            offerExpiresAt\n          }\n          surveys {\n            id\n            phase\n            status\n            invitedCount\n            nonResponderCount\n          }\n        }\n      }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  query EditEvent($id: ID!) {\n    event(id: $id) {\n      id\n      ...PlanningEvent\n    }\n  }\n": typeof types.EditEventDocument,
    "\n  mutation UpdateEvent($id: ID!, $input: UpdateEventInput!) {\n    updateEvent(id: $id, input: $input) {\n      event {\n        id\n        ...PlanningEvent\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.UpdateEventDocument,
    "\n  query FinancePeriods {\n    financePeriods {\n      id\n      academicYear\n      status\n    }\n  }\n": typeof types.FinancePeriodsDocument,
    "\n  query FinanceReport($academicYear: String!) {\n    financeReport(academicYear: $academicYear) {\n      academicYear\n      periodStatus\n      lines {\n        budgetLine {\n          id\n          code\n          name\n        }\n        budgetedPence\n        committedPence\n        actualPence\n        remainingPence\n      }\n      totals {\n        budgetedPence\n        committedPence\n        actualPence\n        remainingPence\n      }\n      levies {\n        partner {\n          id\n          name\n        }\n        invoicedPence\n        receivedPence\n        outstandingPence\n      }\n      levyTotals {\n        invoicedPence\n        receivedPence\n        outstandingPence\n      }\n      incomeReceivedPence\n      expensesPaidPence\n      expensesCommittedPence\n      balancePence\n    }\n  }\n": typeof types.FinanceReportDocument,
    "\n  query FinanceAuditLog($academicYear: String!, $after: String) {\n    financeAuditLog(academicYear: $academicYear, first: 25, after: $after) {\n      edges {\n        node {\n          id\n          at\n          action\n          entityType\n          entityId\n          actorRoles\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.FinanceAuditLogDocument,
    "\n  query Governance {\n    governanceGroups {\n      id\n      kind\n      name\n      meetings {\n        id\n        startsAt\n        place\n        quorate\n      }\n      openActions {\n        id\n        description\n        dueOn\n      }\n    }\n  }\n": typeof types.GovernanceDocument,
    "\n  fragment ImpactCellRow on ImpactCell {\n    groupKey\n    groupLabel\n    instrument\n    doseBand\n    n\n    meanChange\n    ciLow\n    ciHigh\n    suppressed\n    tooFewToConclude\n    licenceNotice\n  }\n": typeof types.ImpactCellRowFragmentDoc,
    "\n  query Impact($academicYear: Int) {\n    byAim: impactReport(academicYear: $academicYear, groupBy: AIM) {\n      method\n      csv\n      cells {\n        ...ImpactCellRow\n      }\n    }\n    byYear: impactReport(academicYear: $academicYear, groupBy: YEAR) {\n      cells {\n        ...ImpactCellRow\n      }\n    }\n  }\n": typeof types.ImpactDocument,
    "\n  fragment ActionRow on ActionItem {\n    id\n    description\n    dueOn\n    status\n    owner {\n      id\n      displayName\n    }\n  }\n": typeof types.ActionRowFragmentDoc,
    "\n  query MeetingPage($id: ID!) {\n    meeting(id: $id) {\n      id\n      startsAt\n      place\n      group {\n        id\n        name\n      }\n      agenda {\n        id\n        position\n        title\n        minutes\n      }\n      partnersRepresented {\n        id\n        name\n      }\n      partnersNeeded\n      quorate\n      decisions {\n        id\n        agendaItemId\n        motion\n        outcome\n        votesFor\n        votesAgainst\n        abstentions\n      }\n      actionItems {\n        id\n        ...ActionRow\n      }\n      carriedOverActions {\n        id\n        ...ActionRow\n      }\n    }\n  }\n": typeof types.MeetingPageDocument,
    "\n  query Notifications($after: String) {\n    me {\n      id\n      notifications(first: 50, after: $after) {\n        unreadCount\n        edges {\n          node {\n            id\n            category\n            subject\n            body\n            link\n            createdAt\n            readAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {\n    markNotificationsRead(ids: $ids, all: $all) {\n      unreadCount\n      errors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query PersonPage($id: ID!) {\n    person(id: $id) {\n      id\n      displayName\n      yearGroup\n      registrations {\n        id\n        ...RegistrationItem\n      }\n    }\n  }\n": typeof types.PersonPageDocument,
    "\n  query Planning($from: String!) {\n    events(from: $from, first: 100) {\n      edges {\n        node {\n          id\n          ...PlanningEvent\n        }\n      }\n    }\n  }\n": typeof types.PlanningDocument,
    "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      event {\n        id\n        ...PlanningEvent\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.CreateEventDocument,
    "\n  fragment ProgrammeEvent on Event {\n    id\n    title\n    kind\n    audience\n    yearGroups\n    startsAt\n    endsAt\n    venue\n    hostPartner {\n      id\n      name\n    }\n    capacity\n    registeredCount\n    waitlistCount\n    aims\n  }\n": typeof types.ProgrammeEventFragmentDoc,
    "\n  query Programme($from: String!) {\n    me {\n      id\n      roles\n      yearGroup\n      registrations {\n        id\n        status\n        event {\n          id\n        }\n        ...RegistrationItem\n      }\n    }\n    events(from: $from, status: PUBLISHED, first: 100) {\n      edges {\n        node {\n          id\n          ...ProgrammeEvent\n        }\n      }\n    }\n  }\n": typeof types.ProgrammeDocument,
    "\n  mutation RegisterForEvent($eventId: ID!, $personId: ID!) {\n    registerForEvent(eventId: $eventId, personId: $personId) {\n      registration {\n        id\n        status\n        waitlistPosition\n      }\n      errors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.RegisterForEventDocument,
    "\n  query Proposals {\n    studentVoiceProposals {\n      id\n      title\n      kind\n      audience\n      rationale\n      studentsWillHelpWith\n      status\n      decisionReason\n      decidedOn\n      partner {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ProposalsDocument,
    "\n  query ManagementMeetings {\n    governanceGroups {\n      id\n      kind\n      name\n      meetings {\n        id\n        startsAt\n      }\n    }\n  }\n": typeof types.ManagementMeetingsDocument,
    "\n  mutation ProposeStudentVoiceEvent($input: ProposeStudentVoiceEventInput!) {\n    proposeStudentVoiceEvent(input: $input) {\n      proposal {\n        id\n        status\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ProposeStudentVoiceEventDocument,
    "\n  mutation DecideProposal($input: DecideStudentVoiceProposalInput!) {\n    decideStudentVoiceProposal(input: $input) {\n      proposal {\n        id\n        status\n        decisionReason\n        decidedOn\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.DecideProposalDocument,
    "\n  fragment PlanningEvent on Event {\n    id\n    title\n    kind\n    audience\n    yearGroups\n    hostPartner {\n      id\n      name\n    }\n    venue\n    startsAt\n    endsAt\n    aims\n    capacity\n    partnerQuota\n    status\n    cancelReason\n    registeredCount\n    waitlistCount\n  }\n": typeof types.PlanningEventFragmentDoc,
    "\n  query PlanningPartners {\n    partners(status: ACTIVE) {\n      id\n      name\n    }\n  }\n": typeof types.PlanningPartnersDocument,
    "\n  mutation PublishEvent($id: ID!) {\n    publishEvent(id: $id) {\n      event {\n        id\n        status\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.PublishEventDocument,
    "\n  mutation CancelEvent($id: ID!, $reason: String!) {\n    cancelEvent(id: $id, reason: $reason) {\n      event {\n        id\n        status\n        cancelReason\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.CancelEventDocument,
};
const documents: Documents = {
    "\n  fragment SessionFields on AuthSession {\n    personId\n    roles\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      session {\n        ...SessionFields\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation RedeemSignInCode($code: String!) {\n    redeemSignInCode(code: $code) {\n      session {\n        ...SessionFields\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.RedeemSignInCodeDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      session {\n        ...SessionFields\n      }\n      errors {\n        code\n        message\n      }\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation SignOut($refreshToken: String!) {\n    signOut(refreshToken: $refreshToken) {\n      signedOut\n    }\n  }\n": types.SignOutDocument,
    "\n  mutation RevokeSessions($personId: ID!) {\n    revokeSessions(personId: $personId) {\n      revoked\n    }\n  }\n": types.RevokeSessionsDocument,
    "\n  fragment RegistrationItem on Registration {\n    id\n    status\n    waitlistPosition\n    offerExpiresAt\n    checkInCode\n    event {\n      id\n      title\n      startsAt\n    }\n  }\n": types.RegistrationItemFragmentDoc,
    "\n  mutation CancelRegistration($registrationId: ID!) {\n    cancelRegistration(registrationId: $registrationId) {\n      registration {\n        id\n        status\n      }\n      errors {\n        code\n        message\n      }\n    }\n  }\n": types.CancelRegistrationDocument,
    "\n  mutation ConfirmPlace($registrationId: ID!) {\n    confirmPlace(registrationId: $registrationId) {\n      registration {\n        id\n        status\n        offerExpiresAt\n      }\n      errors {\n        code\n        message\n      }\n    }\n  }\n": types.ConfirmPlaceDocument,
    "\n  query UnreadCount {\n    me {\n      id\n      notifications(first: 1, unreadOnly: true) {\n        unreadCount\n      }\n    }\n  }\n": types.UnreadCountDocument,
    "\n  query PartnersForKeys {\n    partners {\n      id\n      name\n      kind\n    }\n  }\n": types.PartnersForKeysDocument,
    "\n  query ApiKeys($partnerId: ID!) {\n    apiKeys(partnerId: $partnerId) {\n      id\n      name\n      prefix\n      scopes\n      createdAt\n      lastUsedAt\n      expiresAt\n      revokedAt\n      state\n    }\n  }\n": types.ApiKeysDocument,
    "\n  mutation IssueApiKey($input: IssueApiKeyInput!) {\n    issueApiKey(input: $input) {\n      apiKey {\n        id\n        prefix\n      }\n      secret\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.IssueApiKeyDocument,
    "\n  mutation RevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey {\n        id\n        state\n        revokedAt\n      }\n      errors {\n        code\n        message\n      }\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  fragment CheckInRow on Registration {\n    id\n    status\n    checkInCode\n    checkedInAt\n    photoConsent\n    person {\n      id\n      displayName\n      yearGroup\n    }\n  }\n": types.CheckInRowFragmentDoc,
    "\n  query CheckInList($id: ID!) {\n    event(id: $id) {\n      id\n      title\n      startsAt\n      registrations {\n        id\n        ...CheckInRow\n      }\n    }\n  }\n": types.CheckInListDocument,
    "\n  mutation CheckIn($eventId: ID!, $personId: ID, $code: String) {\n    checkIn(eventId: $eventId, personId: $personId, code: $code) {\n      registration {\n        id\n        status\n        checkedInAt\n        photoConsent\n        person {\n          id\n          displayName\n        }\n      }\n      warnings\n      errors {\n        code\n        message\n      }\n    }\n  }\n": types.CheckInDocument,
    "\n  query CheckInEvents($from: String!, $to: String!) {\n    events(from: $from, to: $to, status: PUBLISHED, first: 100) {\n      edges {\n        node {\n          id\n          title\n          startsAt\n          endsAt\n          registeredCount\n        }\n      }\n    }\n  }\n": types.CheckInEventsDocument,
    "\n  query Dashboard($weekFrom: String!, $weekTo: String!, $recentFrom: String!) {\n    thisWeek: events(from: $weekFrom, to: $weekTo, first: 100) {\n      edges {\n        node {\n          id\n          title\n          startsAt\n          status\n          capacity\n          registeredCount\n          waitlistCount\n        }\n      }\n    }\n    recent: events(from: $recentFrom, first: 100) {\n      edges {\n        node {\n          id\n          title\n          startsAt\n          waitlistCount\n          registrations {\n            id\n            status\n            offerExpiresAt\n          }\n          surveys {\n            id\n            phase\n            status\n            invitedCount\n            nonResponderCount\n          }\n        }\n      }\n    }\n  }\n": types.DashboardDocument,
    "\n  query EditEvent($id: ID!) {\n    event(id: $id) {\n      id\n      ...PlanningEvent\n    }\n  }\n": types.EditEventDocument,
    "\n  mutation UpdateEvent($id: ID!, $input: UpdateEventInput!) {\n    updateEvent(id: $id, input: $input) {\n      event {\n        id\n        ...PlanningEvent\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.UpdateEventDocument,
    "\n  query FinancePeriods {\n    financePeriods {\n      id\n      academicYear\n      status\n    }\n  }\n": types.FinancePeriodsDocument,
    "\n  query FinanceReport($academicYear: String!) {\n    financeReport(academicYear: $academicYear) {\n      academicYear\n      periodStatus\n      lines {\n        budgetLine {\n          id\n          code\n          name\n        }\n        budgetedPence\n        committedPence\n        actualPence\n        remainingPence\n      }\n      totals {\n        budgetedPence\n        committedPence\n        actualPence\n        remainingPence\n      }\n      levies {\n        partner {\n          id\n          name\n        }\n        invoicedPence\n        receivedPence\n        outstandingPence\n      }\n      levyTotals {\n        invoicedPence\n        receivedPence\n        outstandingPence\n      }\n      incomeReceivedPence\n      expensesPaidPence\n      expensesCommittedPence\n      balancePence\n    }\n  }\n": types.FinanceReportDocument,
    "\n  query FinanceAuditLog($academicYear: String!, $after: String) {\n    financeAuditLog(academicYear: $academicYear, first: 25, after: $after) {\n      edges {\n        node {\n          id\n          at\n          action\n          entityType\n          entityId\n          actorRoles\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.FinanceAuditLogDocument,
    "\n  query Governance {\n    governanceGroups {\n      id\n      kind\n      name\n      meetings {\n        id\n        startsAt\n        place\n        quorate\n      }\n      openActions {\n        id\n        description\n        dueOn\n      }\n    }\n  }\n": types.GovernanceDocument,
    "\n  fragment ImpactCellRow on ImpactCell {\n    groupKey\n    groupLabel\n    instrument\n    doseBand\n    n\n    meanChange\n    ciLow\n    ciHigh\n    suppressed\n    tooFewToConclude\n    licenceNotice\n  }\n": types.ImpactCellRowFragmentDoc,
    "\n  query Impact($academicYear: Int) {\n    byAim: impactReport(academicYear: $academicYear, groupBy: AIM) {\n      method\n      csv\n      cells {\n        ...ImpactCellRow\n      }\n    }\n    byYear: impactReport(academicYear: $academicYear, groupBy: YEAR) {\n      cells {\n        ...ImpactCellRow\n      }\n    }\n  }\n": types.ImpactDocument,
    "\n  fragment ActionRow on ActionItem {\n    id\n    description\n    dueOn\n    status\n    owner {\n      id\n      displayName\n    }\n  }\n": types.ActionRowFragmentDoc,
    "\n  query MeetingPage($id: ID!) {\n    meeting(id: $id) {\n      id\n      startsAt\n      place\n      group {\n        id\n        name\n      }\n      agenda {\n        id\n        position\n        title\n        minutes\n      }\n      partnersRepresented {\n        id\n        name\n      }\n      partnersNeeded\n      quorate\n      decisions {\n        id\n        agendaItemId\n        motion\n        outcome\n        votesFor\n        votesAgainst\n        abstentions\n      }\n      actionItems {\n        id\n        ...ActionRow\n      }\n      carriedOverActions {\n        id\n        ...ActionRow\n      }\n    }\n  }\n": types.MeetingPageDocument,
    "\n  query Notifications($after: String) {\n    me {\n      id\n      notifications(first: 50, after: $after) {\n        unreadCount\n        edges {\n          node {\n            id\n            category\n            subject\n            body\n            link\n            createdAt\n            readAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {\n    markNotificationsRead(ids: $ids, all: $all) {\n      unreadCount\n      errors {\n        code\n        message\n      }\n    }\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query PersonPage($id: ID!) {\n    person(id: $id) {\n      id\n      displayName\n      yearGroup\n      registrations {\n        id\n        ...RegistrationItem\n      }\n    }\n  }\n": types.PersonPageDocument,
    "\n  query Planning($from: String!) {\n    events(from: $from, first: 100) {\n      edges {\n        node {\n          id\n          ...PlanningEvent\n        }\n      }\n    }\n  }\n": types.PlanningDocument,
    "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      event {\n        id\n        ...PlanningEvent\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.CreateEventDocument,
    "\n  fragment ProgrammeEvent on Event {\n    id\n    title\n    kind\n    audience\n    yearGroups\n    startsAt\n    endsAt\n    venue\n    hostPartner {\n      id\n      name\n    }\n    capacity\n    registeredCount\n    waitlistCount\n    aims\n  }\n": types.ProgrammeEventFragmentDoc,
    "\n  query Programme($from: String!) {\n    me {\n      id\n      roles\n      yearGroup\n      registrations {\n        id\n        status\n        event {\n          id\n        }\n        ...RegistrationItem\n      }\n    }\n    events(from: $from, status: PUBLISHED, first: 100) {\n      edges {\n        node {\n          id\n          ...ProgrammeEvent\n        }\n      }\n    }\n  }\n": types.ProgrammeDocument,
    "\n  mutation RegisterForEvent($eventId: ID!, $personId: ID!) {\n    registerForEvent(eventId: $eventId, personId: $personId) {\n      registration {\n        id\n        status\n        waitlistPosition\n      }\n      errors {\n        code\n        message\n      }\n    }\n  }\n": types.RegisterForEventDocument,
    "\n  query Proposals {\n    studentVoiceProposals {\n      id\n      title\n      kind\n      audience\n      rationale\n      studentsWillHelpWith\n      status\n      decisionReason\n      decidedOn\n      partner {\n        id\n        name\n      }\n    }\n  }\n": types.ProposalsDocument,
    "\n  query ManagementMeetings {\n    governanceGroups {\n      id\n      kind\n      name\n      meetings {\n        id\n        startsAt\n      }\n    }\n  }\n": types.ManagementMeetingsDocument,
    "\n  mutation ProposeStudentVoiceEvent($input: ProposeStudentVoiceEventInput!) {\n    proposeStudentVoiceEvent(input: $input) {\n      proposal {\n        id\n        status\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ProposeStudentVoiceEventDocument,
    "\n  mutation DecideProposal($input: DecideStudentVoiceProposalInput!) {\n    decideStudentVoiceProposal(input: $input) {\n      proposal {\n        id\n        status\n        decisionReason\n        decidedOn\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.DecideProposalDocument,
    "\n  fragment PlanningEvent on Event {\n    id\n    title\n    kind\n    audience\n    yearGroups\n    hostPartner {\n      id\n      name\n    }\n    venue\n    startsAt\n    endsAt\n    aims\n    capacity\n    partnerQuota\n    status\n    cancelReason\n    registeredCount\n    waitlistCount\n  }\n": types.PlanningEventFragmentDoc,
    "\n  query PlanningPartners {\n    partners(status: ACTIVE) {\n      id\n      name\n    }\n  }\n": types.PlanningPartnersDocument,
    "\n  mutation PublishEvent($id: ID!) {\n    publishEvent(id: $id) {\n      event {\n        id\n        status\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.PublishEventDocument,
    "\n  mutation CancelEvent($id: ID!, $reason: String!) {\n    cancelEvent(id: $id, reason: $reason) {\n      event {\n        id\n        status\n        cancelReason\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.CancelEventDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on AuthSession {\n    personId\n    roles\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n  }\n"): (typeof documents)["\n  fragment SessionFields on AuthSession {\n    personId\n    roles\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      session {\n        ...SessionFields\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      session {\n        ...SessionFields\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeemSignInCode($code: String!) {\n    redeemSignInCode(code: $code) {\n      session {\n        ...SessionFields\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RedeemSignInCode($code: String!) {\n    redeemSignInCode(code: $code) {\n      session {\n        ...SessionFields\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      session {\n        ...SessionFields\n      }\n      errors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      session {\n        ...SessionFields\n      }\n      errors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut($refreshToken: String!) {\n    signOut(refreshToken: $refreshToken) {\n      signedOut\n    }\n  }\n"): (typeof documents)["\n  mutation SignOut($refreshToken: String!) {\n    signOut(refreshToken: $refreshToken) {\n      signedOut\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSessions($personId: ID!) {\n    revokeSessions(personId: $personId) {\n      revoked\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeSessions($personId: ID!) {\n    revokeSessions(personId: $personId) {\n      revoked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegistrationItem on Registration {\n    id\n    status\n    waitlistPosition\n    offerExpiresAt\n    checkInCode\n    event {\n      id\n      title\n      startsAt\n    }\n  }\n"): (typeof documents)["\n  fragment RegistrationItem on Registration {\n    id\n    status\n    waitlistPosition\n    offerExpiresAt\n    checkInCode\n    event {\n      id\n      title\n      startsAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelRegistration($registrationId: ID!) {\n    cancelRegistration(registrationId: $registrationId) {\n      registration {\n        id\n        status\n      }\n      errors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelRegistration($registrationId: ID!) {\n    cancelRegistration(registrationId: $registrationId) {\n      registration {\n        id\n        status\n      }\n      errors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmPlace($registrationId: ID!) {\n    confirmPlace(registrationId: $registrationId) {\n      registration {\n        id\n        status\n        offerExpiresAt\n      }\n      errors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmPlace($registrationId: ID!) {\n    confirmPlace(registrationId: $registrationId) {\n      registration {\n        id\n        status\n        offerExpiresAt\n      }\n      errors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadCount {\n    me {\n      id\n      notifications(first: 1, unreadOnly: true) {\n        unreadCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnreadCount {\n    me {\n      id\n      notifications(first: 1, unreadOnly: true) {\n        unreadCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnersForKeys {\n    partners {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query PartnersForKeys {\n    partners {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys($partnerId: ID!) {\n    apiKeys(partnerId: $partnerId) {\n      id\n      name\n      prefix\n      scopes\n      createdAt\n      lastUsedAt\n      expiresAt\n      revokedAt\n      state\n    }\n  }\n"): (typeof documents)["\n  query ApiKeys($partnerId: ID!) {\n    apiKeys(partnerId: $partnerId) {\n      id\n      name\n      prefix\n      scopes\n      createdAt\n      lastUsedAt\n      expiresAt\n      revokedAt\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueApiKey($input: IssueApiKeyInput!) {\n    issueApiKey(input: $input) {\n      apiKey {\n        id\n        prefix\n      }\n      secret\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IssueApiKey($input: IssueApiKeyInput!) {\n    issueApiKey(input: $input) {\n      apiKey {\n        id\n        prefix\n      }\n      secret\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey {\n        id\n        state\n        revokedAt\n      }\n      errors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey {\n        id\n        state\n        revokedAt\n      }\n      errors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CheckInRow on Registration {\n    id\n    status\n    checkInCode\n    checkedInAt\n    photoConsent\n    person {\n      id\n      displayName\n      yearGroup\n    }\n  }\n"): (typeof documents)["\n  fragment CheckInRow on Registration {\n    id\n    status\n    checkInCode\n    checkedInAt\n    photoConsent\n    person {\n      id\n      displayName\n      yearGroup\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckInList($id: ID!) {\n    event(id: $id) {\n      id\n      title\n      startsAt\n      registrations {\n        id\n        ...CheckInRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query CheckInList($id: ID!) {\n    event(id: $id) {\n      id\n      title\n      startsAt\n      registrations {\n        id\n        ...CheckInRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckIn($eventId: ID!, $personId: ID, $code: String) {\n    checkIn(eventId: $eventId, personId: $personId, code: $code) {\n      registration {\n        id\n        status\n        checkedInAt\n        photoConsent\n        person {\n          id\n          displayName\n        }\n      }\n      warnings\n      errors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CheckIn($eventId: ID!, $personId: ID, $code: String) {\n    checkIn(eventId: $eventId, personId: $personId, code: $code) {\n      registration {\n        id\n        status\n        checkedInAt\n        photoConsent\n        person {\n          id\n          displayName\n        }\n      }\n      warnings\n      errors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckInEvents($from: String!, $to: String!) {\n    events(from: $from, to: $to, status: PUBLISHED, first: 100) {\n      edges {\n        node {\n          id\n          title\n          startsAt\n          endsAt\n          registeredCount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CheckInEvents($from: String!, $to: String!) {\n    events(from: $from, to: $to, status: PUBLISHED, first: 100) {\n      edges {\n        node {\n          id\n          title\n          startsAt\n          endsAt\n          registeredCount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard($weekFrom: String!, $weekTo: String!, $recentFrom: String!) {\n    thisWeek: events(from: $weekFrom, to: $weekTo, first: 100) {\n      edges {\n        node {\n          id\n          title\n          startsAt\n          status\n          capacity\n          registeredCount\n          waitlistCount\n        }\n      }\n    }\n    recent: events(from: $recentFrom, first: 100) {\n      edges {\n        node {\n          id\n          title\n          startsAt\n          waitlistCount\n          registrations {\n            id\n            status\n            offerExpiresAt\n          }\n          surveys {\n            id\n            phase\n            status\n            invitedCount\n            nonResponderCount\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Dashboard($weekFrom: String!, $weekTo: String!, $recentFrom: String!) {\n    thisWeek: events(from: $weekFrom, to: $weekTo, first: 100) {\n      edges {\n        node {\n          id\n          title\n          startsAt\n          status\n          capacity\n          registeredCount\n          waitlistCount\n        }\n      }\n    }\n    recent: events(from: $recentFrom, first: 100) {\n      edges {\n        node {\n          id\n          title\n          startsAt\n          waitlistCount\n          registrations {\n            id\n            status\n            offerExpiresAt\n          }\n          surveys {\n            id\n            phase\n            status\n            invitedCount\n            nonResponderCount\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditEvent($id: ID!) {\n    event(id: $id) {\n      id\n      ...PlanningEvent\n    }\n  }\n"): (typeof documents)["\n  query EditEvent($id: ID!) {\n    event(id: $id) {\n      id\n      ...PlanningEvent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEvent($id: ID!, $input: UpdateEventInput!) {\n    updateEvent(id: $id, input: $input) {\n      event {\n        id\n        ...PlanningEvent\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEvent($id: ID!, $input: UpdateEventInput!) {\n    updateEvent(id: $id, input: $input) {\n      event {\n        id\n        ...PlanningEvent\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FinancePeriods {\n    financePeriods {\n      id\n      academicYear\n      status\n    }\n  }\n"): (typeof documents)["\n  query FinancePeriods {\n    financePeriods {\n      id\n      academicYear\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FinanceReport($academicYear: String!) {\n    financeReport(academicYear: $academicYear) {\n      academicYear\n      periodStatus\n      lines {\n        budgetLine {\n          id\n          code\n          name\n        }\n        budgetedPence\n        committedPence\n        actualPence\n        remainingPence\n      }\n      totals {\n        budgetedPence\n        committedPence\n        actualPence\n        remainingPence\n      }\n      levies {\n        partner {\n          id\n          name\n        }\n        invoicedPence\n        receivedPence\n        outstandingPence\n      }\n      levyTotals {\n        invoicedPence\n        receivedPence\n        outstandingPence\n      }\n      incomeReceivedPence\n      expensesPaidPence\n      expensesCommittedPence\n      balancePence\n    }\n  }\n"): (typeof documents)["\n  query FinanceReport($academicYear: String!) {\n    financeReport(academicYear: $academicYear) {\n      academicYear\n      periodStatus\n      lines {\n        budgetLine {\n          id\n          code\n          name\n        }\n        budgetedPence\n        committedPence\n        actualPence\n        remainingPence\n      }\n      totals {\n        budgetedPence\n        committedPence\n        actualPence\n        remainingPence\n      }\n      levies {\n        partner {\n          id\n          name\n        }\n        invoicedPence\n        receivedPence\n        outstandingPence\n      }\n      levyTotals {\n        invoicedPence\n        receivedPence\n        outstandingPence\n      }\n      incomeReceivedPence\n      expensesPaidPence\n      expensesCommittedPence\n      balancePence\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FinanceAuditLog($academicYear: String!, $after: String) {\n    financeAuditLog(academicYear: $academicYear, first: 25, after: $after) {\n      edges {\n        node {\n          id\n          at\n          action\n          entityType\n          entityId\n          actorRoles\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query FinanceAuditLog($academicYear: String!, $after: String) {\n    financeAuditLog(academicYear: $academicYear, first: 25, after: $after) {\n      edges {\n        node {\n          id\n          at\n          action\n          entityType\n          entityId\n          actorRoles\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Governance {\n    governanceGroups {\n      id\n      kind\n      name\n      meetings {\n        id\n        startsAt\n        place\n        quorate\n      }\n      openActions {\n        id\n        description\n        dueOn\n      }\n    }\n  }\n"): (typeof documents)["\n  query Governance {\n    governanceGroups {\n      id\n      kind\n      name\n      meetings {\n        id\n        startsAt\n        place\n        quorate\n      }\n      openActions {\n        id\n        description\n        dueOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImpactCellRow on ImpactCell {\n    groupKey\n    groupLabel\n    instrument\n    doseBand\n    n\n    meanChange\n    ciLow\n    ciHigh\n    suppressed\n    tooFewToConclude\n    licenceNotice\n  }\n"): (typeof documents)["\n  fragment ImpactCellRow on ImpactCell {\n    groupKey\n    groupLabel\n    instrument\n    doseBand\n    n\n    meanChange\n    ciLow\n    ciHigh\n    suppressed\n    tooFewToConclude\n    licenceNotice\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Impact($academicYear: Int) {\n    byAim: impactReport(academicYear: $academicYear, groupBy: AIM) {\n      method\n      csv\n      cells {\n        ...ImpactCellRow\n      }\n    }\n    byYear: impactReport(academicYear: $academicYear, groupBy: YEAR) {\n      cells {\n        ...ImpactCellRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query Impact($academicYear: Int) {\n    byAim: impactReport(academicYear: $academicYear, groupBy: AIM) {\n      method\n      csv\n      cells {\n        ...ImpactCellRow\n      }\n    }\n    byYear: impactReport(academicYear: $academicYear, groupBy: YEAR) {\n      cells {\n        ...ImpactCellRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActionRow on ActionItem {\n    id\n    description\n    dueOn\n    status\n    owner {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment ActionRow on ActionItem {\n    id\n    description\n    dueOn\n    status\n    owner {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingPage($id: ID!) {\n    meeting(id: $id) {\n      id\n      startsAt\n      place\n      group {\n        id\n        name\n      }\n      agenda {\n        id\n        position\n        title\n        minutes\n      }\n      partnersRepresented {\n        id\n        name\n      }\n      partnersNeeded\n      quorate\n      decisions {\n        id\n        agendaItemId\n        motion\n        outcome\n        votesFor\n        votesAgainst\n        abstentions\n      }\n      actionItems {\n        id\n        ...ActionRow\n      }\n      carriedOverActions {\n        id\n        ...ActionRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingPage($id: ID!) {\n    meeting(id: $id) {\n      id\n      startsAt\n      place\n      group {\n        id\n        name\n      }\n      agenda {\n        id\n        position\n        title\n        minutes\n      }\n      partnersRepresented {\n        id\n        name\n      }\n      partnersNeeded\n      quorate\n      decisions {\n        id\n        agendaItemId\n        motion\n        outcome\n        votesFor\n        votesAgainst\n        abstentions\n      }\n      actionItems {\n        id\n        ...ActionRow\n      }\n      carriedOverActions {\n        id\n        ...ActionRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($after: String) {\n    me {\n      id\n      notifications(first: 50, after: $after) {\n        unreadCount\n        edges {\n          node {\n            id\n            category\n            subject\n            body\n            link\n            createdAt\n            readAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($after: String) {\n    me {\n      id\n      notifications(first: 50, after: $after) {\n        unreadCount\n        edges {\n          node {\n            id\n            category\n            subject\n            body\n            link\n            createdAt\n            readAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {\n    markNotificationsRead(ids: $ids, all: $all) {\n      unreadCount\n      errors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {\n    markNotificationsRead(ids: $ids, all: $all) {\n      unreadCount\n      errors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonPage($id: ID!) {\n    person(id: $id) {\n      id\n      displayName\n      yearGroup\n      registrations {\n        id\n        ...RegistrationItem\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonPage($id: ID!) {\n    person(id: $id) {\n      id\n      displayName\n      yearGroup\n      registrations {\n        id\n        ...RegistrationItem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Planning($from: String!) {\n    events(from: $from, first: 100) {\n      edges {\n        node {\n          id\n          ...PlanningEvent\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Planning($from: String!) {\n    events(from: $from, first: 100) {\n      edges {\n        node {\n          id\n          ...PlanningEvent\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      event {\n        id\n        ...PlanningEvent\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      event {\n        id\n        ...PlanningEvent\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgrammeEvent on Event {\n    id\n    title\n    kind\n    audience\n    yearGroups\n    startsAt\n    endsAt\n    venue\n    hostPartner {\n      id\n      name\n    }\n    capacity\n    registeredCount\n    waitlistCount\n    aims\n  }\n"): (typeof documents)["\n  fragment ProgrammeEvent on Event {\n    id\n    title\n    kind\n    audience\n    yearGroups\n    startsAt\n    endsAt\n    venue\n    hostPartner {\n      id\n      name\n    }\n    capacity\n    registeredCount\n    waitlistCount\n    aims\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Programme($from: String!) {\n    me {\n      id\n      roles\n      yearGroup\n      registrations {\n        id\n        status\n        event {\n          id\n        }\n        ...RegistrationItem\n      }\n    }\n    events(from: $from, status: PUBLISHED, first: 100) {\n      edges {\n        node {\n          id\n          ...ProgrammeEvent\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Programme($from: String!) {\n    me {\n      id\n      roles\n      yearGroup\n      registrations {\n        id\n        status\n        event {\n          id\n        }\n        ...RegistrationItem\n      }\n    }\n    events(from: $from, status: PUBLISHED, first: 100) {\n      edges {\n        node {\n          id\n          ...ProgrammeEvent\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterForEvent($eventId: ID!, $personId: ID!) {\n    registerForEvent(eventId: $eventId, personId: $personId) {\n      registration {\n        id\n        status\n        waitlistPosition\n      }\n      errors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterForEvent($eventId: ID!, $personId: ID!) {\n    registerForEvent(eventId: $eventId, personId: $personId) {\n      registration {\n        id\n        status\n        waitlistPosition\n      }\n      errors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Proposals {\n    studentVoiceProposals {\n      id\n      title\n      kind\n      audience\n      rationale\n      studentsWillHelpWith\n      status\n      decisionReason\n      decidedOn\n      partner {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Proposals {\n    studentVoiceProposals {\n      id\n      title\n      kind\n      audience\n      rationale\n      studentsWillHelpWith\n      status\n      decisionReason\n      decidedOn\n      partner {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagementMeetings {\n    governanceGroups {\n      id\n      kind\n      name\n      meetings {\n        id\n        startsAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query ManagementMeetings {\n    governanceGroups {\n      id\n      kind\n      name\n      meetings {\n        id\n        startsAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeStudentVoiceEvent($input: ProposeStudentVoiceEventInput!) {\n    proposeStudentVoiceEvent(input: $input) {\n      proposal {\n        id\n        status\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeStudentVoiceEvent($input: ProposeStudentVoiceEventInput!) {\n    proposeStudentVoiceEvent(input: $input) {\n      proposal {\n        id\n        status\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideProposal($input: DecideStudentVoiceProposalInput!) {\n    decideStudentVoiceProposal(input: $input) {\n      proposal {\n        id\n        status\n        decisionReason\n        decidedOn\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DecideProposal($input: DecideStudentVoiceProposalInput!) {\n    decideStudentVoiceProposal(input: $input) {\n      proposal {\n        id\n        status\n        decisionReason\n        decidedOn\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanningEvent on Event {\n    id\n    title\n    kind\n    audience\n    yearGroups\n    hostPartner {\n      id\n      name\n    }\n    venue\n    startsAt\n    endsAt\n    aims\n    capacity\n    partnerQuota\n    status\n    cancelReason\n    registeredCount\n    waitlistCount\n  }\n"): (typeof documents)["\n  fragment PlanningEvent on Event {\n    id\n    title\n    kind\n    audience\n    yearGroups\n    hostPartner {\n      id\n      name\n    }\n    venue\n    startsAt\n    endsAt\n    aims\n    capacity\n    partnerQuota\n    status\n    cancelReason\n    registeredCount\n    waitlistCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanningPartners {\n    partners(status: ACTIVE) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query PlanningPartners {\n    partners(status: ACTIVE) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishEvent($id: ID!) {\n    publishEvent(id: $id) {\n      event {\n        id\n        status\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PublishEvent($id: ID!) {\n    publishEvent(id: $id) {\n      event {\n        id\n        status\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelEvent($id: ID!, $reason: String!) {\n    cancelEvent(id: $id, reason: $reason) {\n      event {\n        id\n        status\n        cancelReason\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelEvent($id: ID!, $reason: String!) {\n    cancelEvent(id: $id, reason: $reason) {\n      event {\n        id\n        status\n        cancelReason\n      }\n      errors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;