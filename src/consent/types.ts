/** Public types of the consent state (the contract in DESIGN.md, "API and events"). */

/** How a decision was made. */
export const CONSENT_METHODS = ['accept-all', 'reject-all', 'custom', 'gate', 'gpc'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

/** Why a `ConsentDetail` was issued. */
export const CONSENT_REASONS = [
  'init',
  'accept-all',
  'reject-all',
  'custom',
  'gate',
  'gpc',
  'sync',
  'reset',
  'api',
] as const;
export type ConsentReason = (typeof CONSENT_REASONS)[number];

export interface ConsentDetail {
  /** A valid decision exists (or the registry has nothing to ask). */
  readonly decided: boolean;
  /** A stored decision exists but is out of date: the visitor must be asked again. */
  readonly stale: boolean;
  /** Every category id → granted. Required categories are always `true`. */
  readonly categories: Readonly<Record<string, boolean>>;
  /** Every service id → granted (service grant, else its category's). */
  readonly services: Readonly<Record<string, boolean>>;
  /** The registry revision in force. */
  readonly revision: number;
  readonly consentId: string | null;
  readonly firstDecidedAt: string | null;
  readonly decidedAt: string | null;
  readonly method: ConsentMethod | null;
  readonly reason: ConsentReason;
  /** Category and service ids whose grant changed with this detail. */
  readonly changed: readonly string[];
  /** Global Privacy Control applied to this decision. */
  readonly gpc: boolean;
  /** The UI language. */
  readonly language: string;
}

/** What `cookie-consent-error` carries. */
export interface ConsentErrorDetail {
  readonly code: ConsentErrorCode;
  readonly message: string;
  readonly issues: readonly { readonly path: string; readonly message: string }[];
}

export const CONSENT_ERROR_CODES = [
  'registry-missing',
  'registry-multiple',
  'registry-fetch',
  'registry-json',
  'registry-invalid',
  'registry-validator',
  'unknown-id',
  'chunk-load',
] as const;
export type ConsentErrorCode = (typeof CONSENT_ERROR_CODES)[number];

/** What `cookie-consent-withdraw` carries: grants just withdrawn. */
export interface ConsentWithdrawDetail {
  readonly categories: readonly string[];
  readonly services: readonly string[];
  readonly consent: ConsentDetail;
}

export interface ConsentChoice {
  categories?: Record<string, boolean>;
  services?: Record<string, boolean>;
}
