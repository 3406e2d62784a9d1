import type { Span } from '@imrkit/core';
import { describe, expect, it } from 'vitest';
import { assertionAt, readSentence } from '../src/assertion.js';
import { cuePattern } from '../src/cue-pattern.js';

/** The assertion of the first occurrence of `word` in `sentence`. */
function assertionOf(sentence: string, word: string, quotes: Span[] = [], itemTerms: RegExp | null = null) {
  const read = readSentence(sentence, quotes, itemTerms);
  const at = read.text.indexOf(word.toLowerCase());
  if (at < 0) throw new Error(`No "${word}" in the sentence`);
  return { ...assertionAt(read, at, at + word.length), aboutCase: read.aboutCase };
}

describe('negation', () => {
  it('is negated after a trigger, up to a terminator', () => {
    expect(assertionOf('There is no documentation of functional improvement.', 'improvement').negated).toBe(true);
    expect(assertionOf('There is no urine drug screen, but the pain has improved.', 'improved').negated).toBe(false);
  });

  it('lists joined by commas stay in scope', () => {
    expect(assertionOf('There is no opioid agreement, pill count or inquiry about side effects.', 'side effects').negated).toBe(true);
  });

  it('is negated before a post-trigger ("was not documented")', () => {
    expect(assertionOf('A measurable functional improvement was not documented.', 'improvement').negated).toBe(true);
    expect(assertionOf('Compliance has not been assessed.', 'compliance').negated).toBe(true);
  });

  it('is negated over the whole sentence by "none of these has been done"', () => {
    const read = assertionOf('The MTUS expects a risk assessment and drug testing, and none of this was done.', 'drug testing');
    expect(read).toMatchObject({ negated: true, hypothetical: false, aboutCase: true });
  });

  it('ignores pseudo-negations', () => {
    expect(assertionOf('Blocks are limited to no more than two levels.', 'levels').negated).toBe(false);
    expect(assertionOf('She did not skip any of her physical therapy visits.', 'physical therapy').negated).toBe(false);
    expect(assertionOf('He never missed a session of his home exercise program.', 'home exercise').negated).toBe(false);
  });

  it('ends a scope at a relative clause ("whose", "whom")', () => {
    const sentence = 'He has not had manipulation before and whose physical therapy has stopped helping.';
    expect(assertionOf(sentence, 'manipulation').negated).toBe(true);
    expect(assertionOf(sentence, 'physical therapy').negated).toBe(false);
  });

  it('is affirmed when no trigger governs the cue', () => {
    expect(assertionOf('There is documentation of clear improvement in her pain.', 'improvement').negated).toBe(false);
  });

  it('ends a scope at the next trigger, which opens its own', () => {
    const sentence = 'Gabapentin is not recommended for topical use, so the compound is not recommended.';
    const read = readSentence(sentence, [], null);
    const second = read.text.lastIndexOf('not recommended');
    expect(assertionAt(read, second, second + 'not recommended'.length)).toMatchObject({ negated: true, negatedFromOutside: false });
  });

  it('tells a cue negated by its own words from one negated by the context', () => {
    expect(assertionOf('Nothing in the guidelines recommends against a follow-up visit.', 'recommends against').negatedFromOutside).toBe(true);
    const own = readSentence('Surface EMG is not recommended.', [], null);
    const at = own.text.indexOf('not recommended');
    expect(assertionAt(own, at, at + 'not recommended'.length).negatedFromOutside).toBe(false);
  });

  it('stops a negation at the cause of a missing benefit ("no relief from therapy")', () => {
    expect(assertionOf('She had no lasting relief from a prior course of physical therapy.', 'relief').negated).toBe(true);
    expect(assertionOf('She had no lasting relief from a prior course of physical therapy.', 'physical therapy').negated).toBe(false);
  });

  it('reads "absent", "devoid of" and "silent regarding" as triggers', () => {
    expect(assertionOf('Absent a trial of NSAIDs, the cream is not warranted.', 'NSAIDs').negated).toBe(true);
    expect(assertionOf('The records are devoid of any drug testing.', 'drug testing').negated).toBe(true);
    expect(assertionOf('The notes are silent regarding prior therapy.', 'therapy').negated).toBe(true);
  });

  it('keeps a parenthetical aside inside the scope', () => {
    expect(assertionOf('There is no record that first-line agents (e.g. gabapentin) were tried or helped.', 'helped').negated).toBe(true);
  });
});

