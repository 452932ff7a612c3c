import { assertBuilt } from './site';

/** Global setup of the projects that read dist/: one clear message instead of many failures. */
export default function setup(): void {
  assertBuilt();
}
