import { z } from 'astro/zod';

/**
 * Small builders for schemas whose error messages say, in Dutch, what was expected and
 * what was found. Astro prefixes them with the collection, the entry and the field, and
 * reports the file.
 */

function shown(value: unknown): string {
  return value === undefined ? 'niets (het veld ontbreekt)' : JSON.stringify(value);
}

export function text(what: string) {
  return z
    .string({ error: (iss) => `verwacht ${what} (tekst), gekregen: ${shown(iss.input)}` })
    .trim()
    .min(1, { error: `verwacht ${what}, maar het veld is leeg` });
}

export function oneOf<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, {
    error: (iss) =>
      `verwacht ${what}: een van ${values.map((v) => `"${v}"`).join(', ')}; gekregen: ${shown(iss.input)}`,
  });
}

export function listOf<T extends z.ZodType>(item: T, what: string) {
  return z.array(item, { error: (iss) => `verwacht een lijst van ${what}, gekregen: ${shown(iss.input)}` });
}

export function positiveInt(what: string) {
  return z
    .number({ error: (iss) => `verwacht ${what} (een getal), gekregen: ${shown(iss.input)}` })
    .int({ error: `verwacht ${what} als geheel getal` })
    .min(0, { error: `verwacht ${what} van 0 of hoger` });
}
