import { describeSeedLetters } from '@imrkit/plugin-testing';
import { itemsPlugin } from '../src/index.js';

describeSeedLetters(itemsPlugin);
