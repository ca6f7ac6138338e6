// Readable reasons for file-system errors, shared by the folder walker and the streaming JSONL reader.

export function errorReason(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return 'no such file or directory';
  if (e?.code === 'EACCES') return 'permission denied';
  if (e?.code === 'EISDIR') return 'is a directory';
  return err instanceof Error ? err.message : String(err);
}
