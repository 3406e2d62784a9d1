import { describe, expect, it } from 'vitest';
import { parseGuidelineRegion } from '../src/parse-guideline-region.js';

/** The plain values of each source of a line. */
function parse(text: string, prose = false) {
  return parseGuidelineRegion(text, [0, text.length], prose).map((s) => ({
    guideline: s.family.value,
    document: s.document?.value ?? null,
    year: s.year?.value ?? null,
    topics: s.topics.map((t) => t.value),
    pages: s.pages.map((p) => p.value),
  }));
}

const CHRONIC = 'Chronic Pain Medical Treatment Guidelines';

describe('parseGuidelineRegion: sources', () => {
  it('splits at every "Decision based on"', () => {
    expect(parse('Decision based on MTUS Chronic Pain Treatment Guidelines. Decision based on Non-MTUS Citation ODG Head, Triptans.')).toEqual([
      { guideline: 'MTUS', document: CHRONIC, year: null, topics: [], pages: [] },
      { guideline: 'ODG', document: 'Head', year: null, topics: ['Triptans'], pages: [] },
    ]);
  });
  it('starts a new source at a family name after a comma', () => {
    expect(parse('Decision based on Non-MTUS Citation Shoulder, Exercises, ODG Preface, Physical Therapy.').map((s) => [s.guideline, s.document, s.topics])).toEqual([
      ['ODG', 'Shoulder', ['Exercises']],
      ['ODG', 'Preface', ['Physical Therapy']],
    ]);
  });
  it('keeps a semicolon between topics inside one source', () => {
    expect(parse('Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Pain (Chronic), Eszopiclone (Lunesta); Insomnia treatment.')).toEqual([
      { guideline: 'ODG', document: 'Pain (Chronic)', year: null, topics: ['Eszopiclone (Lunesta)', 'Insomnia treatment'], pages: [] },
    ]);
  });
  it('reads a named source after a semicolon as OTHER', () => {
    expect(parse('Official Disability Guidelines (ODG) Pain (Chronic), Opioids for chronic pain; Package insert for Nucynta.').map((s) => [s.guideline, s.document])).toEqual([
      ['ODG', 'Pain (Chronic)'],
      ['OTHER', 'Package insert for Nucynta'],
    ]);
  });
  it('gives nothing for a claims administrator that cited no evidence', () => {
    expect(parse('The Claims Administrator did not cite any medical evidence for its decision.')).toEqual([]);
  });
  it('passes over words that name no source up to the next "Decision based on"', () => {
    expect(parse('See the file. Decision based on MTUS Acupuncture Medical Treatment Guidelines.').map((s) => s.document)).toEqual(['Acupuncture Medical Treatment Guidelines']);
  });
});

describe('parseGuidelineRegion: titles', () => {
  it.each([
    ['MTUS Chronic Pain Medical Treatment 2009', 'MTUS', CHRONIC, 2009],
    ['MTUS Post-surgical Treatment Guidelines', 'MTUS', 'Postsurgical Treatment Guidelines', null],
    ['MTUS ACOEM Forearm, Wrist & Hand Complaints 2004', 'MTUS', 'Forearm, Wrist, and Hand Complaints', 2004],
    ['Official Disability Guidelines (ODG) Forearm, Wrist, & Hand (Acute & Chronic)', 'ODG', 'Forearm, Wrist and Hand', null],
    ['ODG Low Back - Lumbar & Thoracic (Acute & Chronic)', 'ODG', 'Low Back', null],
    ['Non-MTUS Citation Official Disability Guidelines (ODG) Mental Illness & Stress', 'ODG', 'Mental Illness and Stress', null],
    ['ACOEM Practice Guidelines, 2nd Edition (2004), Chapter 12, Low Back Complaints', 'ACOEM', 'Low Back Complaints', 2004],
    ['Non-MTUS Citation Work Loss Data Institute', 'OTHER', 'Work Loss Data Institute', null],
  ])('%s', (line, guideline, document, year) => {
    expect(parse(`Decision based on ${line}.`)[0]).toMatchObject({ guideline, document, year });
  });
});

