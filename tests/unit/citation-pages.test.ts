import { describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { loadCitationPages } from '../../src/lib/citation-pages';

const CONTENT = join(process.cwd(), 'content');

describe('loadCitationPages', () => {
  const pages = loadCitationPages(CONTENT, 'https://www.example.nl', '/sociaal-domein/');

  it('knows every document and chapter file, with its address under the base path', () => {
    const quickscan = pages.get(resolve(CONTENT, 'documents/quickscan-vng-2024.mdx'));
    expect(quickscan?.source).toMatchObject({
      title: 'Quick scan update bevindingen Visitatiecommissie',
      kind: 'Quick scan',
      issuer: 'Platform Sociaal Domein Regio Zuid en VNG',
    });
    expect(quickscan?.source.date.iso).toBe('2024-04-30');
    expect(quickscan?.url).toBe('https://www.example.nl/sociaal-domein/documenten/quickscan-vng-2024/');
  });

  it('gives a chapter its document and its own number and title', () => {
    const chapter = pages.get(resolve(CONTENT, 'chapters/sociale-visie-2040/waar-willen-we-naartoe.mdx'));
    expect(chapter?.source).toMatchObject({ title: 'Sociale Visie 2040', chapter: '3 Waar willen we naartoe?' });
    expect(chapter?.url).toBe(
      'https://www.example.nl/sociaal-domein/documenten/sociale-visie-2040/waar-willen-we-naartoe/',
    );
  });

  it('gives the path on the site as the address when no site URL is configured', () => {
    const bare = loadCitationPages(CONTENT, undefined, '/sociaal-domein/');
    expect(bare.get(resolve(CONTENT, 'documents/quickscan-vng-2024.mdx'))?.url).toBe(
      '/sociaal-domein/documenten/quickscan-vng-2024/',
    );
    expect(bare.size).toBe(pages.size);
  });
});
