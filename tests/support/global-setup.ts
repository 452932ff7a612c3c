import type { TestProject } from 'vitest/node';
import { startStaticServer } from './static-server';
import { assertBuilt, DIST } from './site';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

/** Serves the built site once for the browser project (vitest.config.ts); the other projects do not need it. */
export default async function setup(project: TestProject) {
  assertBuilt();
  const { url, server } = await startStaticServer(DIST);
  project.provide('baseURL', url);
  return async () => {
    await new Promise<void>((ok) => server.close(() => ok()));
  };
}
