// Project-written articles: people, organisations, places and incidents that recur across articles, so
// entities are shared, incidents resolve across articles and some texts are wire copies of others.
const PEOPLE = ['Sarah Holt', 'Omar Haddad', 'Lena Novak', 'Tomas Berg', 'Ines Duarte', 'David Walsh'];
const ORGS = ['West Yorkshire Police', 'Europol', 'MI5', 'the Metropolitan Police', 'Interpol'];
const CITIES = ['Leeds', 'Hamburg', 'Lyon', 'Madrid', 'Vienna', 'Manchester'];
const KINDS = ['stabbing', 'shooting', 'bombing', 'arson attack'];

/** Article number `i` as one JSON Lines line (title, published, source, text). */
export function generatedArticle(i: number): string {
  const p = PEOPLE[i % PEOPLE.length]!,
    q = PEOPLE[(i * 5 + 1) % PEOPLE.length]!;
  const o = ORGS[i % ORGS.length]!,
    c = CITIES[(i * 7) % CITIES.length]!,
    k = KINDS[i % KINDS.length]!;
  const day = 1 + (i % 9);
  return JSON.stringify({
    title: `${k} in ${c}, report ${i}`,
    published: `2025-03-${String(day).padStart(2, '0')}`,
    source: `Outlet ${i % 4}`,
    text:
      `${c.toUpperCase()} (Outlet ${i % 4}) - A ${k} in ${c} on ${day} March left ${i % 3} people injured, police said. ` +
      `${p}, a spokesperson for ${o}, said officers had arrested a man in ${c} after the ${k}. ` +
      `${q} of ${ORGS[(i + 2) % ORGS.length]} said the investigation into report ${i} was continuing and asked witnesses to come forward.`,
  });
}
