/** `/documenten/<doc>/citeer.bib` and `citeer.json`: the document's citation for reference managers. */
import type { APIRoute } from 'astro';
import { getLibrary, type DocumentEntry } from '../../../lib/content';
import { citationBibtex, citationCslJson } from '../../../lib/citation';
import { pageCitationSource } from '../../../lib/page-citation';

export async function getStaticPaths() {
  const lib = await getLibrary();
  return lib.documents.flatMap((doc) =>
    (['bib', 'json'] as const).map((format) => ({ params: { doc: doc.id, format }, props: { doc } })),
  );
}

export const GET: APIRoute<{ doc: DocumentEntry }> = ({ props, params, site }) => {
  const source = pageCitationSource(props.doc, undefined, site);
  return params.format === 'bib'
    ? new Response(citationBibtex(source), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } })
    : new Response(citationCslJson(source), {
        headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' },
      });
};
