import { located, type Citer, type ImrDocument, type Locatable, type Citation, type Plugin, type PluginIssue, type Span } from '@imrkit/core';
import { lexicon } from './lexicon.js';
import { parseGuidelineRegion, type ParsedSource } from './parse-guideline-region.js';

/** The label that opens a guideline line: "MAXIMUS guideline:", "Claims Administrator guideline:". */
const LINE_LABEL = /^[^:]{0,60}?guidelines?\s*:\s*/i;

const LINE_NAMES: Record<Citer, string> = {
  'claims-administrator': '"Claims Administrator guideline:"',
  reviewer: '"MAXIMUS guideline:" or "Expert Reviewer guideline:"',
};

interface GuidelineRegion {
  by: Citer;
  /** Where `item` and `by` are read: the line's label, or each source in the professional-review template. */
  label: Span | null;
  region: Span;
  prose: boolean;
  byRule: string;
}

function lineRegion(text: string, span: Span, by: Citer): GuidelineRegion {
  const label = LINE_LABEL.exec(text.slice(span[0], span[1]));
  const labelEnd = label ? span[0] + label[0].trimEnd().length : span[0];
  return {
    by,
    label: label ? [span[0], labelEnd] : null,
    region: [label ? span[0] + label[0].length : span[0], span[1]],
    prose: false,
    byRule: by === 'reviewer' ? 'citations/reviewer-line' : 'citations/claims-line',
  };
}

function toCitation(item: number, region: GuidelineRegion, source: ParsedSource): Locatable<Citation> {
  const anchor = region.label ?? source.span;
  return {
    item: located(item, anchor, source.intro),
    by: located(region.by, anchor, region.byRule),
    guideline: located(source.family.value, source.family.span, source.family.rule),
    document: source.document && located(source.document.value, source.document.span, source.document.rule),
    year: source.year && located(source.year.value, source.year.span, source.year.rule),
    topics: source.topics.map((t) => located(t.value, t.span, t.rule)),
    pages: source.pages.map((p) => located(p.value, p.span, p.rule)),
  };
}

/** The guideline lines of each item, claims administrator first, with an issue for each one missing. */
function itemRegions(document: ImrDocument, count: number, issues: PluginIssue[]): GuidelineRegion[][] {
  const professional = document.template === 'professional-review';
  return document.sections.items.slice(0, count).map((section, i) => {
    if (professional) {
      if (!section.reviewerGuideline) {
        issues.push({ severity: 'warning', message: `No guideline paragraph found for item ${i + 1} in the guidelines section; expected one opening with the item's number or label` });
        return [];
      }
      return [{ by: 'reviewer', label: null, region: section.reviewerGuideline, prose: true, byRule: 'citations/professional-review-section' }];
    }
    const regions: GuidelineRegion[] = [];
    for (const [by, span] of [['claims-administrator', section.claimsGuideline], ['reviewer', section.reviewerGuideline]] as const) {
      if (span) regions.push(lineRegion(document.text, span, by));
      else issues.push({ severity: 'warning', message: `No ${by} guideline line found in item ${i + 1}; expected ${LINE_NAMES[by]}` });
    }
    return regions;
  });
}

/**
 * The guideline sources cited for each disputed item (IMR guide §2, citations):
 * per item, the claims administrator's sources then the reviewer's, in the order printed.
 */
export const citationsPlugin: Plugin<'citations'> = {
  name: 'citations',
  version: '0.1.0',
  key: 'citations',
  needs: ['items'],
  extract(document, context) {
    const issues: PluginIssue[] = [];
    const items = context.get<unknown[]>('items');
    if (items.length > 0 && document.sections.items.length === 0) {
      issues.push({ severity: 'warning', message: 'No item blocks found in the decisions section; expected guideline lines under each item label' });
    }
    const citations: Locatable<Citation>[] = [];
    itemRegions(document, items.length, issues).forEach((regions, item) => {
      for (const region of regions) {
        const sources = parseGuidelineRegion(document.text, region.region, region.prose);
        const text = document.text.slice(region.region[0], region.region[1]);
        if (sources.length === 0 && !lexicon().noCitation.test(text)) {
          issues.push({ severity: 'warning', message: `No guideline source found in the ${region.by} guideline of item ${item + 1}; expected MTUS, ODG, ACOEM or a named source` });
        }
        for (const source of sources) citations.push(toCitation(item, region, source));
      }
    });
    return { value: citations, issues };
  },
};

export default citationsPlugin;
