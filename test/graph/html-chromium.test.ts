import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportHtml, type MentionType } from '../../src/index.js';
import { TYPE_STYLES } from '../../src/graph/exporters/palette.js';
import { analyzeFixture, GOLD } from '../resolve/fixture.js';
import { dumpDom, hasChromium, pngSize, screenshot } from './chromium.js';

const OUT = new URL('../../test-output/', import.meta.url);
const page = new URL('fixture-page.html', OUT).pathname;
const probe = new URL('fixture-page.probe.html', OUT).pathname;

/**
 * Appended to a copy of the page: records what Chromium actually rendered — each mark's computed
 * colours and size, where the text and the graph sit, and whether the page scrolls sideways — as
 * attributes that --dump-dom then shows.
 */
const PROBE = `<script>
document.querySelectorAll('mark').forEach(function (m) {
  var s = getComputedStyle(m), r = m.getBoundingClientRect();
  m.setAttribute('data-probe', s.backgroundColor + '|' + s.boxShadow + '|' + Math.round(r.width) + 'x' + Math.round(r.height));
});
var text = document.querySelector('.text').getBoundingClientRect(), graph = document.querySelector('svg.graph').getBoundingClientRect();
document.body.setAttribute('data-probe', [getComputedStyle(document.querySelector('.text')).direction, Math.round(text.left), Math.round(text.right), Math.round(text.bottom),
  Math.round(graph.left), Math.round(graph.right), Math.round(graph.top), Math.round(graph.width), document.documentElement.scrollWidth - document.documentElement.clientWidth].join(' '));
</script>`;

const rgb = (hex: string): string => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

interface RenderedMark { type: string; text: string; background: string; shadow: string; size: string }

function renderedMarks(dom: string): RenderedMark[] {
  return [...dom.matchAll(/<mark ([^>]*)>([^<]*)<\/mark>/g)].map(([, attrs, text]) => {
    const attr = (name: string): string => new RegExp(`${name}="([^"]*)"`).exec(attrs!)?.[1] ?? '';
    const [background, shadow, size] = attr('data-probe').split('|');
    return { type: attr('data-type'), text: text!, background: background!, shadow: shadow!, size: size! };
  });
}

function bodyProbe(dom: string): number[] & { direction?: string } {
  const [direction, ...numbers] = /<body[^>]*data-probe="([^"]*)"/.exec(dom)![1]!.split(' ');
  return Object.assign(numbers.map(Number), { direction });
}

describe.skipIf(!hasChromium)('the HTML page in headless Chromium (/usr/bin/chromium)', () => {
  mkdirSync(OUT, { recursive: true });
  const html = exportHtml(analyzeFixture());
  writeFileSync(page, html);
  writeFileSync(probe, html.replace('</body>', `${PROBE}</body>`));

  it('highlights every gold entity of the article with the colours of its type', () => {
    const marks = renderedMarks(dumpDom(probe));
    expect(marks.length).toBeGreaterThanOrEqual(GOLD.mentions.length);
    for (const entity of GOLD.entities) {
      const texts = GOLD.mentions.filter((m) => m.entity === entity.id).map((m) => m.text);
      const style = TYPE_STYLES[entity.type as MentionType];
      const shown = marks.filter((m) => m.type === entity.type && texts.includes(m.text));
      expect(shown.length, `${entity.id} (${entity.canonical}) highlighted as ${entity.type}`).toBeGreaterThan(0);
      for (const m of shown) {
        expect(m.background, entity.id).toBe(rgb(style.background));
        expect(m.shadow, entity.id).toContain(rgb(style.accent));
        expect(m.size, entity.id).toMatch(/^[1-9]\d*x[1-9]\d*$/);
      }
    }
  }, 120_000);

  it('sets the text right to left beside the graph on a desktop, with nothing scrolling sideways', () => {
    const p = bodyProbe(dumpDom(probe, 1280, 2000));
    const [textLeft, , , graphLeft, graphRight, , graphWidth, overflow] = p;
    expect(p.direction).toBe('rtl');
    expect(graphRight! <= textLeft!, 'the graph sits to the left of the text').toBe(true);
    expect(graphLeft).toBeGreaterThanOrEqual(0);
    expect(graphWidth).toBeGreaterThan(400);
    expect(overflow).toBe(0);
  }, 120_000);

  it('stacks the graph under the text on a narrow screen', () => {
    // 500 px: Chromium's smallest headless window; the page switches to one column below 900 px
    const [, , textBottom, , , graphTop, , overflow] = bodyProbe(dumpDom(probe, 500, 1400));
    expect(graphTop).toBeGreaterThan(textBottom!);
    expect(overflow).toBe(0);
  }, 120_000);

  it('saves a screenshot under test-output/', () => {
    const png = new URL('fixture-page.png', OUT).pathname;
    screenshot(page, png, 1280, 2000);
    expect(pngSize(readFileSync(png))).toEqual({ width: 1280, height: 2000 });
  }, 120_000);
});

it.skipIf(hasChromium)('skips the Chromium page tests: /usr/bin/chromium is not installed (apt-get install -y chromium)', () => {});
