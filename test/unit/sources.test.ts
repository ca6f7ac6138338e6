import { describe, expect, it } from 'vitest';
import { parsePublished, parsePublishedAt } from '../../src/sources/dates.js';
import { decodeText, parseFile } from '../../src/sources/parse.js';
import { looksLikeHeadline, markdownToText } from '../../src/sources/text-formats.js';
import { htmlFragmentToText, parseHtmlPage } from '../../src/sources/html-text.js';

const enc = (s: string) => new TextEncoder().encode(s);
const parse = (file: string, s: string) => parseFile(file, enc(s));

describe('parsePublishedAt', () => {
  it('gives the UTC instant when a time of day and its zone are written', () => {
    expect(parsePublishedAt('2025-06-10T23:30:00-05:00')).toBe('2025-06-11T04:30:00.000Z');
    expect(parsePublishedAt('2025-06-10T08:05Z')).toBe('2025-06-10T08:05:00.000Z');
    expect(parsePublishedAt('Tue, 10 Jun 2025 14:00:00 +0100')).toBe('2025-06-10T13:00:00.000Z');
    expect(parsePublishedAt('Mon, 01 Dec 99 10:00 GMT')).toBe('1999-12-01T10:00:00.000Z');
  });
  it('is null for a bare date, a time without a zone, or no date at all', () => {
    expect(parsePublishedAt('2025-06-10')).toBeNull();
    expect(parsePublishedAt('2025-06-10T08:05:00')).toBeNull();
    expect(parsePublishedAt('June 10, 2025')).toBeNull();
    expect(parsePublishedAt('10:00 GMT')).toBeNull();
    expect(parsePublishedAt('2025-02-30T10:00:00Z')).toBeNull();
  });
});

describe('parsePublished', () => {
  it('reads ISO dates and date-times as written', () => {
    expect(parsePublished('2025-06-10')).toBe('2025-06-10');
    expect(parsePublished('2025-06-10T23:30:00-05:00')).toBe('2025-06-10');
    expect(parsePublished('20250610')).toBe('2025-06-10');
  });
  it('reads RFC 822 dates with and without weekday, and two-digit years', () => {
    expect(parsePublished('Tue, 10 Jun 2025 14:00:00 +0100')).toBe('2025-06-10');
    expect(parsePublished('3 Sept 2024')).toBe('2024-09-03');
    expect(parsePublished('Mon, 01 Dec 99 10:00 GMT')).toBe('1999-12-01');
    expect(parsePublished('June 10, 2025')).toBe('2025-06-10');
  });
  it('rejects impossible and non-dates', () => {
    expect(parsePublished('2025-02-30')).toBeNull();
    expect(parsePublished('31 Foo 2025')).toBeNull();
    expect(parsePublished('yesterday')).toBeNull();
    expect(parsePublished('')).toBeNull();
  });
});

describe('decodeText', () => {
  it('refuses empty, whitespace-only, NUL-containing and invalid UTF-8 input', () => {
    expect(decodeText(new Uint8Array())).toEqual({ ok: false, reason: 'empty file' });
    expect(decodeText(enc('  \n\t '))).toMatchObject({ ok: false, reason: expect.stringContaining('whitespace') });
    expect(decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('binary'),
    });
    expect(decodeText(new Uint8Array([0x61, 0xff, 0xfe, 0x62]))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('UTF-8'),
    });
  });
  it('strips a BOM', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69]))).toEqual({ ok: true, text: 'hi' });
  });
});

