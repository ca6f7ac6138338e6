// The project's extraction resources (data/), loaded once per test file.
import { defaultResources } from '../../src/extract/resources.js';

export const res = defaultResources();
