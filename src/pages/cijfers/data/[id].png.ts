import type { APIRoute, GetStaticPaths } from 'astro';
import { getCharts } from '../../../lib/indicators';
import { chartSvgFile, svgToPng } from '../../../lib/chart-files';

export const getStaticPaths = (async () =>
  (await getCharts()).map((c) => ({ params: { id: c.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  new Response(new Uint8Array(svgToPng(await chartSvgFile(String(params.id), site))), {
    headers: { 'content-type': 'image/png' },
  });
