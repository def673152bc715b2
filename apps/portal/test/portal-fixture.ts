import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { parse, print, visit } from 'graphql';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ensureChromium, REPO_ROOT } from '@ekst/platform';
import type { Stack } from '@ekst/testing';
import { gql } from '@ekst/testing';
import { ensurePortalBuilt, PORTAL_DIST } from '../server/portal-build';
import { startPortalServer } from '../server/portal-server';

/** Screenshots of every journey, kept as test artifacts (git-ignored). */
export const SCREENSHOTS = path.join(REPO_ROOT, '.data', 'portal-screenshots');

export interface BrowserHarness {
  browser: Browser;
  portalUrl: string;
  close(): Promise<void>;
}

/** The portal's server in front of the stack's gateway, and Debian's chromium. */
export async function startBrowserHarness(stack: Stack, port: number): Promise<BrowserHarness> {
  ensurePortalBuilt();
  mkdirSync(SCREENSHOTS, { recursive: true });
  const server = await startPortalServer({
    port,
    gatewayUrl: stack.gatewayUrl,
    distDir: PORTAL_DIST,
  });
  const browser = await chromium.launch({
    executablePath: ensureChromium(),
    headless: true,
    // root in a container has no user namespaces for Chromium's sandbox
    args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  });
  return {
    browser,
    portalUrl: server.url,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Every GraphQL request any page of the suite sent (for the trusted-documents check). */
export const sentOperations: Array<{ operationName: string | null; query: string }> = [];

/**
 * A document in a form two printings of the same operation share: no __typename (Apollo Client
 * adds it), variables, selections and definitions sorted (the manifest sorts them).
 */
export function normalizeDocument(text: string): string {
  const doc = visit(parse(text), {
    Field: (node) => (node.name.value === '__typename' ? null : undefined),
    OperationDefinition: {
      leave: (node) => ({
        ...node,
        variableDefinitions: [...(node.variableDefinitions ?? [])].sort((a, b) =>
          print(a).localeCompare(print(b)),
        ),
      }),
    },
    SelectionSet: {
      // children are normalised first (leave), so printing each selection is a stable sort key
      leave: (node) => ({
        ...node,
        selections: [...node.selections].sort((a, b) => print(a).localeCompare(print(b))),
      }),
    },
  });
  return [...doc.definitions]
    .map((d) => print(d))
    .sort()
    .join('\n');
}

/** A fresh browser profile (its own sessionStorage), and every CSP violation it reports. */
export async function newPage(
  browser: Browser,
  viewport = { width: 1280, height: 900 },
): Promise<{ context: BrowserContext; page: Page; cspViolations: string[] }> {
  const context = await browser.newContext({ viewport, acceptDownloads: true, locale: 'en-GB' });
  // Playwright's 30 s per wait is tight for a CI machine running two whole platforms and the
  // static checks at once (stop 25's CI saw a 5x slowdown); a journey is bounded by its test's
  // 180 s anyway.
  context.setDefaultTimeout(60_000);
  const page = await context.newPage();
  page.on('request', (request) => {
    if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return;
    const body = request.postDataJSON() as { operationName?: string; query?: string };
    if (body.query)
      sentOperations.push({ operationName: body.operationName ?? null, query: body.query });
  });
  const cspViolations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });
  return { context, page, cspViolations };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
}

/**
 * axe-core's WCAG 2.x A/AA rules on the current page. The script goes in through the DevTools
 * protocol (page.evaluate), not a <script> tag, so the page's CSP stays as served.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  // a string, evaluated in the page (this file is type-checked for Node, without the DOM)
  return page.evaluate<AxeViolation[]>(`
    axe
      .run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      })
      .then((result) =>
        result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length })),
      )
  `);
}

export const seriousOrCritical = (violations: AxeViolation[]) =>
  violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');

/** Runs SQL in one service's database (waiting on projections and assertions only). */
export async function sql<T = Record<string, unknown>>(
  stack: Stack,
  service: Parameters<Stack['databaseUrlOf']>[0],
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  const c = new Client({ connectionString: stack.databaseUrlOf(service) });
  await c.connect();
  try {
    return (await c.query(text, params)).rows as T[];
  } finally {
    await c.end();
  }
}

/** A GraphQL call that must succeed without top-level errors. */
export async function call<T>(
  stack: Stack,
  token: string | null,
  query: string,
  variables?: Record<string, unknown>,
): Promise<T> {
  const r = await gql<T>(stack.gatewayUrl, token, query, variables);
  if (!r.data || r.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(r.errors)}`);
  return r.data;
}

/** `datetime-local` text for an instant, in this process's time zone (the browser's too). */
export function localInput(date: Date): string {
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}
