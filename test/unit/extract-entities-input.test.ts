import { describe, expect, it } from 'vitest';
import { guardInput, maskMarkup, MAX_TEXT_CHARS } from '../../src/extract/input-guard.js';
import { makeDoc, MAX_SENTENCE_CHARS } from '../../src/extract/document.js';
import { findEntities } from '../../src/extract/entities.js';
import { res } from '../helpers/resources.js';

describe('guardInput', () => {
  it('flags empty and binary input as nothing to extract', () => {
    expect(guardInput('').skip).toBe(true);
    const junk = Array.from({ length: 4000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('');
    const g = guardInput(junk);
    expect(g.skip).toBe(true);
    expect(g.warnings.join()).toMatch(/binary/);
  });

  it('cuts over-long text and says so', () => {
    const g = guardInput('a b c. '.repeat(Math.ceil((MAX_TEXT_CHARS + 1000) / 7)));
    expect(g.text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    expect(g.warnings.join()).toMatch(/only the first/);
  });

  it('blanks HTML tags without moving offsets, and entities inside markup keep input offsets', () => {
    const html = '<p>The <b>FBI</b> arrested a man in <i>Chicago</i>.</p><script>var city = "London";</script>';
    const masked = maskMarkup(html);
    expect(masked.length).toBe(html.length);
    expect(masked).not.toMatch(/[<>]/);
    const g = guardInput(html);
    expect(g.warnings.join()).toMatch(/HTML/);
    const es = findEntities(makeDoc({ text: html }, res, g.text));
    expect(es.map((e) => e.name)).toEqual(expect.arrayContaining(['FBI', 'Chicago']));
    expect(es.some((e) => e.name === 'London')).toBe(false);
    for (const e of es) for (const m of e.mentions) expect(html.slice(m.start, m.end)).toBe(m.text);
  });

  it('keeps a name with character references whole, decoded in the name and key but not in the mention', () => {
    const html = '<p>President Fran&ccedil;ois Hollande visited the scene in Paris.</p>';
    const g = guardInput(html);
    const p = findEntities(makeDoc({ text: html }, res, g.text)).find((e) => e.type === 'person');
    expect(p?.name).toBe('François Hollande');
    expect(p?.key).toBe('person:francois hollande');
    expect(p?.mentions[0]!.text).toBe('Fran&ccedil;ois Hollande');
    expect(html.slice(p!.mentions[0]!.start, p!.mentions[0]!.end)).toBe(p!.mentions[0]!.text);
  });

  it('warns about right-to-left text but still reads the Latin part', () => {
    const text = 'قال مسؤولون إن التنظيم تبنى الهجوم في المدينة الكبيرة جدا اليوم. Officials in Baghdad said so.';
    const g = guardInput(text);
    expect(g.warnings.join()).toMatch(/right-to-left/);
    const es = findEntities(makeDoc({ text }, res, g.text));
    expect(es.find((e) => e.name === 'Baghdad')).toBeDefined();
    for (const e of es) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('cuts a long text with no sentence ends into bounded sentences and still reads it', () => {
    const text = 'officials in Paris and London met NATO envoys '.repeat(5000);
    const doc = makeDoc({ text }, res);
    expect(doc.sentences.length).toBeGreaterThanOrEqual(Math.ceil(text.trim().length / MAX_SENTENCE_CHARS));
    for (const s of doc.sentences) expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    const es = findEntities(doc);
    expect(es.find((e) => e.key === 'org:known:nato')).toBeDefined();
  });
});
