import { describe, expect, it } from 'vitest';
import { HEADER_MAX, runningHeader } from '../../src/lib/print-header';

const SITE = 'Sociaal Domein Maastricht';

describe('runningHeader', () => {
  it('names the site and the title, or the title alone where it names the site', () => {
    expect(runningHeader(SITE, 'Tijdlijn')).toBe('Sociaal Domein Maastricht · Tijdlijn');
    expect(runningHeader(SITE, 'Sociaal Domein Maastricht: visie, plan en voortgang')).toBe(
      'Sociaal Domein Maastricht: visie, plan en voortgang',
    );
  });

  it('keeps a title that fits on one line whole', () => {
    const title = 'Afspraken met huisartsen, zorgverzekeraars en zorgkantoren: bevinding 2021 en stand 2024';
    expect(runningHeader(SITE, title)).toBe(`${SITE} · ${title}`);
  });

  it('stops a long title at its first clause after half the line, with the omission mark', () => {
    expect(
      runningHeader(
        SITE,
        'Budget voor het Uitvoeringsplan Duurzaam Sociaal Domein: van € 1,3 mln (oorspronkelijke claim) naar € 0,43 mln (gevraagd budget)',
      ),
    ).toBe('Sociaal Domein Maastricht · Budget voor het Uitvoeringsplan Duurzaam Sociaal Domein …');
    expect(
      runningHeader(
        SITE,
        'Maastricht scoort op alle acht indicatoren ongunstiger dan Nederland, het meest bij kinderen in een bijstandsgezin (9 % tegenover 6 %)',
      ),
    ).toBe('Sociaal Domein Maastricht · Maastricht scoort op alle acht indicatoren ongunstiger dan Nederland …');
    expect(
      runningHeader(
        SITE,
        'Medewerkers betrokken bij het Uitvoeringsplan: 12 (kernteam), meer dan 65 (leden van werkgroepen) en zo’n 20 (klankbordgroep)',
      ),
    ).toBe('Sociaal Domein Maastricht · Medewerkers betrokken bij het Uitvoeringsplan …');
  });

  it('stops at the last word where no clause leaves half of the line; a decimal comma is no clause', () => {
    const header = runningHeader(
      SITE,
      'Tekort in het sociaal domein daalde van € 22,6 mln in 2019/2020 naar € 12,4 mln in 2021/2023; het doel voor 2024 is € 0 mln',
    );
    expect(header).toBe(
      'Sociaal Domein Maastricht · Tekort in het sociaal domein daalde van € 22,6 mln in 2019/2020 naar € 12,4 mln in …',
    );
  });

  it('is never longer than a line', () => {
    const long = `${'woord '.repeat(40)}einde`;
    for (const max of [40, 80, HEADER_MAX]) expect(runningHeader(SITE, long, max).length).toBeLessThanOrEqual(max);
  });
});
