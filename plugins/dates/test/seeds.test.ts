import { describeSeedLetters } from '@imrkit/plugin-testing';
import { datesPlugin } from '../src/index.js';

describeSeedLetters(datesPlugin);
