import { describe, expect, it } from 'vitest';
import { remembered } from '../src/remembered.js';

describe('remembered', () => {
  it('looks each text up once while it is kept, null and undefined answers included', () => {
    const asked: string[] = [];
    const lookUp = remembered((text: string) => {
      asked.push(text);
      return text === 'none' ? null : text.length;
    }, 10);
    expect([lookUp('norco'), lookUp('norco'), lookUp('none'), lookUp('none')]).toEqual([5, 5, null, null]);
    expect(asked).toEqual(['norco', 'none']);
  });

  it('starts over when full, so at most `size` answers are kept', () => {
    const asked: string[] = [];
    const lookUp = remembered((text: string) => asked.push(text), 2);
    for (const text of ['a', 'b', 'c', 'a']) lookUp(text);
    expect(asked).toEqual(['a', 'b', 'c', 'a']);
  });
});
