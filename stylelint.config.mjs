// stylelint for the site's CSS (src/**/*.css): the standard config, relaxed only where the
// project has a reason. @layer and the design tokens' kebab-case custom properties
// (--color-text, --space-2) pass the standard config as they are.
/** @type {import('stylelint').Config} */
export default {
  extends: ['stylelint-config-standard'],
  ignoreFiles: ['dist/**', 'node_modules/**', '.astro/**', 'tests/.tmp/**', 'bench/.tmp/**'],
  rules: {
    // Components use BEM class names (site-footer__inner, status--deels); the standard
    // pattern allows kebab-case only.
    'selector-class-pattern': [
      '^[a-z][a-z0-9]*(-[a-z0-9]+)*(__[a-z0-9]+(-[a-z0-9]+)*)?(--[a-z0-9]+(-[a-z0-9]+)*)?$',
      { message: (selector) => `Klassen zijn BEM in kleine letters: blok, blok__element, blok--variant (${selector})` },
    ],
    // Font family names in the --font-* tokens are proper names, and the @page size is
    // written "A4" as in the CSS specification's examples.
    'value-keyword-case': ['lower', { ignoreKeywords: ['Consolas', 'Menlo'], ignoreProperties: ['size'] }],
    // .visually-hidden keeps `clip` beside `clip-path` for browsers without clip-path on
    // absolutely positioned elements (the GOV.UK Design System pattern).
    'property-no-deprecated': [true, { ignoreProperties: ['clip'] }],
    // Safari on iOS still needs the prefixed -webkit-text-size-adjust (no unprefixed support).
    'property-no-vendor-prefix': [true, { ignoreProperties: ['/text-size-adjust$/'] }],
    // The NL Design System packages come in as `@import '<package>/….css' layer(components);`
    // (src/styles/nlds.css): a package specifier that the bundler resolves, not a URL.
    'import-notation': 'string',
  },
};
