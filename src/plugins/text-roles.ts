/**
 * Which text the Markdown plugins may touch, for the glossary links and the paragraph anchors
 * alike. Said once here: per MDX component by its role (src/components/mdx/roles.ts), per HTML
 * element below, and for any element by a `data-text-role` attribute naming a role. A node is
 * linkable (or numbered) only if it and every ancestor allow it.
 */
import type { Nodes } from 'hast';
import type {} from 'mdast-util-mdx-jsx';
import { componentRoles, rolePolicy, type TextRole } from '../components/mdx/roles.ts';

export interface TextPolicy {
  /** Glossary terms in this text link to their entry. */
  linked: boolean;
  /** Its paragraphs get a number (alinea-n) and a link to themselves. */
  numbered: boolean;
}

const NOT_LINKED: TextPolicy = { linked: false, numbered: true };
const NOT_NUMBERED: TextPolicy = { linked: true, numbered: false };

/** HTML elements with a policy of their own (in Markdown output or written in MDX). */
const elementPolicy: Record<string, TextPolicy> = {
  blockquote: rolePolicy.quote,
  q: rolePolicy.quote,
  table: rolePolicy.table,
  figure: rolePolicy.figure,
  // Already a link or a marked term, or code: never linked (again).
  a: NOT_LINKED,
  abbr: NOT_LINKED,
  dfn: NOT_LINKED,
  code: NOT_LINKED,
  pre: NOT_LINKED,
  kbd: NOT_LINKED,
  script: NOT_LINKED,
  style: NOT_LINKED,
  svg: NOT_LINKED,
  // A heading names its section; the terms are linked in the text below it.
  h1: NOT_LINKED,
  h2: NOT_LINKED,
  h3: NOT_LINKED,
  h4: NOT_LINKED,
  h5: NOT_LINKED,
  h6: NOT_LINKED,
  // Part of a list, an aside or the footnotes (a <section>), not a paragraph of the document.
  li: NOT_NUMBERED,
  aside: NOT_NUMBERED,
  nav: NOT_NUMBERED,
  section: NOT_NUMBERED,
};

const ALL: TextPolicy = { linked: true, numbered: true };

function isRole(value: unknown): value is TextRole {
  return typeof value === 'string' && Object.hasOwn(rolePolicy, value);
}

function isComponent(name: string): name is keyof typeof componentRoles {
  return Object.hasOwn(componentRoles, name);
}

/** The policy a single node sets for the text inside it. */
export function policyOf(node: Nodes): TextPolicy {
  if (node.type === 'element') {
    const role = node.properties.dataTextRole;
    if (isRole(role)) return rolePolicy[role];
    return elementPolicy[node.tagName] ?? ALL;
  }
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    const role = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'data-text-role')?.value;
    if (isRole(role)) return rolePolicy[role];
    const name = node.name ?? '';
    if (isComponent(name)) return rolePolicy[componentRoles[name]];
    return elementPolicy[name] ?? ALL;
  }
  return ALL;
}

/** Whether text under these ancestors (outermost first) may get `what`. */
export function allows(ancestors: readonly Nodes[], what: keyof TextPolicy): boolean {
  return ancestors.every((node) => policyOf(node)[what]);
}
