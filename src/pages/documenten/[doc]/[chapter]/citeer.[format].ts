/** `/documenten/<doc>/<chapter>/citeer.bib` and `citeer.json`: a chapter's citation for reference managers. */
import type { APIRoute } from 'astro';
import { getLibrary, chaptersOf, chapterSlug, type ChapterEntry, type DocumentEntry } from '../../../../lib/content';
import { citationBibtex, citationCslJson } from '../../../../lib/citation';
import { pageCitationSource } from '../../../../lib/page-citation';

export async function getStaticPaths() {
  const lib = await getLibrary();
  return lib.documents.flatMap((doc) =>
    chaptersOf(lib, doc.id).flatMap((chapter) =>
      (['bib', 'json'] as const).map((format) => ({
        params: { doc: doc.id, chapter: chapterSlug(chapter), format },
        props: { doc, chapter },
      })),
    ),
  );
}

export const GET: APIRoute<{ doc: DocumentEntry; chapter: ChapterEntry }> = ({ props, params, site }) => {
  const source = pageCitationSource(props.doc, props.chapter, site);
  return params.format === 'bib'
    ? new Response(citationBibtex(source), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } })
    : new Response(citationCslJson(source), {
        headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' },
      });
};
