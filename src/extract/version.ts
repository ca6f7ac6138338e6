// Version of the extraction output stored on every Article (`extractorVersion`). Bump EXTRACTION_REVISION by hand
// whenever a change to src/extract/ changes what is extracted: `kg ingest` then re-extracts stored articles whose
// version differs, instead of keeping their old extraction forever.
import { readFileSync } from 'node:fs';
import { z } from 'zod';

export const EXTRACTION_REVISION = 290;

function packageVersion(): string {
  const raw: unknown = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  return z.object({ version: z.string() }).parse(raw).version;
}

export const EXTRACTOR_VERSION = `${packageVersion()}+x${EXTRACTION_REVISION}`;
