// The incident report: every Incident node of the graph, one line each, as an editor reviewing the timeline would
// read it: kind, date, place (with country and whether it has coordinates), articles that report it (and those
// that only refer to it), named perpetrators, named victims, the incidents it follows up (FOLLOW_UP_OF) and the series it is part of (PART_OF).
// usage: npm run build && node scripts/incident-report.mjs [--articles] [--json] > incidents.tsv
//   --articles  under each incident, the titles of the articles that cover it (r: a reference only)
//   --json      one JSON document instead of the table
// (connects like the CLI: NEO4J_URI, else the local server on KG_NEO4J_PORT)
import { parseArgs } from 'node:util';

const dist = new URL('../dist/', import.meta.url);
const [{ loadConfig }, { openGraph }] = await Promise.all([
  import(new URL('config.js', dist).href),
  import(new URL('graph/driver.js', dist).href),
]);
const { values } = parseArgs({ options: { articles: { type: 'boolean' }, json: { type: 'boolean' } } });

const num = (x) => (x === null || x === undefined ? null : typeof x === 'number' ? x : x.toNumber());

const graph = await openGraph(loadConfig());
try {
  const res = await graph.read((tx) =>
    tx.run(
      `MATCH (i:Incident)
       CALL (i) {
         OPTIONAL MATCH (a:Article)-[c:COVERS]->(i)
         RETURN count(CASE WHEN c.reference IS NULL OR NOT c.reference THEN a END) AS reports,
                count(CASE WHEN c.reference THEN a END) AS refs,
                collect(CASE WHEN a IS NULL THEN null ELSE [coalesce(a.published, ''), coalesce(a.title, a.id), CASE WHEN c.reference THEN 'r' ELSE '' END] END) AS titles
       }
       CALL (i) {
         OPTIONAL MATCH (p:Entity)-[r:PARTICIPATED_IN]->(i) WHERE r.label IN ['perpetrator', 'victim']
         RETURN collect(DISTINCT CASE WHEN r.label = 'perpetrator' THEN p.name END) AS perpetrators,
                collect(DISTINCT CASE WHEN r.label = 'victim' THEN p.name END) AS victims
       }
       CALL (i) {
         OPTIONAL MATCH (i)-[:FOLLOW_UP_OF]->(t:Incident)
         RETURN collect(DISTINCT t.name) AS follows
       }
       CALL (i) {
         OPTIONAL MATCH (i)-[:PART_OF]->(t:Incident)
         RETURN collect(DISTINCT t.name) AS parts
       }
       CALL (i) {
         OPTIONAL MATCH (i)-[:LOCATED_IN]->(pl:Place)
         RETURN collect(DISTINCT pl.country)[0] AS country
       }
       RETURN i.key AS key, i.name AS name, i.kind AS kind, i.date AS date, i.datePeriod AS period,
              i.placeName AS place, country, i.lat AS lat, i.killed AS killed, i.injured AS injured,
              reports, refs, titles, perpetrators, victims, follows, parts
       ORDER BY coalesce(i.date, i.datePeriod, '9999'), i.name, i.key`,
    ),
  );
  const rows = res.records.map((r) => {
    const o = r.toObject();
    return {
      key: o.key,
      name: o.name,
      kind: o.kind,
      date: o.date ?? (o.period ? `~${o.period}` : null),
      place: o.place,
      country: o.country,
      located: o.lat !== null && o.lat !== undefined,
      killed: num(o.killed),
      injured: num(o.injured),
      reports: num(o.reports),
      references: num(o.refs),
      perpetrators: [...o.perpetrators].sort(),
      victims: [...o.victims].sort(),
      followUpOf: [...o.follows].sort(),
      partOf: [...o.parts].sort(),
      articles: o.titles.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)),
    };
  });
  if (values.json) {
    console.log(JSON.stringify({ incidents: rows.length, rows }, null, 2));
  } else {
    console.log(
      [
        'kind',
        'date',
        'place',
        'country',
        'xy',
        'reports',
        'refs',
        'killed',
        'perpetrators',
        'victims',
        'name',
        'follow-up of',
        'part of',
      ].join('\t'),
    );
    for (const r of rows) {
      console.log(
        [
          r.kind ?? '',
          r.date ?? '-',
          r.place ?? '-',
          r.country ?? '',
          r.located ? 'xy' : '',
          r.reports,
          r.references,
          r.killed ?? '',
          r.perpetrators.join('|'),
          r.victims.length > 3 ? `${r.victims.slice(0, 3).join('|')}|+${r.victims.length - 3}` : r.victims.join('|'),
          r.name,
          r.followUpOf.join('|'),
          r.partOf.join('|'),
        ].join('\t'),
      );
      if (values.articles) for (const [p, t, ref] of r.articles) console.log(`\t\t${ref || ' '} ${p} ${t}`);
    }
    const follow = rows.filter((r) => r.followUpOf.length).length;
    const parts = rows.filter((r) => r.partOf.length).length;
    const undated = rows.filter((r) => !r.date).length;
    const unplaced = rows.filter((r) => !r.place).length;
    console.log(
      `# ${rows.length} Incident nodes: ${follow} follow-ups linked, ${parts} parts of a series, ${undated} undated, ${unplaced} unplaced, ${rows.filter((r) => r.reports === 0).length} only referred to`,
    );
  }
} finally {
  await graph.close();
}
