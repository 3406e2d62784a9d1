import { describe, expect, it } from 'vitest';
import { classifyDates } from '../src/classify-dates.js';
import { LetterDates } from '../src/letter-dates.js';

const classify = (text: string) =>
  classifyDates(new LetterDates(text), [0, text.length], 2016).map((d) => ({ date: d.mention.text, role: d.role, history: d.history }));

describe('classifyDates', () => {
  it('attaches each date to the nearest cue of its clause', () => {
    expect(classify('An MRI on 02/07/2012 showed a bulge after he injured his back on 11/18/2009.')).toEqual([
      { date: '02/07/2012', role: 'event', history: false },
      { date: '11/18/2009', role: 'injury', history: false },
    ]);
  });

  it('prefers the cue before a date to one after it at the same distance', () => {
    expect(classify('the progress note 01/06/2015 injury')).toEqual([{ date: '01/06/2015', role: 'event', history: false }]);
  });

  it('reads a cue after the date when none comes before', () => {
    expect(classify('On January 22, 2015, utilization review non-certified all three requests.')).toEqual([
      { date: 'January 22, 2015', role: 'urDecision', history: false },
    ]);
  });

  it('marks reviews mentioned as history, before or just after the date', () => {
    expect(classify('A previous utilization review dated 12/08/2014 certified it. The review of 07/01/2013 already recommended a taper.')).toEqual([
      { date: '12/08/2014', role: 'urDecision', history: true },
      { date: '07/01/2013', role: 'urDecision', history: true },
    ]);
    expect(classify('Utilization review dated 03/16/2015 non-certified the drug that the physician had previously tried.')).toEqual([
      { date: '03/16/2015', role: 'urDecision', history: false },
    ]);
  });

  it('gives the words after a conjunction to the next date', () => {
    expect(classify('He injured his knee on 01/02/2010 and re-injured it on 02/03/2011.')).toEqual([
      { date: '01/02/2010', role: 'injury', history: false },
      { date: '02/03/2011', role: 'event', history: false },
    ]);
  });

  it('lets a date listed after another share its cue', () => {
    expect(classify('Urine drug tests on 11/12/2014 and 01/13/2015 were consistent.')).toEqual([
      { date: '11/12/2014', role: 'event', history: false },
      { date: '01/13/2015', role: 'event', history: false },
    ]);
  });

  it('keeps cues of one clause away from the dates of the next', () => {
    expect(classify('A prior review on 02/26/2014 modified it; the note of 04/30/2014 renews it.')).toEqual([
      { date: '02/26/2014', role: 'urDecision', history: true },
      { date: '04/30/2014', role: 'event', history: false },
    ]);
  });

  it('does not read a work status or a denied symptom as a review', () => {
    expect(classify('He returned to modified duty on 04/01/2015. On 03/01/2015 she denied any nausea.')).toEqual([
      { date: '04/01/2015', role: 'event', history: false },
      { date: '03/01/2015', role: null, history: false },
    ]);
  });

  it('leaves a date without any cue unclassified', () => {
    expect(classify('She was working alone at the station on 08/14/2014 when two men came in.')).toEqual([{ date: '08/14/2014', role: null, history: false }]);
  });
});
