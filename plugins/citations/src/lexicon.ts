import { readDataFile, type GuidelineFamily } from '@imrkit/core';
import { TitleList, type Opening, type TitleAlias } from './title-list.js';

interface RawTitle {
  title: string;
  aliases: string[];
  chapter?: number;
  mtus?: boolean;
}

interface RawGuidelines {
  mtus: RawTitle[];
  acoemChapters: RawTitle[];
  acoemDefaultTitle: string;
  odgChapters: RawTitle[];
}

interface RawGrammar {
  decisionBasedOn: string;
  nonMtusCitation: string;
  noCitation: string;
  families: { family: GuidelineFamily; pattern: string }[];
  odgChapterSuffix: string;
  sectionMarker: string;
  chapterMarker: string;
  pageMarker: string;
  edition: string;
  year: string;
  otherSourceCues: string[];
}

export interface Lexicon {
  /** MTUS documents and the ACOEM chapters adopted into the MTUS, longest alias first. */
  mtusTitles: TitleList;
  /** Every ACOEM chapter title. */
  acoemTitles: TitleList;
  acoemDefaultTitle: string;
  /** ODG chapters, each alias with its optional "(Acute & Chronic)" / "Chapter" suffix. */
  odgTitles: TitleList;
  /** "(Acute & Chronic)" and/or "Chapter" at the end of an ODG chapter name. */
  odgChapterSuffix: RegExp;
  families: { family: GuidelineFamily; pattern: RegExp }[];
  decisionBasedOn: RegExp;
  nonMtusCitation: RegExp;
  noCitation: RegExp;
  sectionMarker: RegExp;
  chapterMarker: RegExp;
  pageMarker: RegExp;
  /** Group 1: a year printed with the edition. */
  edition: RegExp;
  /** Group 1 or 2: the year. */
  year: RegExp;
  /** Any cue of a named non-guideline source, unanchored. */
  otherSourceCue: RegExp;
  /** Section titles that hold a comma or colon, read whole; sticky, longest first. */
  compoundTopics: TitleList;
  /** Canonical casing of known section titles, by lowercase title. */
  topicCasing: Map<string, string>;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const isAnd = (word: string | undefined): boolean => word === '&' || word?.toLowerCase() === 'and';
const isDash = (word: string | undefined): boolean => word !== undefined && /^[-–—]$/.test(word);
const wordSource = (word: string): string => escape(word).replace(/-/g, '[- ]?');

/** Letters print the same title (or section title) with "&" or "and", with or without a comma, and with spaced hyphens. */
function aliasSource(alias: string): string {
  const words = alias.split(/\s+/);
  return words
    .map((word, i) => {
      if (isAnd(word)) return '\\s*(?:&|and)\\s*';
      if (isDash(word)) return '\\s*[-–—]\\s*';
      const gap = i === 0 || isAnd(words[i - 1]) || isDash(words[i - 1]) ? '' : '\\s+';
      return gap + (word.endsWith(',') ? `${wordSource(word.slice(0, -1))},?` : wordSource(word));
    })
    .join('');
}

/** The letter or digit `aliasSource(alias)` opens with: the alias's first character, unless its first word is "and", "&" or a dash. */
function opening(alias: string): Opening {
  const first = alias.split(/\s+/)[0];
  return /^[A-Za-z0-9]/.test(alias) && !isAnd(first) ? alias.charAt(0).toLowerCase() : null;
}

function titleAliases(titles: RawTitle[], suffix = ''): TitleList {
  return new TitleList(
    titles
      .flatMap((t) => [t.title, ...t.aliases].map((alias) => ({ title: t.title, alias })))
      .sort((a, b) => b.alias.length - a.alias.length)
      .map(({ title, alias }) => ({ alias: { title, pattern: new RegExp(`${aliasSource(alias)}${suffix}(?![A-Za-z0-9])`, 'iy') }, opening: opening(alias) })),
  );
}

/** A title with a comma, semicolon or colon outside parentheses: the topic reader must not split it there. */
const isCompound = (title: string): boolean => /[,;:]\s/.test(withoutParentheses(title));

/** The text with every `(...)` removed, as `replace(/\([^)]*\)/g, '')` does, in one pass (the regex retries at every `(`). */
function withoutParentheses(text: string): string {
  let out = '';
  let from = 0;
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', from)) {
    const close = text.indexOf(')', open + 1);
    if (close < 0) break;
    out += text.slice(from, open);
    from = close + 1;
  }
  return out + text.slice(from);
}

function compile(): Lexicon {
  const guidelines = readDataFile<RawGuidelines>(import.meta.url, '../data/guidelines.json');
  const grammar = readDataFile<RawGrammar>(import.meta.url, '../data/grammar.json');
  const topics = readDataFile<{ titles: string[] }>(import.meta.url, '../data/topics.json');
  const sticky = (source: string): RegExp => new RegExp(source, 'iy');
  // Indices (`d`) make a match several times slower: only the patterns whose groups are located have them.
  const stickyWithGroups = (source: string): RegExp => new RegExp(source, 'diy');
  return {
    mtusTitles: titleAliases([...guidelines.mtus, ...guidelines.acoemChapters.filter((c) => c.mtus)]),
    acoemTitles: titleAliases(guidelines.acoemChapters),
    acoemDefaultTitle: guidelines.acoemDefaultTitle,
    odgTitles: titleAliases(guidelines.odgChapters, grammar.odgChapterSuffix),
    // Tried only where a run of spaces starts: from inside a run it matches only where it also matches from the
    // run's start (or, at the end, the empty suffix), and retrying every space of a long run is quadratic.
    odgChapterSuffix: new RegExp(`(?<!\\s)${grammar.odgChapterSuffix}$`, 'i'),
    families: grammar.families.map((f) => ({ family: f.family, pattern: sticky(`(?:${f.pattern})(?![A-Za-z0-9-])`) })),
    decisionBasedOn: sticky(grammar.decisionBasedOn),
    nonMtusCitation: sticky(grammar.nonMtusCitation),
    noCitation: new RegExp(grammar.noCitation, 'i'),
    sectionMarker: sticky(grammar.sectionMarker),
    chapterMarker: sticky(grammar.chapterMarker),
    pageMarker: sticky(grammar.pageMarker),
    edition: stickyWithGroups(grammar.edition),
    year: stickyWithGroups(grammar.year),
    otherSourceCue: new RegExp(`\\b(?:${grammar.otherSourceCues.join('|')})`, 'i'),
    compoundTopics: new TitleList(
      topics.titles
        .filter(isCompound)
        .sort((a, b) => b.length - a.length)
        .map((title) => ({ alias: { title, pattern: sticky(`${aliasSource(title)}(?![A-Za-z0-9])`) }, opening: opening(title) })),
    ),
    topicCasing: new Map(topics.titles.map((title) => [title.toLowerCase(), title])),
  };
}

let cached: Lexicon | undefined;

/** The guideline lexicon and line grammar, compiled once per process. */
export function lexicon(): Lexicon {
  cached ??= compile();
  return cached;
}