describe('hypothetical', () => {
  it('covers conditions and requirements up to a comma or terminator', () => {
    expect(assertionOf('More visits may be allowed only if functional improvement is shown.', 'improvement').hypothetical).toBe(true);
    expect(assertionOf('If spasm is present, a short course is reasonable.', 'spasm').hypothetical).toBe(true);
    expect(assertionOf('If spasm is present, a short course is reasonable.', 'reasonable').hypothetical).toBe(false);
  });

  it('is not ended by an adverb between a modal and its verb ("should therefore explain")', () => {
    expect(assertionOf('The surgeon should therefore explain why the injection has not worked.', 'has not worked').hypothetical).toBe(true);
    expect(assertionOf('There is no relief and therefore the injection has not worked.', 'has not worked').hypothetical).toBe(false);
  });

  it('covers the whole sentence when a conditional opening leads to a modal consequence', () => {
    expect(assertionOf('If the cream contains gabapentin, it would not be recommended.', 'recommended').hypothetical).toBe(true);
  });
});

describe('about the case', () => {
  it('holds for sentences about the patient, the records or the request', () => {
    expect(assertionOf('In this case the records show no spasm.', 'spasm').aboutCase).toBe(true);
    expect(assertionOf('She has not returned to work.', 'work').aboutCase).toBe(true);
    expect(assertionOf('The request is open-ended.', 'open').aboutCase).toBe(true);
  });

  it('does not hold for guideline statements, even with a weak anchor', () => {
    expect(assertionOf('Muscle relaxants usually show no benefit over an NSAID.', 'benefit').aboutCase).toBe(false);
    expect(assertionOf('The MTUS notes that there is no proof of efficacy for such use.', 'efficacy').aboutCase).toBe(false);
    expect(assertionOf('Adherence has not been checked.', 'adherence').aboutCase).toBe(true);
  });

  it('does not hold for a numbered list of criteria, unless a sentence-wide negation applies it', () => {
    const criteria = 'Criteria for a pain program include: (1) baseline testing; (2) no other option likely to give significant improvement; (3) the patient is not a candidate for surgery.';
    expect(assertionOf(criteria, 'improvement').aboutCase).toBe(false);
    expect(assertionOf('Criteria include (1) baseline testing and (2) a home program, and none of these has been done.', 'testing').aboutCase).toBe(true);
    expect(assertionOf('The patient is not a candidate for surgery.', 'candidate').aboutCase).toBe(true);
  });

  it('does not count anchors inside quotes or conditions', () => {
    expect(assertionOf('ODG states "the patient should be assessed after six visits."', 'assessed', [[11, 57]]).aboutCase).toBe(false);
    expect(assertionOf('It is not recommended when the worker is close to maximal improvement.', 'recommended').aboutCase).toBe(false);
  });

  it('holds for applied openings, past events and pain scores', () => {
    expect(assertionOf('Without documentation of failed therapy, surgery is premature.', 'therapy').aboutCase).toBe(true);
    expect(assertionOf('Prior physical therapy did not result in functional gains.', 'gains').aboutCase).toBe(true);
    expect(assertionOf('Pain went from 8/10 to 7/10.', 'pain').aboutCase).toBe(true);
    expect(assertionOf('Benzodiazepines are not recommended because efficacy is unproven.', 'efficacy').aboutCase).toBe(false);
  });

  it('holds for a sentence naming the requested drug unless it reports a guideline', () => {
    const baclofen = cuePattern(['baclofen']);
    expect(assertionOf('Continuous use of baclofen may cause dependence.', 'dependence', [], baclofen).aboutCase).toBe(true);
    expect(assertionOf('The MTUS recommends baclofen for spasticity.', 'spasticity', [], baclofen).aboutCase).toBe(false);
  });
});

it('marks cues inside quotes', () => {
  const sentence = 'MTUS states "no benefit beyond NSAIDs" in most cases.';
  const start = sentence.indexOf('"');
  expect(assertionOf(sentence, 'benefit', [[start, sentence.indexOf('"', start + 1) + 1]]).quoted).toBe(true);
});
