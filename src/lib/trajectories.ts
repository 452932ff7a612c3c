/**
 * The documents grouped by the trajectory they belong to (content/trajectories/), as GOV.UK groups
 * a collection: the documents of one decision or report together in their order (the `order` of their
 * frontmatter: the letter that presents the documents first, then the documents by date, as
 * /documenten/ says), the newest trajectory first. A document without a trajectory goes under "Overige documenten", so a
 * new document is listed even before the editors place it.
 */

interface GroupedDocument {
  id: string;
  data: { order: number; trajectory?: { id: string } };
}

interface Trajectory {
  id: string;
  data: { name: string };
}

export interface DocumentGroup<D extends GroupedDocument> {
  /** The trajectory's id, or "overig" for the documents without one. */
  id: string;
  /** The trajectory's editorial name. */
  heading: string;
  documents: D[];
}

export const OTHER_DOCUMENTS = { id: 'overig', heading: 'Overige documenten' } as const;

export function documentGroups<D extends GroupedDocument>(
  documents: readonly D[],
  trajectories: readonly Trajectory[],
): DocumentGroup<D>[] {
  const byOrder = [...documents].sort((a, b) => a.data.order - b.data.order);
  const groups: DocumentGroup<D>[] = [
    ...trajectories.map((t) => ({
      id: t.id,
      heading: t.data.name,
      documents: byOrder.filter((d) => d.data.trajectory?.id === t.id),
    })),
    { ...OTHER_DOCUMENTS, documents: byOrder.filter((d) => !d.data.trajectory) },
  ];
  const newest = (g: DocumentGroup<D>) => Math.max(...g.documents.map((d) => d.data.order));
  return groups.filter((g) => g.documents.length > 0).sort((a, b) => newest(b) - newest(a));
}
