import { runnableBlocks } from './readme-commands-check';

describe('runnable README blocks', () => {
  it('takes only blocks fenced as sh runnable, with their line numbers', () => {
    const md = [
      '# x',
      '```sh runnable',
      'npm run compose -- --check',
      'echo done',
      '```',
      '```sh',
      'npm start',
      '```',
      '```bash runnable',
      'true',
      '```',
    ].join('\n');
    expect(runnableBlocks('README.md', md)).toEqual([
      { file: 'README.md', line: 2, script: 'npm run compose -- --check\necho done' },
      { file: 'README.md', line: 9, script: 'true' },
    ]);
  });
});
