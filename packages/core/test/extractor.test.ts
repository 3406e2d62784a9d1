import { describe, expect, it } from 'vitest';
import {
  createExtractor,
  loadDocument,
  located,
  orderPlugins,
  PluginRegistrationError,
  selectPlugins,
  type AnyPlugin,
  type Plugin,
} from '@imrkit/core';

const letter = 'Case Number: CM15-0000042\nHOW THE IMR FINAL DETERMINATION WAS MADE\nIMR ISSUES, DECISIONS AND RATIONALES\nBaclofen 10mg #60: Upheld\n';
const document = () => loadDocument({ source: 'letter.md', content: `**${letter.split('\n')[0]}**\n\n${letter.split('\n').slice(1).join('\n\n')}` });

const plugin = (name: string, key: string, needs: string[] = [], extract: AnyPlugin['extract'] = () => ({ value: null })): AnyPlugin => ({
  name,
  version: '1.0.0',
  key,
  needs,
  extract,
});

describe('orderPlugins', () => {
  it('runs each plugin after the plugins it needs, keeping the given order otherwise', () => {
    const ordered = orderPlugins([plugin('rationale', 'rationale', ['items']), plugin('citations', 'citations', ['items']), plugin('items', 'items'), plugin('dates', 'dates')]);
    expect(ordered.map((p) => p.name)).toEqual(['items', 'rationale', 'citations', 'dates']);
  });

  it('rejects a cycle, naming it', () => {
    expect(() => orderPlugins([plugin('a', 'case', ['b']), plugin('b', 'dates', ['a'])])).toThrow(new PluginRegistrationError('Plugin needs form a cycle: a -> b -> a'));
  });

  it('rejects an unknown need, a duplicate name and two plugins for one key', () => {
    expect(() => orderPlugins([plugin('a', 'case', ['nope'])])).toThrow(/needs unknown plugin "nope"/);
    expect(() => orderPlugins([plugin('a', 'case'), plugin('a', 'dates')])).toThrow(/Duplicate plugin "a"/);
    expect(() => orderPlugins([plugin('a', 'case'), plugin('b', 'case')])).toThrow(/both fill "case"/);
  });

  it('selects the named plugins with everything they need', () => {
    const all = [plugin('items', 'items'), plugin('citations', 'citations', ['items']), plugin('dates', 'dates')];
    expect(selectPlugins(all, ['citations']).map((p) => p.name)).toEqual(['items', 'citations']);
    expect(() => selectPlugins(all, ['nope'])).toThrow(/Unknown plugin "nope"/);
  });
});

describe('createExtractor', () => {
  const casePlugin: Plugin<'case'> = {
    name: 'case',
    version: '1.0.0',
    key: 'case',
    needs: [],
    extract(doc) {
      const at = doc.text.indexOf('CM15-0000042');
      return { value: { caseNumber: located('CM15-0000042', [at, at + 12], 'case/test') } };
    },
  };

  it('assembles every key of the guide, in order, with null and [] defaults', () => {
    const record = createExtractor([]).extract(document());
    expect(Object.keys(record)).toEqual(['source', 'variant', 'case', 'credentials', 'dates', 'items', 'citations', 'rationale', 'spans', 'issues']);
    expect(record.dates).toEqual({ injury: null, urDenial: null, assigned: null, applicationReceived: null, decision: null });
    expect(record.items).toEqual([]);
    expect(record.variant).toBe('markdown');
  });

  it('maps spans from the clean view to the original text, under JSON Pointers', () => {
    const doc = document();
    const record = createExtractor([casePlugin]).extract(doc);
    const span = record.spans['/case/caseNumber'];
    expect(span).toBeDefined();
    expect(doc.original.slice(span![0], span![1])).toBe('CM15-0000042');
    expect(doc.original.indexOf('CM15')).toBe(span![0]);
  });

  it('isolates a throwing plugin: an issue, its key empty, the others still run', () => {
    const broken = plugin('broken', 'dates', [], () => {
      throw new Error('boom');
    });
    const record = createExtractor([broken, casePlugin]).extract(document());
    expect(record.case.caseNumber).toBe('CM15-0000042');
    expect(record.dates.injury).toBeNull();
    expect(record.issues).toEqual([{ plugin: 'broken', severity: 'error', message: 'Plugin failed: boom' }]);
  });

  it('discards the value of a plugin over its time budget, with an issue; the others still land', () => {
    const slow = plugin('slow', 'dates', [], () => {
      const until = performance.now() + 40;
      while (performance.now() < until);
      return { value: { injury: located('2001-01-01', [0, 4], 'slow/rule'), urDenial: null, assigned: null, applicationReceived: null, decision: null } };
    });
    const record = createExtractor([slow, casePlugin], { pluginBudgetMs: 10 }).extract(document());
    expect(record.case.caseNumber).toBe('CM15-0000042');
    expect(record.dates.injury).toBeNull();
    expect(record.spans['/dates/injury']).toBeUndefined();
    expect(record.issues).toHaveLength(1);
    expect(record.issues[0]).toMatchObject({ plugin: 'slow', severity: 'error' });
    expect(record.issues[0]?.message).toMatch(/^Unexpected plugin time of \d+ ms, expected at most 10 ms/);
  });

  it('hands a plugin the output of the plugins it needs, and traces every value to its rule', () => {
    const reader = plugin('reader', 'dates', ['case'], (_doc, context) => {
      const { caseNumber } = context.get<{ caseNumber: string | null }>('case');
      return { value: { injury: caseNumber, urDenial: null, assigned: null, applicationReceived: null, decision: null } };
    });
    const record = createExtractor([reader, casePlugin], { trace: true }).extract(document());
    expect(record.dates.injury).toBe('CM15-0000042');
    expect(record.trace).toEqual({ '/case/caseNumber': { plugin: 'case', rule: 'case/test' } });
  });
});

describe('a plugin of a key the core does not know', () => {
  it('still leaves its key in the record, null, when it throws', () => {
    const broken = plugin('claimant', 'claimant', [], () => {
      throw new Error('boom');
    });
    const record = createExtractor([broken]).extract(document()) as unknown as Record<string, unknown>;
    expect(record.claimant).toBeNull();
    expect(Object.keys(record)).toContain('claimant');
  });
});
