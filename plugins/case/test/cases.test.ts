import { describeCases } from '@imrkit/plugin-testing';
import { casePlugin } from '../src/index.js';

describeCases(casePlugin, new URL('../cases/', import.meta.url));
