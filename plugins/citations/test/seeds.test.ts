import { itemsPlugin } from '@imrkit/plugin-items';
import { describeSeedLetters } from '@imrkit/plugin-testing';
import { citationsPlugin } from '../src/index.js';

describeSeedLetters(citationsPlugin, { with: [itemsPlugin] });
