import { execFile } from 'node:child_process';

export interface RunOptions {
  timeout: number;
  env?: NodeJS.ProcessEnv;
  windowsHide: true;
  /** Always false: arguments go to the program as they are, no shell parses them. */
  shell: false;
}

/** How a program failed: `code` is its exit code, or 'ENOENT' & co. when it could not start; `killed` after the timeout. */
export interface RunFailure {
  code?: number | string | null;
  killed?: boolean;
  stderr?: string;
  message?: string;
}

export type RunFile = (file: string, args: readonly string[], options: RunOptions) => Promise<{ stdout: string; stderr: string }>;

/** child_process.execFile as a promise; the rejection carries stderr. Tests pass a fake. */
export const runFile: RunFile = (file, args, options) =>
  new Promise((resolve, reject) => {
    execFile(file, [...args], { ...options, encoding: 'utf8', maxBuffer: 256 * 1024 }, (err, stdout, stderr) => {
      if (err) reject(Object.assign(err, { stderr }));
      else resolve({ stdout, stderr });
    });
  });
