import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../__generated__/gql';
import type { ProposalDecision } from '../__generated__/gql/graphql';
import { Empty, ErrorState, Loading, UserErrors } from '../components/States';
import { hasRole } from '../auth/session';
import { useSession } from '../auth/useSession';
import { words } from '../format';
import { AIMS, AUDIENCES, KINDS } from './event-form';

const ProposalsQuery = graphql(`
  query Proposals {
    studentVoiceProposals {
      id
      title
      kind
      audience
      rationale
      studentsWillHelpWith
      status
      decisionReason
      decidedOn
      partner {
        id
        name
      }
    }
  }
`);

const ManagementMeetingsQuery = graphql(`
  query ManagementMeetings {
    governanceGroups {
      id
      kind
      name
      meetings {
        id
        startsAt
      }
    }
  }
`);

const ProposeMutation = graphql(`
  mutation ProposeStudentVoiceEvent($input: ProposeStudentVoiceEventInput!) {
    proposeStudentVoiceEvent(input: $input) {
      proposal {
        id
        status
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

const DecideMutation = graphql(`
  mutation DecideProposal($input: DecideStudentVoiceProposalInput!) {
    decideStudentVoiceProposal(input: $input) {
      proposal {
        id
        status
        decisionReason
        decidedOn
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

/** Student Voice proposals the caller may see; management (the coordinator) decides at a meeting. */
export function Page() {
  const session = useSession();
  const { data, loading, error } = useQuery(ProposalsQuery);
  const mayDecide = !!session && hasRole(session, 'COORDINATOR', 'HEAD', 'CHAMPION');
  const mayPropose = !!session && hasRole(session, 'STUDENT');
  if (loading && !data) return <Loading what="proposals" />;
  if (error && !data) return <ErrorState error={error} what="proposals" />;
  const proposals = data?.studentVoiceProposals ?? [];
  return (
    <>
      <h1>Student Voice proposals</h1>
      {mayPropose && <Propose />}
      {proposals.length === 0 ? (
        <Empty>No proposals yet.</Empty>
      ) : (
        <ul className="cards">
          {proposals.map((p) => (
            <li key={p.id} className="card">
              <h2>{p.title}</h2>
              <p>
                {words(p.kind)} · {words(p.audience)}
                {p.partner ? ` · ${p.partner.name}` : ''}
              </p>
              <p>
                <strong>{words(p.status)}</strong>
                {p.decidedOn ? ` on ${p.decidedOn}` : ''}
                {p.decisionReason ? `: ${p.decisionReason}` : ''}
              </p>
              <p>{p.rationale}</p>
              <p>Students will help with: {p.studentsWillHelpWith}</p>
              {mayDecide && p.status === 'PROPOSED' && <Decide proposalId={p.id} title={p.title} />}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function Decide({ proposalId, title }: { proposalId: string; title: string }) {
  const meetings = useQuery(ManagementMeetingsQuery);
  const [decide, result] = useMutation(DecideMutation, { refetchQueries: ['Proposals'] });
  const [meetingId, setMeetingId] = useState('');
  const [outcome, setOutcome] = useState<ProposalDecision>('APPROVED');
  const [reason, setReason] = useState('');
  const options = (meetings.data?.governanceGroups ?? [])
    .filter((g) => g.kind === 'MANAGEMENT')
    .flatMap((g) =>
      g.meetings.map((m) => ({ id: m.id, label: `${g.name}, ${m.startsAt.slice(0, 10)}` })),
    );
  const ids = {
    meeting: `meeting-${proposalId}`,
    outcome: `outcome-${proposalId}`,
    reason: `reason-${proposalId}`,
  };
  return (
    <form
      aria-label={`Decide “${title}”`}
      onSubmit={(e) => {
        e.preventDefault();
        void decide({
          variables: { input: { proposalId, meetingId, outcome, reason: reason || null } },
        });
      }}
    >
      <label htmlFor={ids.meeting}>Management meeting</label>
      <select
        id={ids.meeting}
        value={meetingId}
        required
        onChange={(e) => setMeetingId(e.target.value)}
      >
        <option value="">Choose a meeting</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
      <label htmlFor={ids.outcome}>Decision</label>
      <select
        id={ids.outcome}
        value={outcome}
        onChange={(e) => setOutcome(e.target.value === 'REJECTED' ? 'REJECTED' : 'APPROVED')}
      >
        <option value="APPROVED">Approve</option>
        <option value="REJECTED">Reject</option>
      </select>
      <label htmlFor={ids.reason}>Reason (needed to reject)</label>
      <input id={ids.reason} value={reason} onChange={(e) => setReason(e.target.value)} />
      <UserErrors errors={result.data?.decideStudentVoiceProposal.errors ?? []} />
      {result.error && <ErrorState error={result.error} what="this decision" />}
      <button type="submit" disabled={result.loading}>
        Record decision
      </button>
    </form>
  );
}

/** A Student Voice member proposes an event (the API refuses other students with FORBIDDEN). */
function Propose() {
  const [propose, result] = useMutation(ProposeMutation, { refetchQueries: ['Proposals'] });
  const payload = result.data?.proposeStudentVoiceEvent;
  return (
    <form
      className="stacked"
      aria-labelledby="propose-heading"
      onSubmit={(e) => {
        e.preventDefault();
        const form = e.currentTarget;
        const f = new FormData(form);
        const text = (k: string) => String(f.get(k) ?? '').trim();
        const chosen = f.getAll('aims');
        void propose({
          variables: {
            input: {
              title: text('title'),
              kind: KINDS.find((k) => k === text('kind')) ?? 'OTHER',
              audience: AUDIENCES.find((a) => a === text('audience')) ?? 'STUDENTS',
              aims: AIMS.filter((a) => chosen.includes(a)),
              rationale: text('rationale'),
              studentsWillHelpWith: text('help'),
            },
          },
        }).then((r) => {
          if (r.data?.proposeStudentVoiceEvent.proposal) form.reset();
        });
      }}
    >
      <h2 id="propose-heading">Propose an event</h2>
      <label htmlFor="propose-title">Title</label>
      <input id="propose-title" name="title" required />
      <label htmlFor="propose-kind">Kind</label>
      <select id="propose-kind" name="kind" defaultValue="STUDENT_VOICE">
        {KINDS.map((k) => (
          <option key={k} value={k}>
            {words(k)}
          </option>
        ))}
      </select>
      <label htmlFor="propose-audience">Audience</label>
      <select id="propose-audience" name="audience" defaultValue="STUDENTS">
        {AUDIENCES.map((a) => (
          <option key={a} value={a}>
            {words(a)}
          </option>
        ))}
      </select>
      <fieldset>
        <legend>Aims</legend>
        {AIMS.map((a) => (
          <label key={a} className="inline">
            <input type="checkbox" name="aims" value={a} />
            {words(a)}
          </label>
        ))}
      </fieldset>
      <label htmlFor="propose-rationale">Why (at least 10 characters)</label>
      <textarea id="propose-rationale" name="rationale" required />
      <label htmlFor="propose-help">What students will help with</label>
      <textarea id="propose-help" name="help" required />
      <UserErrors errors={payload?.errors ?? []} />
      {result.error && <ErrorState error={result.error} what="proposals" />}
      {payload?.proposal && (
        <p role="status" aria-live="polite">
          Proposed: management will decide.
        </p>
      )}
      <button type="submit" disabled={result.loading}>
        Propose
      </button>
    </form>
  );
}
