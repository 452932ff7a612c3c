import { z } from 'astro/zod';
import { text } from './messages';
import { entryId } from './builders';

/**
 * The "in brief" texts of the findings table on /bevindingen/: one short editorial line per
 * finding for 2021 and for 2024, shortened from the finding's own quotes (never a new claim;
 * tests/content/briefs.test.ts checks the words against the quotes). The id is the finding's id.
 */
export const findingBriefSchema = z
  .object({
    id: entryId('de id van een bevinding'),
    /** Left out where the letter summarises no 2021 finding. */
    finding2021: text('een korte samenvatting van de bevinding 2021 (redactie)').optional(),
    assessment2024: text('een korte samenvatting van het oordeel 2024 (redactie)'),
  })
  .strict();