describe('parseGuidelineRegion: topics and pages', () => {
  it('keeps known titles with commas whole and splits the rest at commas', () => {
    expect(parse('Decision based on MTUS Chronic Pain Medical Treatment Guidelines TENS, chronic pain (transcutaneous electrical nerve stimulation), Interferential current stimulation (ICS) Page(s): 114-116, 118-120.')[0]?.topics).toEqual([
      'TENS, chronic pain (transcutaneous electrical nerve stimulation)',
      'Interferential current stimulation (ICS)',
    ]);
  });
  it('does not count a chapter number or an edition as a topic', () => {
    expect(parse('ACOEM Practice Guidelines, 2nd Edition, Chapter 7, Page(s): 137-138.')[0]).toEqual({
      guideline: 'ACOEM',
      document: 'ACOEM Practice Guidelines',
      year: null,
      topics: [],
      pages: [137, 138],
    });
  });
});

describe('parseGuidelineRegion: professional review prose', () => {
  it('stops at the first sentence that starts no source', () => {
    expect(parse('MTUS Chronic Pain Medical Treatment Guidelines, Opioids, Page(s): 80. ODG recommends against this dose, MTUS Chronic Pain Medical Treatment Guidelines agree.', true)).toEqual([
      { guideline: 'MTUS', document: CHRONIC, year: null, topics: ['Opioids'], pages: [80] },
    ]);
  });
  it('does not read a sentence that opens with a title but runs on as prose', () => {
    expect(parse('Official Disability Guidelines (ODG) Pain (Chronic), Insomnia treatment. ODG Mental Illness & Stress was also read for this drug.', true).map((s) => s.document)).toEqual(['Pain (Chronic)']);
  });
  it('goes on at a sentence that starts with a family and a listed title', () => {
    expect(parse('MTUS Chronic Pain Medical Treatment Guidelines, Opioids, Page(s): 80. Official Disability Guidelines (ODG) Pain (Chronic), Opioids for chronic pain. The MTUS governs.', true).map((s) => s.guideline)).toEqual(['MTUS', 'ODG']);
  });
});

describe('parseGuidelineRegion: an article before the family', () => {
  it('reads "the MTUS <title>" as a source', () => {
    expect(parse('the MTUS Chronic Pain Medical Treatment Guidelines, Opioids, Page(s): 80. This applies.', true).map((s) => s.document)).toEqual([CHRONIC]);
  });
  it('does not read "The MTUS is silent" as a source', () => {
    expect(parse('The MTUS is silent on hypnotics; Official Disability Guidelines (ODG) Pain (Chronic), Insomnia treatment.', true)).toEqual([]);
  });
});

describe('parseGuidelineRegion: named sources (OTHER)', () => {
  it('keeps an article reference whole, commas and periods included', () => {
    expect(parse('Decision based on Non-MTUS Citation Chou R, et al. Opioid treatment guidelines. J Pain 2009;10:113-30.')).toEqual([
      { guideline: 'OTHER', document: 'Chou R, et al. Opioid treatment guidelines. J Pain 2009;10:113-30', year: null, topics: [], pages: [] },
    ]);
  });
  it('ends a name before its edition and before the next "Decision based on"', () => {
    expect(parse('Decision based on Lexicomp Drug Information Handbook, 24th Edition. Decision based on MTUS Chronic Pain Treatment Guidelines.').map((s) => [s.guideline, s.document])).toEqual([
      ['OTHER', 'Lexicomp Drug Information Handbook'],
      ['MTUS', CHRONIC],
    ]);
  });
  it('starts a second named source after a semicolon', () => {
    expect(parse('Decision based on Non-MTUS Citation Medscape: Phentermine; Aetna Clinical Policy Bulletin: Obesity.').map((s) => s.document)).toEqual(['Medscape: Phentermine', 'Aetna Clinical Policy Bulletin: Obesity']);
  });
});
