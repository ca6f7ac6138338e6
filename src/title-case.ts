// Title case, the one way the project writes words in capitals (or lower case) as a name is written: for incident
// names (ontology placeInName), names read from text in capitals (extract/display-case.ts) and the names of state
// forces (extract/state-force-perpetrators.ts). A leaf module, so extraction, the ontology and the graph can share it.

/**
 * Every word in lower case with its first letter, and the first letter after a hyphen, an apostrophe or an opening
 * bracket, in capitals: "PORT-SAINT-ELME" -> "Port-Saint-Elme", "O'BRIEN" -> "O'Brien", "air force" -> "Air Force".
 * A possessive ending stays small: "PEREZ'S" -> "Perez's".
 */
export function titleCase(text: string): string {
  return text
    .toLowerCase()
    .replace(/(^|[\s\-'’(])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase())
    .replace(/(['’])S(?=$|\s)/gu, '$1s');
}
