import { parseDlqArgs, UsageError } from './args';

const ID_A = '0b7c3f52-6a0e-4d7f-9a51-3c1f2e9d8a01';
const ID_B = '5d2e8c41-1f3a-4b6c-8e7d-9a0b1c2d3e4f';

describe('npm run dlq: argument parsing', () => {
  it('lists one service, or every service when none is named', () => {
    expect(parseDlqArgs(['list', '--service', 'people'])).toEqual({
      command: 'list',
      services: ['people'],
      includeRedriven: false,
    });
    const all = parseDlqArgs(['list', '--type', 'PersonErased', '--include-redriven']);
    expect(all).toMatchObject({ command: 'list', type: 'PersonErased', includeRedriven: true });
    expect(all.command === 'list' && all.services).toEqual([
      'partners-governance',
      'people',
      'events',
      'evaluation',
      'teacher-swap',
      'communications',
    ]);
  });

  it('shows one dead letter by id', () => {
    expect(parseDlqArgs(['show', ID_A, '--service', 'events'])).toEqual({
      command: 'show',
      service: 'events',
      id: ID_A,
    });
  });

  it('redrives chosen ids (each once), or --all of a type', () => {
    expect(parseDlqArgs(['redrive', ID_A, ID_B, ID_A, '--service', 'people'])).toEqual({
      command: 'redrive',
      service: 'people',
      ids: [ID_A, ID_B],
    });
    expect(
      parseDlqArgs(['redrive', '--all', '--type', 'PersonErased', '--service', 'evaluation']),
    ).toEqual({ command: 'redrive', service: 'evaluation', all: true, type: 'PersonErased' });
    expect(parseDlqArgs(['redrive', '--service', 'people', '--all'])).toEqual({
      command: 'redrive',
      service: 'people',
      all: true,
    });
  });

  it.each([
    [[], 'no command given'],
    [['drop', '--service', 'people'], 'unknown command "drop"'],
    [['list', '--service', 'payroll'], 'unknown service "payroll"'],
    [['list', '--service'], '--service needs a value'],
    [['list', '--service', '--all'], '--service needs a value'],
    [['list', '--verbose'], 'unknown option --verbose'],
    [['list', ID_A], 'list takes no ids and no --all'],
    [['show', '--service', 'people'], 'show takes exactly one id'],
    [['show', ID_A, ID_B, '--service', 'people'], 'show takes exactly one id'],
    [['show', ID_A], 'show needs --service <name>'],
    [['show', 'not-a-uuid', '--service', 'people'], '"not-a-uuid" is not a dead-letter id'],
    [['redrive', ID_A], 'redrive needs --service <name>'],
    [['redrive', '--service', 'people'], 'redrive needs dead-letter ids, or --all'],
    [['redrive', ID_A, '--all', '--service', 'people'], 'redrive takes ids or --all, not both'],
    [['redrive', ID_A, '--type', 'PersonErased', '--service', 'people'], '--type goes with --all'],
    [
      ['redrive', '--all', '--type', "x'; DROP", '--service', 'people'],
      '--type takes an event type',
    ],
    [
      ['redrive', '--all', '--include-redriven', '--service', 'people'],
      'redrive never re-applies a redriven dead letter',
    ],
  ])('refuses %j: %s', (argv, message) => {
    expect(() => parseDlqArgs(argv)).toThrow(UsageError);
    expect(() => parseDlqArgs(argv)).toThrow(message);
  });
});
