// The incidents extracted from one text, with the project's resources: the shape most incident tests read.
import { extract } from '../../src/extract/index.js';
import type { IncidentEntity } from '../../src/extract/types.js';
import { res } from './resources.js';

export const incidentsOf = (published: string, text: string): IncidentEntity[] =>
  extract({ published, text }, res).entities.filter((e): e is IncidentEntity => e.type === 'incident');
