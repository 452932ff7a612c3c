/**
 * The list of documents as a newcomer scans it: grouped by trajectory with the newest first (the
 * 2024 quick scan, not the 2021 vision, on top), and one sentence per document instead of the
 * whole summary (that stands on the document's page). Before, the list ran oldest first by year
 * and a phone showed 5 400 px of summaries for six documents.
 */
import { describe, expect, it } from 'vitest';
import { documentFrontmatter, documentIds } from '../support/data';
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { readBuilt } from '../support/site';
import { htmlText } from '../support/completeness';
import { countNl, firstSentence } from '../../src/lib/format';

const page = readBuilt('/documenten/');
const text = (html: string) => htmlText(html).replace(/\s+/g, ' ').trim();

describe('/documenten/', () => {
  it('lists every document once, the newest trajectory first', () => {
    const sections = page.split('<section').slice(1);
    const links = sections.map((s) => [...s.matchAll(/<h3 class="card__title"><a href="\/documenten\/([^/"]+)\/"/g)].map((m) => m[1]!));
    expect(links.flat().sort()).toEqual(documentIds().sort());
    const newest = (ids: string[]) => Math.max(...ids.map((id) => Number(documentFrontmatter(id).order)));
    const order = links.map(newest);
    expect(order).toEqual([...order].sort((a, b) => b - a));
    expect(links[0]).toContain('quickscan-vng-2024');
  });

  it('orders the documents within a trajectory as its introduction says: the presenting letter first, then by date', () => {
    // The introduction said "het nieuwste bovenaan" while the documents of a trajectory ran oldest first.
    expect(text(/<p class="lead">([\s\S]*?)<\/p>/.exec(page)![1]!)).toContain(
      'Per traject, het nieuwste traject bovenaan; daarin eerst de brief die de stukken aanbiedt, dan de stukken op datum.',
    );
    for (const section of page.split('<section').slice(1)) {
      const ids = [...section.matchAll(/<h3 class="card__title"><a href="\/documenten\/([^/"]+)\/"/g)].map((m) => m[1]!);
      if (ids.length < 2) continue;
      const [first, ...rest] = ids as [string, ...string[]];
      const presents = documentFrontmatter(first).kind === 'aanbiedingsbrief' || rest.some((id) => documentFrontmatter(id).annexOf === first);
      expect(presents, `${first} biedt de stukken niet aan`).toBe(true);
      const dates = rest.map((id) => String(documentFrontmatter(id).date));
      expect(dates, ids.join(', ')).toEqual([...dates].sort());
    }
  });

  it('groups each document under the trajectory its frontmatter names, headed by the trajectory’s name', () => {
    const trajectories = yaml.load(readFileSync('content/trajectories/trajectories.yaml', 'utf8')) as Array<{
      id: string;
      name: string;
    }>;
    const names = new Map(trajectories.map((t) => [t.id, t.name]));
    for (const section of page.split('<section').slice(1)) {
      const heading = text(/<h2[^>]*>([\s\S]*?)<\/h2>/.exec(section)![1]!);
      for (const [, id] of section.matchAll(/<h3 class="card__title"><a href="\/documenten\/([^/"]+)\/"/g)) {
        const trajectory = documentFrontmatter(id!).trajectory as string | undefined;
        expect(heading, id).toBe(trajectory ? names.get(trajectory) : 'Overige documenten');
      }
    }
  });

  it('says in the card, in words, when the editors gave a document its title (here and on the home page)', () => {
    for (const path of ['/', '/documenten/']) {
      const cards = readBuilt(path).split(/<li class="card[^"]*">/).slice(1);
      for (const id of documentIds()) {
        const card = cards.find((c) => c.includes(`href="/documenten/${id}/"`));
        expect(card, `${path} ${id}`).toBeDefined();
        const meta = text(/<p class="card__meta">([\s\S]*?)<\/p>/.exec(card!)![1]!);
        expect(meta.endsWith(', titel van de redactie'), `${path} ${id}: ${meta}`).toBe(
          documentFrontmatter(id).titleNote !== undefined,
        );
      }
    }
  });

  it('counts the documents it lists the same way in the footer, on /over/ and in its description', () => {
    const n = countNl(documentIds().length);
    const sourceFiles = countNl(new Set(documentIds().map((id) => documentFrontmatter(id).sourceFile)).size);
    expect(text(readBuilt('/'))).toContain(`Deze site maakt ${n} openbare documenten`);
    expect(text(readBuilt('/over/'))).toContain(`De site gebruikt ${sourceFiles} openbare bronbestanden.`);
    expect(text(readBuilt('/over/'))).toContain(`Daarom telt de site ${n} documenten.`);
    // The file that holds two documents is named from the content, each document linked.
    const shared = documentIds().filter(
      (id) => documentIds().filter((o) => documentFrontmatter(o).sourceFile === documentFrontmatter(id).sourceFile).length > 1,
    );
    const sources = /<h2 id="bronnen">[\s\S]*?<\/p>/.exec(readBuilt('/over/'))![0];
    expect(sources).toContain(`Eén daarvan bevat ${countNl(shared.length)} documenten:`);
    for (const id of shared) expect(sources).toContain(`href="/documenten/${id}/"`);
    expect(page).toContain(`content="Alle ${n} documenten`);
  });

  it('shows the first sentence of each summary, marked as the editors’', () => {
    const cards = [...page.matchAll(/<p class="card__text">([\s\S]*?)<\/p>/g)].map((m) => m[1]!);
    expect(cards).toHaveLength(documentIds().length);
    for (const card of cards) {
      expect(card).toContain('editorial-label');
      // A number range is kept on one line (KeepRanges): its span is not a word boundary.
      const plain = card.replace(/<span class="nowrap">([^<]*)<\/span>/g, '$1');
      const sentence = text(plain.replace(/<span class="editorial-label"[\s\S]*?<\/span>/, ''));
      expect(firstSentence(sentence), sentence).toBe(sentence);
      expect(documentIds().some((id) => text(String(documentFrontmatter(id).summary)).startsWith(sentence))).toBe(true);
    }
  });
});
