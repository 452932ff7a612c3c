/**
 * For `npm run typecheck` (plain tsc): the few .ts modules that import .astro components
 * (src/components/mdx/index.ts) see them as components. Astro's compiler checks the
 * components themselves during the build.
 */
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
