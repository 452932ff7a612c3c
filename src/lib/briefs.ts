/** The editorial one-line briefs of the findings table, checked against the findings. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentError } from './integrity';
import type { FindingEntry } from './content';

export type FindingBrief = CollectionEntry<'findingBriefs'>['data'];

const FILE = 'content/findings/briefs.yaml';

/**
 * The brief of every finding, by finding id. A finding without a brief, or a brief whose id is
 * no finding, fails the build with the file and the ids.
 */
export async function briefsFor(findings: readonly FindingEntry[]): Promise<Map<string, FindingBrief>> {
  const briefs = await getCollection('findingBriefs');
  const byId = new Map(briefs.map((b) => [b.id, b.data]));
  const ids = new Set(findings.map((f) => f.id));
  const problems = [
    ...findings
      .filter((f) => !byId.has(f.id))
      .map(
        (f) =>
          `${FILE}: de bevinding "${f.id}" heeft geen korte samenvatting; voeg "- id: ${f.id}" toe met assessment2024 (en finding2021 waar de brief die samenvat)`,
      ),
    ...briefs
      .filter((b) => !ids.has(b.id))
      .map((b) => `${FILE}: "${b.id}" is geen bevinding in content/findings/findings.yaml`),
    ...findings
      .filter((f) => f.data.finding2021.length === 0 && byId.get(f.id)?.finding2021)
      .map((f) => `${FILE}: "${f.id}" heeft een finding2021, maar de bevinding citeert geen bevinding uit 2021`),
  ];
  if (problems.length) throw new ContentError(problems);
  return byId;
}
