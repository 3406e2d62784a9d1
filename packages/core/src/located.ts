import type { Span } from './record.js';

const LOCATED = Symbol.for('@imrkit/core/located');

/** A value with the span of the clean view it was read from and the rule that read it. */
export interface Located<T> {
  readonly [LOCATED]: true;
  readonly value: T;
  readonly span: Span;
  readonly rule: string;
  /** Rule-specific notes kept in trace mode (the cue that fired, an assertion decision). */
  readonly notes?: Record<string, string>;
}

type Scalar = string | number | boolean | null;

/** A plugin's output shape: the record key's type, where any scalar may be a {@link Located} value. */
export type Locatable<T> = T extends Scalar
  ? T | Located<Exclude<T, null>>
  : T extends readonly (infer U)[]
    ? Locatable<U>[]
    : { [K in keyof T]: Locatable<T[K]> };

/** Wraps a value with its provenance. `span` is in the document's clean view (`document.text`). */
export function located<T>(value: T, span: Span, rule: string, notes?: Record<string, string>): Located<T> {
  return notes ? { [LOCATED]: true, value, span, rule, notes } : { [LOCATED]: true, value, span, rule };
}

export function isLocated(value: unknown): value is Located<unknown> {
  return typeof value === 'object' && value !== null && LOCATED in value;
}

/** Strips provenance: the plain value of a plugin output. */
export function plainValue<T>(value: Locatable<T>): T {
  if (isLocated(value)) return value.value as T;
  if (Array.isArray(value)) return value.map((v) => plainValue(v)) as T;
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = plainValue(v as Locatable<unknown>);
    return out as T;
  }
  return value as T;
}

/** Escapes one JSON Pointer reference token (RFC 6901). */
export const pointerToken = (token: string | number): string => String(token).replace(/~/g, '~0').replace(/\//g, '~1');

/** Visits every located scalar with its JSON Pointer below `base`. */
export function forEachLocated(value: unknown, base: string, visit: (pointer: string, leaf: Located<unknown>) => void): void {
  if (isLocated(value)) {
    visit(base, value);
    return;
  }
  if (Array.isArray(value)) value.forEach((v, i) => forEachLocated(v, `${base}/${i}`, visit));
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) forEachLocated(v, `${base}/${pointerToken(k)}`, visit);
  }
}
