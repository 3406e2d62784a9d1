import { describeSeedLetters } from '@imrkit/plugin-testing';
import { casePlugin } from '../src/index.js';

describeSeedLetters(casePlugin);
