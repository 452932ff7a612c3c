// Starlight with its defaults: only the title and the language of the pages are set (Dutch, as
// the site's), so that both sites lay out the same text with the same hyphenation rules.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  integrations: [
    starlight({
      title: 'Sociaal Domein Maastricht',
      defaultLocale: 'root',
      locales: { root: { label: 'Nederlands', lang: 'nl' } },
    }),
  ],
});
