import { itemsPlugin } from '@imrkit/plugin-items';
import { describeCases } from '@imrkit/plugin-testing';
import { rationalePlugin } from '../src/index.js';

describeCases(rationalePlugin, new URL('../cases/', import.meta.url), { with: [itemsPlugin] });
