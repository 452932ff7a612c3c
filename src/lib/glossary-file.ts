/**
 * The glossary file, read and validated once for everything that runs outside Astro's content
 * layer: the Markdown plugins (configured in astro.config.mjs), the search index step and the
 * tests. It uses the same schema as the content collection (src/schemas/glossary.ts), with
 * references checked as plain ids here (the content layer checks that they exist), so a bad
 * entry fails with the file, the field and what was expected, wherever it is read first.
 *
 * Plain imports with extensions: Node loads this directly (type stripping), without Vite.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import { z } from 'astro/zod';
import { glossarySchema, type GlossaryTerm } from '../schemas/glossary.ts';

/** A problem in a content data file, said for people: which file, which field, what is wrong. */
export class ContentFileError extends Error {
  constructor(file: string, problems: string[]) {
    super(`${relative(process.cwd(), file)} klopt niet:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ContentFileError';
  }
}

/** A reference as an id only: what `reference()` gives inside Astro, without the existence check. */
const idRef = (collection: string) =>
  z.string({ error: `verwacht een id uit ${collection}` }).transform((id) => ({ id, collection }));

const fileSchema = z
  .array(glossarySchema({ documents: idRef('documents'), chapters: idRef('chapters'), themes: idRef('themes') }), {
    error: 'verwacht een lijst van begrippen',
  })
  .superRefine((terms, ctx) => {
    const ids = new Set<string>();
    const forms = new Map<string, string>();
    terms.forEach((t, i) => {
      if (ids.has(t.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `id "${t.id}" komt twee keer voor` });
      ids.add(t.id);
      for (const f of [t.term, ...t.abbreviations, ...t.variants, ...t.synonyms]) {
        const owner = forms.get(f);
        if (owner && owner !== t.id) {
          ctx.addIssue({
            code: 'custom',
            path: [i],
            message: `"${f}" hoort al bij begrip "${owner}"; elke schrijfwijze hoort bij één begrip`,
          });
        }
        forms.set(f, t.id);
      }
    });
  });

const cache = new Map<string, GlossaryTerm[]>();

/** The validated glossary of a content folder (content/glossary/glossary.yaml), read once per process. */
export function loadGlossary(contentDir: string): GlossaryTerm[] {
  const file = join(contentDir, 'glossary/glossary.yaml');
  const hit = cache.get(file);
  if (hit) return hit;
  if (!existsSync(file)) throw new ContentFileError(file, ['het bestand ontbreekt']);
  let data: unknown;
  try {
    data = yaml.load(readFileSync(file, 'utf8'), { filename: file });
  } catch (e) {
    throw new ContentFileError(file, [e instanceof Error ? e.message : String(e)]);
  }
  const parsed = fileSchema.safeParse(data ?? []);
  if (!parsed.success) {
    throw new ContentFileError(
      file,
      parsed.error.issues.map((i) => `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`),
    );
  }
  // Theme ids are checked here too (the content layer checks them later, less plainly): an entry
  // with an unknown theme fails naming the entry, the field and the themes there are.
  const themesFile = join(contentDir, 'themes/themes.yaml');
  if (existsSync(themesFile)) {
    const known = new Set(
      ((yaml.load(readFileSync(themesFile, 'utf8')) as { id: string }[] | null) ?? []).map((t) => t.id),
    );
    const problems = parsed.data.flatMap((t, i) =>
      t.themes
        .filter((r) => !known.has(r.id))
        .map(
          (r) => `${i}.themes (begrip "${t.id}"): onbekend thema "${r.id}"; verwacht een van: ${[...known].join(', ')}`,
        ),
    );
    if (problems.length) throw new ContentFileError(file, problems);
  }
  cache.set(file, parsed.data);
  return parsed.data;
}
