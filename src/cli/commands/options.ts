/** A commander option parser for a count: a whole number of at least 1, or an error naming the flag and the value. */
export const positiveWholeNumber = (flag: string) => (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} must be a positive whole number, got "${v}"`);
  return n;
};
