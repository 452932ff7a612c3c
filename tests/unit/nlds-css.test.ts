/**
 * The build leaves out the NL Design System package rules for classes the site never uses
 * (src/integrations/nlds-css.ts), to stay within the byte budget.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { selectorUsed, usedClasses } from '../../src/integrations/nlds-css';

describe('NL Design System CSS: unused variants left out', () => {
  const used = new Set(['nl-button', 'nl-button--primary']);

  it('keeps a rule whose NLDS classes the site uses, and a rule without NLDS classes', () => {
    expect(selectorUsed('.nl-button:where(.nl-button--primary):hover', used)).toBe(true);
    expect(selectorUsed('.nl-button[hidden]', used)).toBe(true);
    expect(selectorUsed('html:focus-within', used)).toBe(true);
  });

  it('drops a rule for a variant the site does not use', () => {
    expect(selectorUsed('.nl-button:where(.nl-button--primary).nl-button--negative', used)).toBe(false);
    expect(selectorUsed('.nl-button--icon-only .nl-button__label', used)).toBe(false);
  });

  it('finds the classes on the site markup', () => {
    const site = usedClasses(join(import.meta.dirname, '../../src'));
    expect(site.has('nl-button')).toBe(true);
    expect(site.has('nl-button--primary')).toBe(true);
    expect(site.has('nl-skip-link')).toBe(true);
    expect(site.has('nl-button--negative')).toBe(false);
  });
});
