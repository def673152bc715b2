import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Kind, parse } from 'graphql';
import * as ts from 'typescript';

/**
 * The seam (STYLE.md): a mutation resolver is one expression that hands `ctx.deps` and the
 * arguments to a use case and turns its result into the payload. Who may do what is decided in
 * the use case, asking `domain/`, so every caller of the use case gets the rule; a check left in
 * a resolver protects the graph only (issue 9: `recordFocusGroupNote` trusted its resolver).
 *
 * Scans every `apps/<app>/src/resolvers/**\/*.ts` for Mutation resolvers: the object literal of a
 * `Mutation` property (or the const it names), and any const typed `MutationResolvers`. Each
 * resolver must be one expression (a concise arrow, or a block that only returns one) with no
 * nested block, no permission call (`hasRole`, `isCoordinator`, `may*`, `can*`, `forbidden`) and
 * no reach past the seam (`ctx.caller`, `ctx.dataSource`, `ctx.ownTopic`). Query and field
 * resolvers may still ask domain functions about visibility; they are not scanned.
 */

const ROOT = join(__dirname, '../..');
const PERMISSION_CALL = /^(hasRole|isCoordinator|forbidden|may[A-Z]\w*|can[A-Z]\w*)$/;
const PAST_THE_SEAM = new Set(['caller', 'dataSource', 'ownTopic']);

export interface Finding {
  file: string;
  mutation: string;
  problem: string;
}

interface Scan {
  /** mutation name → file it was found in */
  resolvers: Map<string, string>;
  findings: Finding[];
}

function nameOf(name: ts.PropertyName | undefined): string {
  if (!name) return '?';
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : name.getText();
}

function calleeName(call: ts.CallExpression): string | null {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return null;
}

/** What is wrong with one mutation resolver, if anything. */
export function problemsOfResolver(fn: ts.Node): string[] {
  if (!ts.isArrowFunction(fn) && !ts.isFunctionExpression(fn) && !ts.isMethodDeclaration(fn))
    return ['is not a function written in place'];
  const problems: string[] = [];
  const body = fn.body;
  if (!body) return ['has no body'];
  let inside: readonly ts.Node[] = [body];
  if (ts.isBlock(body)) {
    const [only] = body.statements;
    if (body.statements.length !== 1 || !ts.isReturnStatement(only) || !only.expression)
      problems.push(`is ${body.statements.length} statements, not one expression`);
    inside = body.statements;
  }
  const ctxName = fn.parameters[2]?.name;
  const ctx = ctxName && ts.isIdentifier(ctxName) ? ctxName.text : null;
  if (ctxName && !ts.isIdentifier(ctxName)) {
    const picked = ts.isObjectBindingPattern(ctxName)
      ? ctxName.elements.map((e) => nameOf(e.propertyName ?? (e.name as ts.Identifier)))
      : [];
    for (const p of picked.filter((n) => PAST_THE_SEAM.has(n)))
      problems.push(`takes ctx.${p} (use cases get ctx.deps)`);
  }
  const visit = (node: ts.Node): void => {
    if (ts.isBlock(node)) problems.push('has a nested block (more than one expression)');
    if (ts.isCallExpression(node)) {
      const callee = calleeName(node);
      if (callee && PERMISSION_CALL.test(callee))
        problems.push(`calls ${callee}() (a permission check belongs in the use case)`);
    }
    if (
      ts.isPropertyAccessExpression(node) &&
      ctx !== null &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === ctx &&
      PAST_THE_SEAM.has(node.name.text)
    )
      problems.push(`reads ${ctx}.${node.name.text} (use cases get ${ctx}.deps)`);
    ts.forEachChild(node, visit);
  };
  inside.forEach(visit);
  return [...new Set(problems)];
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'))
    .map((f) => join(dir, f));
}

/** Scans the resolver files of one app (given as path → source). */
export function scanResolverSources(sources: ReadonlyMap<string, string>): Scan {
  const scan: Scan = { resolvers: new Map(), findings: [] };
  const parsed = [...sources].map(([file, text]) => ({
    file,
    sf: ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS),
  }));
  // Consts whose object literal is a Mutation block: named by a `Mutation:` property, or typed.
  const consts = new Map<string, { file: string; init: ts.Expression }>();
  const named = new Set<string>();
  const blocks: Array<{ file: string; block: ts.ObjectLiteralExpression }> = [];
  const unresolved: Array<{ file: string; what: string }> = [];

  for (const { file, sf } of parsed) {
    const visit = (node: ts.Node): void => {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
        consts.set(node.name.text, { file, init: node.initializer });
        if (node.type && /\bMutationResolvers\b/.test(node.type.getText(sf)))
          named.add(node.name.text);
      }
      if (ts.isPropertyAssignment(node) && nameOf(node.name) === 'Mutation') {
        const init = node.initializer;
        if (ts.isObjectLiteralExpression(init)) blocks.push({ file, block: init });
        else if (ts.isIdentifier(init)) named.add(init.text);
        else unresolved.push({ file, what: init.getText(sf) });
      }
      if (ts.isShorthandPropertyAssignment(node) && node.name.text === 'Mutation')
        named.add('Mutation');
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  for (const name of named) {
    const c = consts.get(name);
    if (c && ts.isObjectLiteralExpression(c.init)) blocks.push({ file: c.file, block: c.init });
    else unresolved.push({ file: '(resolvers)', what: name });
  }
  for (const u of unresolved)
    scan.findings.push({
      file: u.file,
      mutation: '*',
      problem: `Mutation is ${u.what}, not an object literal of resolvers this test can read`,
    });

  const seen = new Set<ts.ObjectLiteralExpression>();
  for (const { file, block } of blocks) {
    if (seen.has(block)) continue;
    seen.add(block);
    for (const prop of block.properties) {
      if (ts.isSpreadAssignment(prop)) {
        scan.findings.push({ file, mutation: '...', problem: 'spreads resolvers from elsewhere' });
        continue;
      }
      const mutation = nameOf(prop.name);
      scan.resolvers.set(mutation, file);
      const fn = ts.isPropertyAssignment(prop) ? prop.initializer : prop;
      for (const problem of problemsOfResolver(fn)) scan.findings.push({ file, mutation, problem });
    }
  }
  return scan;
}

