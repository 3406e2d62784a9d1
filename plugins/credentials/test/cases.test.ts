import { describeCases } from '@imrkit/plugin-testing';
import { credentialsPlugin } from '../src/index.js';

describeCases(credentialsPlugin, new URL('../cases/', import.meta.url));
