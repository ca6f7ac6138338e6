// The project's extraction resources (data/), loaded once per test file.
import { defaultResources, type Resources } from '../../src/extract/resources.js';

export const res = defaultResources();

/** the same resources with the named rules switched off (as KG_DISABLE_RULES does) */
export const withoutRules = (...ids: string[]): Resources => ({ ...res, rules: { disabled: new Set(ids) } });
