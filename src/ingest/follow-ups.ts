// Which follow-up (trial, sentencing, inquest, anniversary) an article reports, from the cue words of
// data/lexicons/follow-up-kinds.json in its title or lede. The graph writer turns it into a follow-up incident
// linked to the incident the article refers to (src/graph/incident-frames.ts). Loaded once, validated: a kind
// the ontology does not have, or a malformed file, is an error naming the file.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { compileFollowUpKinds, followUpKind, type FollowUpKindCue } from '../extract/incident-references.js';
import { INCIDENT_KINDS } from '../ontology/index.js';

const FILE = fileURLToPath(new URL('../../data/lexicons/follow-up-kinds.json', import.meta.url));

const FollowUpKindsFile = z.object({
  description: z.string().min(1),
  kinds: z.record(z.string(), z.array(z.string().min(1)).min(1)),
});

let compiled: FollowUpKindCue[] | null = null;

export function loadFollowUpKinds(file = FILE): FollowUpKindCue[] {
  const parsed = FollowUpKindsFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const unknown = Object.keys(parsed.data.kinds).filter((k) => !INCIDENT_KINDS.includes(k));
  if (unknown.length) throw new Error(`${file}: not incident kinds of data/ontology.json: ${unknown.join(', ')}`);
  return compileFollowUpKinds(parsed.data.kinds);
}

/** The follow-up the article reports, by its title and first two sentences, or null. */
export function articleFollowUp(
  title: string | null,
  sentences: readonly { text: string }[],
): { kind: string; cue: string } | null {
  compiled ??= loadFollowUpKinds();
  return followUpKind(
    compiled,
    title ?? '',
    sentences
      .slice(0, 2)
      .map((s) => s.text)
      .join(' '),
  );
}
