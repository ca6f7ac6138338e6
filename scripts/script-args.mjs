// The command line of the build scripts that read one input file and take numeric options: `SCRIPT FILE [--name N]…`.

/**
 * The input file (the first argument that is neither an option nor a number) and a reader of numeric options;
 * without a file, prints USAGE and exits.
 */
export function fileAndNumbers(usage, argv = process.argv.slice(2)) {
  const file = argv.find((a) => !a.startsWith('--') && !/^\d/.test(a));
  if (!file) {
    console.error(`usage: ${usage}`);
    process.exit(1);
  }
  const number = (name, dflt) => {
    const i = argv.indexOf('--' + name);
    return i >= 0 && argv[i + 1] ? Number(argv[i + 1]) : dflt;
  };
  return { file, number };
}
