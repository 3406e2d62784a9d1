import { located, readDataFile, type ImrDocument, type Located, type Plugin, type PluginIssue, type Span } from '@imrkit/core';
import { findCueSegments, type CueSegment, type ListKind } from './cue-segments.js';
import { createLexicon, type EditTolerance } from './lexicon.js';
import { readList, type ListEntry } from './read-list.js';
import { LetterParties } from './reviewer-subject.js';
import { titleCase } from './title-case.js';
import { createSpecialtyShape } from './unknown-specialty.js';

interface StatesData {
  maxEdits: EditTolerance[];
  ignoredWords: string[];
  states: { code: string; name: string; aliases?: string[] }[];
}

interface SpecialtiesData {
  maxEdits: EditTolerance[];
  ignoredWords: string[];
  unknownHeadSuffixes: string[];
  specialties: { name: string; aliases: string[] }[];
}

const statesData = readDataFile<StatesData>(import.meta.url, '../data/states.json');
const specialtiesData = readDataFile<SpecialtiesData>(import.meta.url, '../data/specialties.json');
const STATES = createLexicon(
  statesData.states.map((s) => ({ value: s.code, names: [s.name, ...(s.aliases ?? [])], verbatim: [s.code] })),
  { maxEdits: statesData.maxEdits, ignoredWords: statesData.ignoredWords },
);
const SPECIALTIES = createLexicon(
  specialtiesData.specialties.map((s) => ({ value: s.name, names: [s.name, ...s.aliases] })),
  { maxEdits: specialtiesData.maxEdits, ignoredWords: specialtiesData.ignoredWords },
);
const readsLikeSpecialty = createSpecialtyShape(
  specialtiesData.specialties.map((s) => s.name),
  specialtiesData.unknownHeadSuffixes,
);

/** Where the credentials are printed: the how-determined section and the professional-review qualifications (none: the caller reads the whole body). */
function credentialRegions(document: ImrDocument): { span: Span; qualifications: boolean }[] {
  const { howDetermined, qualifications } = document.sections;
  const regions: { span: Span; qualifications: boolean }[] = [];
  if (howDetermined) regions.push({ span: howDetermined, qualifications: false });
  if (qualifications) regions.push({ span: qualifications, qualifications: true });
  return regions;
}

const ruleId = (segment: CueSegment, qualifications: boolean): string =>
  `credentials/${qualifications ? 'qualifications' : segment.form}-${segment.rule}`;

/** One list's values in document order, each once, with the problems met reading it. */
class ListCollector {
  readonly values: Located<string>[] = [];
  readonly issues: PluginIssue[] = [];
  readonly #seen = new Set<string>();

  add(value: string, span: Span, rule: string, notes?: Record<string, string>): void {
    if (this.#seen.has(value)) return;
    this.#seen.add(value);
    this.values.push(located(value, span, rule, notes));
  }
}

/**
 * An unknown name after a certification phrase ("Board Certified in Wound Care
 * Medicine") is still the reviewer's specialty when it reads like one; after a
 * looser phrase, or outside a credentials section, it may be anything.
 */
function collectSpecialty(entry: ListEntry<string>, segment: CueSegment, rule: string, trusted: boolean, out: ListCollector): void {
  if (entry.value !== null) {
    out.add(entry.value, entry.span, rule, { printed: entry.text, match: entry.match });
    return;
  }
  if (segment.unknown === 'ignore') return;
  if (trusted && segment.unknown === 'keep' && readsLikeSpecialty(entry.text)) {
    out.add(titleCase(entry.text), entry.span, rule, { printed: entry.text, match: 'unknown' });
    out.issues.push({ severity: 'warning', message: `Unexpected specialty "${entry.text}", expected a name in data/specialties.json; kept as printed, in title case` });
  } else {
    out.issues.push({ severity: 'warning', message: `Unexpected specialty "${entry.text}" after "${rule}", expected a name in data/specialties.json; skipped` });
  }
}

function collectState(entry: ListEntry<string>, rule: string, out: ListCollector): void {
  if (entry.value !== null) out.add(entry.value, entry.span, rule, { printed: entry.text, match: entry.match });
  else out.issues.push({ severity: 'warning', message: `Unexpected state "${entry.text}" in the licensure list, expected a US state or DC; skipped` });
}

/** Fills `credentials`: the reviewer's specialties (canonical names) and states of licensure (USPS codes). */
export const credentialsPlugin: Plugin<'credentials'> = {
  name: 'credentials',
  version: '0.1.0',
  key: 'credentials',
  needs: [],
  extract(document) {
    const issues: PluginIssue[] = [];
    let regions = credentialRegions(document);
    const trusted = regions.length > 0;
    if (!trusted) {
      issues.push({ severity: 'warning', message: 'No credentials section found in the letter; expected HOW THE IMR FINAL DETERMINATION WAS MADE or MEDICAL REVIEWER QUALIFICATIONS (read the whole body instead)' });
      regions = [{ span: [0, document.bodyEnd], qualifications: false }];
    }
    const lists: Record<ListKind, ListCollector> = { specialties: new ListCollector(), licensure: new ListCollector() };
    const parties = new LetterParties(document.text);
    for (const region of regions) {
      for (const segment of findCueSegments(document.text, region.span)) {
        const rule = ruleId(segment, region.qualifications);
        // A sentence about the treating physician or the claims administrator does not hold the reviewer's credentials.
        if (segment.form === 'sentence' && parties.at(segment.cue[0]) === 'other') continue;
        if (segment.list === 'specialties') {
          for (const entry of readList(document.text, segment.listSpan, SPECIALTIES)) collectSpecialty(entry, segment, rule, trusted, lists.specialties);
        } else {
          for (const entry of readList(document.text, segment.listSpan, STATES)) collectState(entry, rule, lists.licensure);
        }
      }
    }
    issues.push(...lists.specialties.issues, ...lists.licensure.issues);
    if (lists.specialties.values.length === 0) {
      issues.push({ severity: 'warning', message: 'No board specialty found in the credentials; expected "Board Certified in ..." or "Certification(s)/Specialty: ..."' });
    }
    if (lists.licensure.values.length === 0) {
      issues.push({ severity: 'warning', message: 'No state of licensure found in the credentials; expected "licensed to practice in ..." or "State(s) of Licensure: ..."' });
    }
    return { value: { specialties: lists.specialties.values, licensure: lists.licensure.values }, issues };
  },
};

export default credentialsPlugin;
