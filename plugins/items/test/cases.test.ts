import { describeCases } from '@imrkit/plugin-testing';
import { itemsPlugin } from '../src/index.js';

describeCases(itemsPlugin, new URL('../cases/', import.meta.url));
