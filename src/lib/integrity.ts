/**
 * Cross-reference checks that make the build fail. Astro's content layer only logs a
 * reference to a missing entry; this site treats it as an error that names the file, the
 * field and what was expected.
 */

export interface Ref {
  id: string;
  collection: string;
}

export interface CheckedEntry {
  id: string;
  collection: string;
  filePath?: string;
  data: Record<string, unknown>;
}

function isRef(value: unknown): value is Ref {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Ref).id === 'string' &&
    typeof (value as Ref).collection === 'string'
  );
}

/** Every reference inside an entry's data, with the field path where it stands. */
export function findRefs(value: unknown, path = ''): Array<{ path: string; ref: Ref }> {
  if (isRef(value)) return [{ path, ref: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => findRefs(v, `${path}[${i}]`));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([k, v]) => findRefs(v, path ? `${path}.${k}` : k));
  }
  return [];
}

/**
 * Returns one message per dangling reference. `known` maps a collection name to the ids
 * it holds.
 */
export function danglingReferences(
  entries: readonly CheckedEntry[],
  known: ReadonlyMap<string, ReadonlySet<string>>,
): string[] {
  const problems: string[] = [];
  for (const entry of entries) {
    for (const { path, ref } of findRefs(entry.data)) {
      const ids = known.get(ref.collection);
      if (ids && !ids.has(ref.id)) {
        const where = entry.filePath ?? `${entry.collection}/${entry.id}`;
        const options = [...ids]
          .sort()
          .map((id) => `"${id}"`)
          .join(', ');
        problems.push(
          `${where}: veld "${path}" verwijst naar "${ref.id}" in "${ref.collection}", maar die bestaat niet. Verwacht een van: ${options}`,
        );
      }
    }
  }
  return problems;
}

export class ContentError extends Error {
  constructor(problems: readonly string[]) {
    super(`Fouten in de inhoud (${problems.length}):\n- ${problems.join('\n- ')}`);
    this.name = 'ContentError';
  }
}
