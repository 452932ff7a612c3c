import { describe, expect, it } from 'vitest';
import { documentGroups } from '../../src/lib/trajectories';

const doc = (id: string, order: number, trajectory?: string) => ({
  id,
  data: { order, ...(trajectory ? { trajectory: { id: trajectory } } : {}) },
});
const trajectory = (id: string, name: string) => ({ id, data: { name } });

describe('documentGroups', () => {
  const trajectories = [trajectory('oud', 'Oud traject'), trajectory('nieuw', 'Nieuw traject')];

  it('puts the documents of a trajectory together in order, the newest trajectory first', () => {
    const groups = documentGroups(
      [doc('c', 3, 'nieuw'), doc('a', 1, 'oud'), doc('d', 4, 'nieuw'), doc('b', 2, 'oud')],
      trajectories,
    );
    expect(groups.map((g) => [g.id, g.heading, g.documents.map((d) => d.id)])).toEqual([
      ['nieuw', 'Nieuw traject', ['c', 'd']],
      ['oud', 'Oud traject', ['a', 'b']],
    ]);
  });

  it('ranks a trajectory by its newest document, not by the order of the trajectories file', () => {
    const groups = documentGroups([doc('a', 1, 'nieuw'), doc('b', 5, 'oud')], trajectories);
    expect(groups.map((g) => g.id)).toEqual(['oud', 'nieuw']);
  });

  it('lists a document without a trajectory under "Overige documenten" and leaves out empty trajectories', () => {
    const groups = documentGroups([doc('a', 1, 'oud'), doc('los', 2)], trajectories);
    expect(groups.map((g) => [g.heading, g.documents.map((d) => d.id)])).toEqual([
      ['Overige documenten', ['los']],
      ['Oud traject', ['a']],
    ]);
  });
});
