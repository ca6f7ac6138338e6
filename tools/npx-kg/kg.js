#!/usr/bin/env -S node --no-regexp-tier-up
// `npx kg`: the project's bin/kg.js, with the V8 flag of its first line (see there) given at start-up.
import '../../bin/kg.js';
