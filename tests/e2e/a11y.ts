/**
 * Accessibility checks for the e2e suite (issue 9 §6): axe-core through Playwright against the
 * WCAG 2.0/2.1 A and AA rules. A serious or critical violation fails the test with the rule and
 * the elements at fault, so the message says what to fix.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface A11yFinding {
  readonly rule: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: readonly string[];
}

/** Serious and critical axe violations on the page as it is now. */
export async function seriousViolations(page: Page): Promise<A11yFinding[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      rule: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((node) => node.target.join(' ')),
    }));
}

export async function expectAccessible(page: Page, screen: string): Promise<void> {
  expect(await seriousViolations(page), `axe: serious or critical violations on ${screen}`).toEqual(
    [],
  );
}