describe('.txt', () => {
  it('takes a headline-like first line as the title and the rest as text', () => {
    const r = parse(
      'a/b.txt',
      'Police raid flat in Leeds\r\n\r\nOfficers arrested two men on Tuesday.\r\nA second paragraph.\n',
    );
    expect(r.failures).toEqual([]);
    expect(r.articles).toHaveLength(1);
    const a = r.articles[0]!;
    expect(a.title).toBe('Police raid flat in Leeds');
    expect(a.text).toBe('Officers arrested two men on Tuesday.\nA second paragraph.');
    expect(a.origin).toEqual({ file: 'a/b.txt', item: 0 });
    expect(a.published).toBeNull();
  });
  it('keeps a prose first line as text', () => {
    const r = parse('x.txt', 'LONDON (Reuters) - Police said two men were held.\nMore text here.');
    expect(r.articles[0]!.title).toBeNull();
    expect(r.articles[0]!.text.startsWith('LONDON (Reuters)')).toBe(true);
  });
  it('takes date and outlet from the dateline, else the date from the file name', () => {
    const r = parse(
      'seeds/2014-02-26-x.txt',
      'Men sentenced\n\nLONDON, 26 February 2014 (Crossroads Dispatch) - Two men were sentenced.\n',
    );
    expect(r.articles[0]).toMatchObject({ published: '2014-02-26', source: 'Crossroads Dispatch' });
    const r2 = parse(
      'd/2016-07-15-nice.txt',
      'Truck attack\n\nNICE, France (Crossroads Dispatch, from Northline Wire) - A truck hit a crowd.\n',
    );
    expect(r2.articles[0]).toMatchObject({ published: '2016-07-15', source: 'Crossroads Dispatch' });
    const r3 = parse('notes.txt', 'Plain\n\nNothing here names an outlet - or a date.\n');
    expect(r3.articles[0]).toMatchObject({ published: null, source: null });
  });
  it('headline heuristic', () => {
    expect(looksLikeHeadline('Man charged over Manchester plot')).toBe(true);
    expect(looksLikeHeadline('The man, who cannot be named, appeared in court on Monday morning.')).toBe(false);
    expect(looksLikeHeadline('x'.repeat(200))).toBe(false);
  });
  it('an empty or binary file is a failure naming the file', () => {
    expect(parse('empty.txt', '')).toEqual({ articles: [], failures: [{ file: 'empty.txt', reason: 'empty file' }] });
    const junk = parseFile('junk.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff]));
    expect(junk.articles).toEqual([]);
    expect(junk.failures[0]!.file).toBe('junk.txt');
  });
});

describe('.md', () => {
  it('reads front matter, with an unquoted YAML date', () => {
    const md =
      '---\ntitle: "Arrests in Paris"\npublished: 2025-03-04\nsource: Le Monde\nurl: https://example.org/a\n---\n# Arrests in Paris\n\nPolice **arrested** three [suspects](https://x.y) on *Monday*.\n\n- first point\n';
    const r = parse('p.md', md);
    expect(r.failures).toEqual([]);
    const a = r.articles[0]!;
    expect(a).toMatchObject({
      title: 'Arrests in Paris',
      published: '2025-03-04',
      source: 'Le Monde',
      url: 'https://example.org/a',
    });
    expect(a.text).toBe('Arrests in Paris\n\nPolice arrested three suspects on Monday.\n\nfirst point');
  });
  it('uses the first heading as title when front matter has none', () => {
    const r = parse('q.md', '# Siege ends in Lyon\n\nThe siege ended.\n');
    expect(r.articles[0]).toMatchObject({ title: 'Siege ends in Lyon', text: 'The siege ended.' });
  });
  it('broken front matter is a failure with the reason', () => {
    const r = parse('bad.md', '---\ntitle: [unclosed\n---\nBody text.\n');
    expect(r.articles).toEqual([]);
    expect(r.failures[0]).toMatchObject({ file: 'bad.md', reason: expect.stringContaining('front matter') });
  });
  it('front matter without body is a failure for missing text', () => {
    const r = parse('nobody.md', '---\ntitle: Only a title\n---\n');
    expect(r.failures[0]).toMatchObject({ file: 'nobody.md', item: 0, reason: expect.stringContaining('no text') });
  });
  it('markdownToText drops code fences and images', () => {
    expect(markdownToText('A ![pic](p.png) b\n```\ncode\n```\n`x` c')).toBe('A  b\nx c');
  });
});

describe('.html', () => {
  const page = `<!doctype html><html><head>
    <title>Bomb plot foiled | The Courier</title>
    <meta property="og:site_name" content="The Courier">
    <meta property="article:published_time" content="2024-11-02T08:00:00Z">
    <link rel="canonical" href="https://courier.example/plot">
    <style>p { color: red }</style>
    <script>var p = "<p>not text</p>";</script>
  </head><body>
    <nav><p>Home | World | Sport</p></nav>
    <article><h1>Bomb plot foiled</h1>
      <p>Police in <b>Hamburg</b> said on Friday &amp; Saturday that a plot was foiled.</p>
      <script>track()</script>
      <p>Two men were<br>arrested.</p>
    </article>
    <footer><p>Copyright</p></footer>
  </body></html>`;

  it('reads metadata and the article body with paragraphs, without scripts, styles or navigation', () => {
    const r = parse('page.html', page);
    expect(r.failures).toEqual([]);
    const a = r.articles[0]!;
    expect(a).toMatchObject({
      title: 'Bomb plot foiled',
      published: '2024-11-02',
      source: 'The Courier',
      url: 'https://courier.example/plot',
    });
    // the <h1> repeating the title is not repeated in the body
    expect(a.text).toBe(
      'Police in Hamburg said on Friday & Saturday that a plot was foiled.\n\nTwo men were\narrested.',
    );
    expect(a.text).not.toMatch(/track|color|not text|Home|Copyright/);
  });
  it('falls back to <p>s when there is no <article>', () => {
    const p = parseHtmlPage('<html><body><div>menu junk</div><p>One.</p><div><p>Two.</p></div></body></html>');
    expect(p.text).toBe('One.\n\nTwo.');
  });
  it('an HTML page that is only scripts has no text and fails', () => {
    const r = parse('s.htm', '<html><head><script>alert(1)</script></head><body><script>x()</script></body></html>');
    expect(r.articles).toEqual([]);
    expect(r.failures[0]).toMatchObject({ file: 's.htm', reason: expect.stringContaining('no text') });
  });
  it('fragment text keeps block breaks', () => {
    expect(htmlFragmentToText('<p>A &lt;b&gt;</p><ul><li>x</li><li>y</li></ul>')).toBe('A <b>\n\nx\n\ny');
  });
});

describe('.json and .jsonl', () => {
  it('one object, an array, and {articles: []}', () => {
    expect(
      parse('one.json', JSON.stringify({ text: 'Body.', title: 'T', date: 'Tue, 10 Jun 2025 14:00:00 +0100' }))
        .articles[0],
    ).toMatchObject({ text: 'Body.', title: 'T', published: '2025-06-10' });
    const arr = parse(
      'arr.json',
      JSON.stringify([{ text: 'A.' }, { body: 'B.', link: 'http://b' }, { title: 'no text' }, 7]),
    );
    expect(arr.articles.map((a) => [a.text, a.origin.item])).toEqual([
      ['A.', 0],
      ['B.', 1],
    ]);
    expect(arr.articles[1]!.url).toBe('http://b');
    expect(arr.failures).toEqual([
      { file: 'arr.json', item: 2, reason: expect.stringContaining('text') },
      { file: 'arr.json', item: 3, reason: 'item 3 is not an article object' },
    ]);
    expect(parse('w.json', JSON.stringify({ articles: [{ text: 'W.' }] })).articles).toHaveLength(1);
  });
  it('broken JSON is a failure naming the file', () => {
    const r = parse('broken.json', '{"text": "unterminated');
    expect(r.articles).toEqual([]);
    expect(r.failures).toEqual([{ file: 'broken.json', reason: expect.stringMatching(/^not valid JSON/) }]);
  });
  it('jsonl: each line stands alone; a broken line names its line number', () => {
    const r = parse('l.jsonl', '{"text":"One."}\n\n{broken\n{"text":"Three.","source":"AP"}\n[1]\n');
    expect(r.articles.map((a) => [a.text, a.origin.item, a.source])).toEqual([
      ['One.', 0, null],
      ['Three.', 3, 'AP'],
    ]);
    expect(r.failures.map((f) => [f.item, f.reason.slice(0, 7)])).toEqual([
      [2, 'line 3:'],
      [4, 'line 5:'],
    ]);
  });
});

describe('feeds', () => {
  const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
    <title>Security Wire</title>
    <item><title>Raid in Oslo</title><link>https://w.example/1</link><pubDate>Wed, 05 Mar 2025 10:00:00 GMT</pubDate>
      <description>Short.</description>
      <content:encoded><![CDATA[<p>Police raided a flat in <a href="#">Oslo</a>.</p><script>x()</script><p>One held.</p>]]></content:encoded></item>
    <item><title>Only description</title><description>&lt;p&gt;Escaped &amp;amp; HTML.&lt;/p&gt;</description></item>
    <item><title>No body</title></item>
  </channel></rss>`;
  it('RSS 2.0 items: content:encoded preferred, HTML stripped, channel title as source', () => {
    const r = parse('feed.rss', rss);
    expect(r.articles).toHaveLength(2);
    expect(r.articles[0]).toMatchObject({
      title: 'Raid in Oslo',
      url: 'https://w.example/1',
      published: '2025-03-05',
      source: 'Security Wire',
      text: 'Police raided a flat in Oslo.\n\nOne held.',
      origin: { file: 'feed.rss', item: 0 },
    });
    expect(r.articles[1]!.text).toBe('Escaped & HTML.');
    expect(r.failures).toEqual([{ file: 'feed.rss', item: 2, reason: expect.stringMatching(/^item 2: .*no text/) }]);
  });
  it('Atom entries', () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title>
      <entry><title type="html">Arrest &amp; charge</title><link rel="alternate" href="https://a.example/e1"/><published>2025-01-02T03:04:05Z</published>
        <content type="html">&lt;p&gt;A man was charged.&lt;/p&gt;</content></entry></feed>`;
    const r = parse('f.atom', atom);
    expect(r.failures).toEqual([]);
    expect(r.articles[0]).toMatchObject({
      title: 'Arrest & charge',
      url: 'https://a.example/e1',
      published: '2025-01-02',
      source: 'Atom Wire',
      text: 'A man was charged.',
    });
  });
  it('a feed without items, a non-feed XML file and malformed XML are failures', () => {
    expect(parse('e.rss', '<rss version="2.0"><channel><title>x</title></channel></rss>').failures).toEqual([
      { file: 'e.rss', reason: 'RSS feed has no items' },
    ]);
    expect(parse('n.xml', '<note><to>x</to></note>').failures[0]!.reason).toMatch(/not an RSS or Atom feed/);
    expect(parse('m.xml', '<rss><channel><item></channel>').failures[0]!.reason).toMatch(/not well-formed XML/);
  });
});

describe('parseFile', () => {
  it('names an unsupported type', () => {
    expect(parse('x.pdf', 'abc').failures[0]).toMatchObject({
      file: 'x.pdf',
      reason: expect.stringContaining('unsupported file type ".pdf"'),
    });
  });
});

describe('outletOfFeedTitle', () => {
  it('takes the outlet from a section feed title, so a section feed is not a second outlet', async () => {
    const { outletOfFeedTitle } = await import('../../src/sources/feeds.js');
    expect(outletOfFeedTitle('Northline Wire - Security')).toBe('Northline Wire');
    expect(outletOfFeedTitle('Daily Post | World')).toBe('Daily Post');
    expect(outletOfFeedTitle('Security Wire')).toBe('Security Wire');
    expect(outletOfFeedTitle('Eastgate-Ledger')).toBe('Eastgate-Ledger');
    expect(outletOfFeedTitle(undefined)).toBeUndefined();
  });
});
