/** The shape of a letter's meta.json and the features its writer declared. */

export const TEMPLATES = ['final-determination', 'header-block', 'maximus-header', 'professional-review'] as const;
export const CREDENTIAL_FORMS = ['sentence', 'block', 'qualifications'] as const;

export const DATE_KINDS = ['two-digit-year', 'month-name-date', 'header-date', 'progress-note-date', 'imaging-date', 'earlier-ur'] as const;
export const NOISE_KINDS = ['typo', 'missing-word', 'redaction-gap', 'misspelled-state', 'hyphenated-word'] as const;
export const OTHER_KINDS = [
  'history-drug',
  'no-citation',
  'page-range',
  'multi-topic',
  'frequency-duration',
  'one-prescription',
  'weight-not-quantity',
  'subspecialty',
] as const;
export const FEATURE_KINDS: readonly string[] = [...DATE_KINDS, ...NOISE_KINDS, ...OTHER_KINDS];

export interface Feature {
  kind: string;
  text: string;
}

/** The features of a meta.json that have a string kind and text. */
export function features(meta: unknown): Feature[] {
  const list = (meta as { features?: unknown } | undefined)?.features;
  if (!Array.isArray(list)) return [];
  return list.filter((f): f is Feature => typeof f?.kind === 'string' && typeof f?.text === 'string');
}

/** Problems with a meta.json: its shape, its closed values, and each feature text found verbatim in plain.txt. */
export function checkMeta(meta: unknown, plain: string): string[] {
  const p: string[] = [];
  if (typeof meta !== 'object' || meta === null || Array.isArray(meta)) return ['meta.json: unexpected value, expected an object with template, credentialForm and features'];
  const m = meta as Record<string, unknown>;
  if (!TEMPLATES.includes(m.template as (typeof TEMPLATES)[number])) p.push(`meta.json template: unexpected ${JSON.stringify(m.template)}, expected one of ${TEMPLATES.join(', ')}`);
  if (!CREDENTIAL_FORMS.includes(m.credentialForm as (typeof CREDENTIAL_FORMS)[number])) {
    p.push(`meta.json credentialForm: unexpected ${JSON.stringify(m.credentialForm)}, expected one of ${CREDENTIAL_FORMS.join(', ')}`);
  }
  if (!Array.isArray(m.features)) {
    p.push('meta.json features: unexpected value, expected an array of { kind, text }');
    return p;
  }
  m.features.forEach((f: unknown, i) => {
    const feature = f as Partial<Feature> | null;
    if (typeof feature?.kind !== 'string' || typeof feature.text !== 'string') {
      p.push(`meta.json features[${i}]: unexpected ${JSON.stringify(f)}, expected { kind, text }`);
      return;
    }
    if (!FEATURE_KINDS.includes(feature.kind)) p.push(`meta.json features[${i}].kind: unexpected "${feature.kind}", expected one of ${FEATURE_KINDS.join(', ')}`);
    if (feature.text === '' || !plain.includes(feature.text)) p.push(`meta.json features[${i}] (${feature.kind}): text ${JSON.stringify(feature.text)} not found in plain.txt`);
  });
  return p;
}
