// data/lexicons/*.json files built in part by scripts are laid out by hand, and the lists a script builds stand one
// list a line at the file's end: these helpers rewrite one such line and leave the rest of the file as it is.

/**
 * The file's text with list NAME on its own line: the line it has replaced where it stands (keeping that line's
 * trailing comma, so a list followed by others stays followed by them), else the line added as the last list.
 */
export function replaceListLine(text, name, list) {
  const line = `    "${name}": ${JSON.stringify(list)}`;
  const own = new RegExp(`^ {4}"${name}": .*?(,?)$`, 'm');
  if (own.test(text)) return text.replace(own, (_, comma) => line + comma);
  const end = text.lastIndexOf('\n}\n}');
  return `${text.slice(0, end)},\n${line}${text.slice(end)}`;
}
