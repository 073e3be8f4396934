/**
 * Registry problems as a site developer reads them: a JSON path and what was expected.
 * Zod-free, so the core can report load failures without loading the validator.
 */

export interface RegistryIssue {
  /** JSON path of the offending value, e.g. `$.entries[3].duration`; `$` is the whole document. */
  path: string;
  message: string;
}

/** One readable block: a headline, then one line per issue. */
export function formatIssues(headline: string, issues: readonly RegistryIssue[]): string {
  return [headline, ...issues.map((issue) => `  ${issue.path}: ${issue.message}`)].join('\n');
}
