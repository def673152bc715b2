import type { Caller, Role } from '@ekst/auth';
import type { ClusterStanding } from './cluster-rules';
import {
  mayAddMember,
  mayCreateCluster,
  mayJoinCluster,
  maySeeClusters,
  mayUseResources,
  newClusterResourceSchema,
  newClusterSchema,
} from './cluster-rules';

const caller = (...roles: Role[]): Caller => ({
  kind: 'person',
  subject: '00000000-0000-4000-8000-000000000001',
  roles,
  partnerId: null,
});
const link = { title: 'KS4 revision map', url: 'https://example.org/map.pdf' };
const fieldsOf = (input: unknown) => {
  const r = newClusterResourceSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
};

describe('newClusterSchema', () => {
  it('trims, and takes a missing phase as none', () => {
    expect(newClusterSchema.parse({ name: ' Physics ', subject: 'Physics' })).toEqual({
      name: 'Physics',
      subject: 'Physics',
      phase: null,
    });
  });
  it.each([
    ['an empty name', { name: ' ', subject: 'Physics' }],
    ['a long subject', { name: 'P', subject: 'x'.repeat(61) }],
    ['an unknown phase', { name: 'P', subject: 'Physics', phase: 'KS9' }],
  ])('refuses %s', (_name, input) => {
    expect(newClusterSchema.safeParse(input).success).toBe(false);
  });
});

describe('newClusterResourceSchema', () => {
  it('keeps tags lower-case and once each', () => {
    expect(
      newClusterResourceSchema.parse({ ...link, tags: ['Revision', 'revision', 'GCSE'] }),
    ).toMatchObject({ tags: ['revision', 'gcse'], fileReference: null, examCourse: null });
  });
  it('takes a file reference instead of a link', () => {
    expect(
      fieldsOf({ title: 'Mock paper', fileReference: 'sharepoint:/physics/mock.docx' }),
    ).toEqual([]);
  });
  it.each([
    ['a plain http link', { ...link, url: 'http://example.org/map.pdf' }, ['url']],
    ['a javascript: link', { ...link, url: 'javascript:alert(1)' }, ['url']],
    ['not a link at all', { ...link, url: 'map.pdf' }, ['url']],
    ['both a link and a file', { ...link, fileReference: 'f' }, ['url']],
    ['neither a link nor a file', { title: 'T' }, ['url']],
    ['an empty title', { ...link, title: '' }, ['title']],
    ['a title over 200 characters', { ...link, title: 'x'.repeat(201) }, ['title']],
    ['eleven tags', { ...link, tags: 'abcdefghijk'.split('') }, ['tags']],
    ['a tag over 40 characters', { ...link, tags: ['x'.repeat(41)] }, ['tags.0']],
    [
      'an exam course over 120 characters',
      { ...link, examCourse: 'x'.repeat(121) },
      ['examCourse'],
    ],
  ])('refuses %s', (_name, input, fields) => {
    expect(fieldsOf(input)).toEqual(fields);
  });
});

describe('cluster permissions', () => {
  const standings: ClusterStanding[] = ['lead', 'member', 'none'];
  it('lets the coordinator alone create clusters', () => {
    expect(mayCreateCluster(caller('COORDINATOR'))).toBe(true);
    expect(mayCreateCluster(caller('HEAD', 'TEACHER'))).toBe(false);
  });
  it('lets a teacher join, and not a head who does not teach or an API key', () => {
    expect(mayJoinCluster(caller('TEACHER'))).toBe(true);
    expect(mayJoinCluster(caller('HEAD'))).toBe(false);
    expect(mayJoinCluster({ ...caller('TEACHER'), kind: 'api-key' })).toBe(false);
  });
  it.each(standings)('adds members: the coordinator always, a teacher only as lead (%s)', (s) => {
    expect(mayAddMember(caller('COORDINATOR'), s)).toBe(true);
    expect(mayAddMember(caller('TEACHER'), s)).toBe(s === 'lead');
  });
  it.each(standings)('resources: the coordinator always, others as members (%s)', (s) => {
    expect(mayUseResources(caller('COORDINATOR'), s)).toBe(true);
    expect(mayUseResources(caller('TEACHER'), s)).toBe(s !== 'none');
    expect(mayUseResources(caller('HEAD'), s)).toBe(s !== 'none');
  });
  it.each<[Role, boolean]>([
    ['COORDINATOR', true],
    ['HEAD', true],
    ['TEACHER', true],
    ['CHAMPION', false],
    ['STUDENT', false],
  ])('shows the list of clusters to %s: %s', (role, expected) => {
    expect(maySeeClusters(caller(role))).toBe(expected);
  });
});
