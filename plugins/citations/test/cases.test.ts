import { itemsPlugin } from '@imrkit/plugin-items';
import { describeCases } from '@imrkit/plugin-testing';
import { citationsPlugin } from '../src/index.js';

describeCases(citationsPlugin, new URL('../cases/', import.meta.url), { with: [itemsPlugin] });
