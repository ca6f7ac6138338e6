// Text from files and articles printed to a terminal: control characters (ESC sequences can rewrite the screen,
// set the window title or hide text) and bidirectional overrides are shown escaped, never sent raw.

const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function printable(s: string): string {
  return s.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** One line: newlines and tabs escaped too (a file name may hold them). */
export const printableLine = (s: string): string => printable(s).replace(/\n/g, '\\n').replace(/\t/g, '\\t');
