/**
 * The environment for a child `astro build` started from a test: vitest puts Vite's own
 * variables (BASE_URL, MODE, NODE_ENV=test, …) into process.env, and Astro would read them
 * back as import.meta.env values, so they are removed.
 */
const VITE_VARS = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'];

export function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) {
    if (VITE_VARS.includes(key) || key.startsWith('VITEST') || key.startsWith('__VITEST')) delete env[key];
  }
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}
