import { describeSeedLetters } from '@imrkit/plugin-testing';
import { credentialsPlugin } from '../src/index.js';

describeSeedLetters(credentialsPlugin);
