/**
 * The chart downloads drawn at build time: a standalone SVG (title, unit, the notes shown under
 * the chart, source and, when the site's address is configured, the page's address drawn in;
 * styles embedded) and a PNG rendered from it with resvg. The PNG's type is
 * Noto Sans from the npm package @expo-google-fonts/noto-sans (TrueType files, which resvg
 * reads; Noto Sans is in the site's own font stack), never a font of the build machine, so
 * every build draws the same image.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { chartData, type ChartData } from './indicators';
import { standaloneSvg } from './charts/render';
import { publicAddress } from './site-address';

const require = createRequire(join(process.cwd(), 'package.json'));

export const PNG_FONT_FILES = [
  '400Regular/NotoSans_400Regular.ttf',
  '600SemiBold/NotoSans_600SemiBold.ttf',
  '700Bold/NotoSans_700Bold.ttf',
].map((f) => require.resolve(`@expo-google-fonts/noto-sans/${f}`));

/** "Bron: Sociale Visie 2040, 2 Waar staan we nu? (cijfers uit waarstaatjegemeente.nl)". */
export function sourceSentence(data: ChartData): string {
  return `Bron: ${data.sources.map((s) => `${s.text}${s.external ? ` (cijfers uit ${s.external})` : ''}`).join('; ')}`;
}

export async function chartSvgFile(id: string, site: URL | undefined): Promise<string> {
  const data = await chartData(id);
  // The page's address only when the site's address is configured: never the build's placeholder.
  const address = publicAddress(data.pageHref, site);
  return standaloneSvg(data.kind, data.indicators, {
    title: data.title,
    unit: [data.subtitle, data.unitLine].filter(Boolean).join(' '),
    source: `${sourceSentence(data)}. Grafiek: Sociaal Domein Maastricht`,
    address,
    notes: data.notes,
    description: data.description,
  });
}

/** The PNG at twice the SVG's size, for sharp print and slides. */
export function svgToPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: 2 },
    font: {
      fontFiles: PNG_FONT_FILES,
      loadSystemFonts: false,
      defaultFontFamily: 'Noto Sans',
      sansSerifFamily: 'Noto Sans',
    },
  });
  return resvg.render().asPng();
}
