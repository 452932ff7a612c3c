import { z } from 'astro/zod';
import { text } from './messages';
import { entryId } from './builders';

/**
 * A trajectory: the documents of one decision or report, such as the council proposal on the
 * Uitvoeringsplan with its covering letter and the round note. /documenten/ groups the documents by
 * it, as GOV.UK groups a collection. The name is the editors' (it names the documents' own subject)
 * and is shown as editorial; a document names its trajectory in its frontmatter (`trajectory:`).
 */
export const trajectorySchema = z
  .object({
    id: entryId('het id van het traject'),
    name: text('de naam van het traject (van de redactie)'),
  })
  .strict();
