/**
 * The source files that hold more than one document (a letter with its annex in one file), so
 * /over/ can explain from the content itself why the site counts more documents than files.
 */

interface SourcedDocument {
  id: string;
  data: { sourceFile: string; order: number; annexOf?: { id: string } };
}

export interface SharedSourceFile<D extends SourcedDocument> {
  file: string;
  /** The file's documents: those that are no annex of another in the file first, then the annexes. */
  documents: D[];
}

export function sharedSourceFiles<D extends SourcedDocument>(documents: readonly D[]): SharedSourceFile<D>[] {
  const byFile = new Map<string, D[]>();
  for (const d of [...documents].sort((a, b) => a.data.order - b.data.order)) {
    byFile.set(d.data.sourceFile, [...(byFile.get(d.data.sourceFile) ?? []), d]);
  }
  return [...byFile]
    .filter(([, docs]) => docs.length > 1)
    .map(([file, docs]) => {
      const ids = new Set(docs.map((d) => d.id));
      const isAnnex = (d: D) => d.data.annexOf !== undefined && ids.has(d.data.annexOf.id);
      return { file, documents: [...docs.filter((d) => !isAnnex(d)), ...docs.filter(isAnnex)] };
    });
}

/** Whether a document of a shared file is an annex of another document in that file. */
export function isAnnexIn<D extends SourcedDocument>(group: SharedSourceFile<D>, d: D): boolean {
  return d.data.annexOf !== undefined && group.documents.some((o) => o.id === d.data.annexOf?.id);
}
