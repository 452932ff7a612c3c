/**
 * Where Chromium laid out a pseudo-element (a list number ::marker, a drawn ::before), which the
 * DOM does not expose: read over the DevTools protocol (DOM.getBoxModel on the pseudo-element's
 * node), in CSS pixels in the viewport, as getBoundingClientRect() gives an element's box.
 */
import type { Page } from 'playwright-core';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface DomNode {
  nodeId: number;
  pseudoType?: string;
  children?: DomNode[];
  pseudoElements?: DomNode[];
}

/**
 * For each element matching selector, in document order: the border box of its pseudo-element
 * of the given type ('marker', 'before', …), or undefined where it has none or it is not laid out.
 */
export async function pseudoBoxes(page: Page, selector: string, pseudoType: string): Promise<Array<Box | undefined>> {
  // The session stays open until the page closes: detaching it ends the page's emulated media
  // (print) as well.
  const cdp = await page.context().newCDPSession(page);
  // Chromium makes a pseudo-element when it recalculates style, which a change made just before
  // (a test laying out content-visibility blocks, say) may still wait for: with no pending frame,
  // DOM.getDocument would not list the pseudo-element yet. Reading a box forces style and layout.
  await page.evaluate(() => document.documentElement.getBoundingClientRect().height);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1 })) as { root: DomNode };
  const byId = new Map<number, DomNode>();
  const walk = (n: DomNode) => {
    byId.set(n.nodeId, n);
    n.children?.forEach(walk);
  };
  walk(root);
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
  return Promise.all(
    nodeIds.map(async (id) => {
      const pseudo = byId.get(id)?.pseudoElements?.find((p) => p.pseudoType === pseudoType);
      if (!pseudo) return undefined;
      try {
        const { model } = await cdp.send('DOM.getBoxModel', { nodeId: pseudo.nodeId });
        const xs = model.border.filter((_, i) => i % 2 === 0);
        const ys = model.border.filter((_, i) => i % 2 === 1);
        return { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) };
      } catch {
        return undefined;
      }
    }),
  );
}
