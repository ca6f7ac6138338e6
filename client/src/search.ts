// Autocomplete over entity names and aliases (GET /api/search): picks one entity, for the two ends of a path.
import type { EntitySummary, NodeType } from '../../src/api/contract.ts';
import { api } from './api.ts';
import { combobox, entityOption } from './combobox.ts';

export interface PickerOptions {
  input: HTMLInputElement;
  list: HTMLUListElement;
  /** optional type restriction control */
  typeSelect?: HTMLSelectElement;
  onPick: (entity: EntitySummary) => void;
  onError: (message: string) => void;
}

export function entityPicker(opts: PickerOptions): {
  value: () => EntitySummary | null;
  set: (e: EntitySummary | null) => void;
} {
  const { input, typeSelect } = opts;
  let picked: EntitySummary | null = null;
  const { lookup } = combobox({
    input,
    list: opts.list,
    fetch: (q, signal) => api.search(q, (typeSelect?.value ?? '') as NodeType | '', 10, signal),
    render: (res, _q, option) => {
      for (const r of res.results)
        opts.list.append(
          option(
            () => {
              picked = r;
              input.value = r.name;
              opts.onPick(r);
            },
            ...entityOption(r),
          ),
        );
    },
    empty: () => 'No matches',
    onError: opts.onError,
    onType: () => {
      picked = null;
    },
  });
  typeSelect?.addEventListener('change', () => {
    if (input.value.trim()) lookup();
  });
  return {
    value: () => picked,
    set: (e) => {
      picked = e;
      input.value = e ? e.name : '';
    },
  };
}
