import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadSets, toCsv } from '../../../lib/downloads';

export const getStaticPaths = (async () =>
  (await downloadSets()).map((set) => ({ params: { id: set.id }, props: { set } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(toCsv((props.set as Awaited<ReturnType<typeof downloadSets>>[number]).indicators), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