function mutationFieldsOf(schemaFile: string): string[] {
  if (!existsSync(schemaFile)) return [];
  return parse(readFileSync(schemaFile, 'utf8'))
    .definitions.filter(
      (d) =>
        (d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION) &&
        d.name.value === 'Mutation',
    )
    .flatMap((d) =>
      d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION
        ? (d.fields ?? []).map((f) => f.name.value)
        : [],
    );
}

const apps = readdirSync(join(ROOT, 'apps')).filter((a) =>
  existsSync(join(ROOT, 'apps', a, 'src', 'resolvers')),
);

describe('the seam: every mutation resolver is one line through a use case', () => {
  it('finds resolver folders to scan', () => {
    expect(apps.length).toBeGreaterThanOrEqual(5);
  });

  describe.each(apps)('%s', (app) => {
    const files = filesUnder(join(ROOT, 'apps', app, 'src', 'resolvers'));
    const scan = scanResolverSources(
      new Map(files.map((f) => [relative(ROOT, f), readFileSync(f, 'utf8')])),
    );

    it('has no mutation resolver that decides a permission or does more than one thing', () => {
      expect(scan.findings).toEqual([]);
    });

    it("scans a resolver for every mutation in the app's schema", () => {
      const declared = mutationFieldsOf(join(ROOT, 'apps', app, 'src', 'schema.graphql'));
      expect([...scan.resolvers.keys()].sort()).toEqual([...declared].sort());
    });
  });
});

describe('the seam scanner itself', () => {
  const scanOf = (text: string) =>
    scanResolverSources(new Map([['x.resolvers.ts', text]])).findings.map(
      (f) => `${f.mutation}: ${f.problem}`,
    );

  it('accepts one-line resolvers, in place or in a typed const', () => {
    expect(
      scanOf(`export const resolvers = { Mutation: {
        a: (_r, args, ctx) => a(ctx.deps, args).then(payloadOf('x')),
        b: (_r, { id }, ctx) => { return b(ctx.deps, id).then(payloadWith({ y: null })); },
        cancelEvent: (_r, args, ctx) => cancelEvent(ctx.deps, args).then(payloadOf('event')),
      } };`),
    ).toEqual([]);
    expect(
      scanOf(`export const m: MutationResolvers = { a: (_r, args, ctx) => a(ctx.deps, args) };
        export const resolvers = { Mutation: m };`),
    ).toEqual([]);
  });

  it('flags permission checks, extra statements and reaching past the seam', () => {
    const found =
      scanOf(`export const resolvers = { Query: { q: (_r, _a, ctx) => hasRole(ctx.caller) },
      Mutation: {
        a: async (_r, { input }, ctx) => {
          if (!hasRole(ctx.caller, 'COORDINATOR')) throw forbidden('no');
          return a(ctx.dataSource, input);
        },
        b: (_r, { id }, ctx) => (mayWithdraw(ctx.deps.caller) ? b(ctx.deps, id) : null),
        c: (_r, { id }, ctx) => c(ctx.dataSource, ctx.caller, id, { topic: ctx.ownTopic }),
        d: (_r, { id }, ctx) => d(ctx.deps, id).then((r) => { if (!r) throw forbidden(); return r; }),
        e: (_r, { id }, { caller, deps }) => e(deps, id, caller),
        f: (_r, { id }, ctx) => canManageSurveys(ctx.deps.caller) && f(ctx.deps, id),
      } };`);
    expect(found).toEqual([
      'a: is 2 statements, not one expression',
      'a: calls hasRole() (a permission check belongs in the use case)',
      'a: reads ctx.caller (use cases get ctx.deps)',
      'a: calls forbidden() (a permission check belongs in the use case)',
      'a: reads ctx.dataSource (use cases get ctx.deps)',
      'b: calls mayWithdraw() (a permission check belongs in the use case)',
      'c: reads ctx.dataSource (use cases get ctx.deps)',
      'c: reads ctx.caller (use cases get ctx.deps)',
      'c: reads ctx.ownTopic (use cases get ctx.deps)',
      'd: has a nested block (more than one expression)',
      'd: calls forbidden() (a permission check belongs in the use case)',
      'e: takes ctx.caller (use cases get ctx.deps)',
      'f: calls canManageSurveys() (a permission check belongs in the use case)',
    ]);
  });

  it('flags a Mutation block it cannot read instead of passing it silently', () => {
    expect(scanOf(`export const resolvers = { Mutation: build() };`)).toEqual([
      '*: Mutation is build(), not an object literal of resolvers this test can read',
    ]);
    expect(scanOf(`export const resolvers = { Mutation: { ...others } };`)).toEqual([
      '...: spreads resolvers from elsewhere',
    ]);
  });
});
