// Imported first by each entry point: zod (which the shared ontology module uses) probes for `new Function` to
// compile fast parsers, and that probe is a script-src 'unsafe-eval' violation under the server's strict
// Content-Security-Policy. The explorer validates one small file, so the interpreted parser costs nothing.
import { z } from 'zod';

z.config({ jitless: true });
