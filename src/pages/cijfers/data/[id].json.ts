import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadSets, toJson } from '../../../lib/downloads';

export const getStaticPaths = (async () =>
  (await downloadSets()).map((set) => ({ params: { id: set.id }, props: { set } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(toJson((props.set as Awaited<ReturnType<typeof downloadSets>>[number]).indicators), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
