import { describe, expect, it } from 'vitest';
import { runFixture } from './helpers.js';

// fixtures/parity, by hand:
//   p1  plain = markdown; pdf-text adds licensure NY and reads the injury date as 2012-11-07 → not in parity
//   p2  plain = html                                                                     → in parity
//   p3  one variant only                                                                  → not compared
//   share 1/2
describe('variant parity', () => {
  it('counts the letters whose variants all gave the same data', async () => {
    const result = await runFixture('parity');
    expect(result.parity).toMatchObject({ letters: 2, inParity: 1, share: 0.5 });
  });

  it('lists where a letter differs, with each variant value', async () => {
    const result = await runFixture('parity');
    expect(result.parity.differing).toEqual([
      {
        letter: 'p1',
        differences: [
          {
            pointer: '/credentials/licensure',
            values: { 'pdf-text': ['NJ', 'NY'], markdown: ['NJ'], plain: ['NJ'] },
          },
          {
            pointer: '/dates/injury',
            values: { 'pdf-text': '2012-11-07', markdown: '2012-11-01', plain: '2012-11-01' },
          },
        ],
      },
    ]);
  });
});
