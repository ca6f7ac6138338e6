// Runs the project's own CLI (`bin/kg.js`) as a child process, the way a user runs it, and collects its output.
import { spawn, type ChildProcess } from 'node:child_process';

export interface KgRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface KgRunOptions {
  /** text for the child's stdin; without it stdin is closed at once */
  input?: string;
  /** variables added to (or replacing) this process's environment */
  env?: Record<string, string>;
  /** called with the child right after it starts, e.g. to kill it mid-run */
  onSpawn?: (child: ChildProcess) => void;
}

export function runKg(args: string[], options: KgRunOptions = {}): Promise<KgRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/kg.js', ...args], {
      env: { ...process.env, ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(options.input ?? '');
    options.onSpawn?.(child);
  });
}
