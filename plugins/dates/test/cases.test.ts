import { describeCases } from '@imrkit/plugin-testing';
import { datesPlugin } from '../src/index.js';

describeCases(datesPlugin, new URL('../cases/', import.meta.url));
