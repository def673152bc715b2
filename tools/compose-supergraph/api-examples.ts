/**
 * Example operations for associate partners, published in docs/api/examples.md. Each one is
 * validated against the public contract when the docs are generated (`api-docs.ts`).
 */
export interface ApiExample {
  title: string;
  purpose: string;
  query: string;
  variables: Record<string, unknown>;
}

export const API_EXAMPLES: readonly ApiExample[] = [
  {
    title: 'This term’s published programme, a page at a time',
    purpose:
      'The events an associate can show on its own website: published and completed events, by start time. Pass `pageInfo.endCursor` as `after` for the next page; `first` is at most 200.',
    query: `
query Programme($academicYear: Int, $term: Term, $first: Int, $after: String) {
  events(academicYear: $academicYear, term: $term, first: $first, after: $after) {
    edges {
      node {
        id
        title
        kind
        audience
        aims
        startsAt
        endsAt
        status
        hostPartner { id name town }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}`,
    variables: { academicYear: 2026, term: 'AUTUMN', first: 50 },
  },
  {
    title: 'One event',
    purpose: 'An event by id; null when there is no such event or it is not published.',
    query: `
query Event($id: ID!) {
  event(id: $id) { id title kind startsAt endsAt cancelReason hostPartner { name } }
}`,
    variables: { id: '6b0a8f3e-2c1d-4e5f-9a7b-1c2d3e4f5a6b' },
  },
  {
    title: 'The partners of the partnership',
    purpose: 'Partner names, kinds and towns (organisations, not people).',
    query: `
query Partners {
  partners(status: ACTIVE) { id name kind town status }
}`,
    variables: {},
  },
  {
    title: 'Published impact summaries',
    purpose:
      'The yearly impact summary by aim, once the coordinator has published it: mean change per aim and instrument, with confidence intervals; cells of fewer than 10 students are suppressed (null).',
    query: `
query Impact {
  impactSummaries {
    academicYear
    publishedAt
    report {
      method
      cells { groupKey instrument doseBand n meanChange ciLow ciHigh suppressed tooFewToConclude }
    }
  }
}`,
    variables: {},
  },
];
