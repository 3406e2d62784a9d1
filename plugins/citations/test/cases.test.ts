import { describeCases } from '@imrkit/plugin-testing';
import { citationsPlugin } from '../src/index.js';
import { itemsStandIn } from './items-stand-in.js';

describeCases(citationsPlugin, new URL('../cases/', import.meta.url), { with: [itemsStandIn] });
