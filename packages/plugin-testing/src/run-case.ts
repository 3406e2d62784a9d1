import { createExtractor, loadDocument, type AnyPlugin, type ImrRecord, type Variant } from '@imrkit/core';
import { renderVariants } from '@imrkit/variants';

/** The layouts every case runs under; the plain excerpt is the source of the others. */
export const CASE_VARIANTS = ['plain', 'pdf-text', 'markdown', 'html'] as const;
export type CaseVariant = (typeof CASE_VARIANTS)[number];

const FILE_NAMES: Record<CaseVariant, string> = {
  plain: 'plain.txt',
  'pdf-text': 'pdf-text.txt',
  markdown: 'markdown.md',
  html: 'html.html',
};

/** Renders a plain excerpt in one layout, deterministically per case name. */
export function renderCase(letter: string, variant: CaseVariant, seed: string): string {
  if (variant === 'plain') return letter;
  return renderVariants(letter, { seed })[variant];
}

/** Runs a plugin (with the plugins it needs) on one case in one layout. */
export function runCase(plugin: AnyPlugin, needs: readonly AnyPlugin[], name: string, letter: string, variant: CaseVariant): { record: ImrRecord; original: string } {
  const original = renderCase(letter, variant, name);
  const document = loadDocument({ source: `${name}/${FILE_NAMES[variant]}`, content: original, variant: variant as Variant });
  const record = createExtractor([...needs, plugin]).extract(document);
  return { record, original };
}

/** Every problem with a record's spans under one key: missing for a value, out of bounds, empty. */
export function spanProblems(record: ImrRecord, key: string, original: string): string[] {
  const problems: string[] = [];
  const visit = (value: unknown, pointer: string): void => {
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${pointer}/${i}`));
    else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, `${pointer}/${k}`);
    else if (value !== null) {
      const span = record.spans[pointer];
      if (!span) problems.push(`No span for ${pointer}; expected every value located`);
      else if (span[0] < 0 || span[1] > original.length || span[0] >= span[1]) problems.push(`Unexpected span [${span.join(', ')}] for ${pointer}; expected a non-empty span inside the text`);
    }
  };
  visit((record as unknown as Record<string, unknown>)[key], `/${key}`);
  return problems;
}
