import type { z } from 'astro/zod';

/**
 * A reference to an entry of another collection, as Astro's `reference()` builds it. The
 * schema modules take their references as parameters (so tests can build them without
 * Astro); typing them as this, not as any zod type, keeps `entry.data.document.id` typed.
 */
export type Ref = z.ZodType<{ id: string; collection: string }>;
