import { describeCases } from '@imrkit/plugin-testing';
import { claimantPlugin } from '../src/index.js';

describeCases(claimantPlugin, new URL('../cases/', import.meta.url));
