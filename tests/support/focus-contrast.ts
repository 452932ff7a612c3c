/**
 * Runs in the page (pass it to page.evaluate): focuses every link and button that the keyboard
 * reaches and measures the contrast of each piece of its text against the background behind it.
 * Returns the ones under 4,5:1, so a focus style that paints the link yellow but leaves a
 * component's light text colour (dark mode) fails. Self-contained: page.evaluate serialises it.
 */
export function focusContrastFailures(): Array<{ link: string; text: string; ratio: number }> {
  const parse = (c: string): [number, number, number, number] => {
    const m = c.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0, 0];
    return [m[0] ?? 0, m[1] ?? 0, m[2] ?? 0, m[3] ?? 1];
  };
  const lum = ([r, g, b]: number[]) => {
    const ch = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * ch(r!) + 0.7152 * ch(g!) + 0.0722 * ch(b!);
  };
  const background = (el: Element | null): number[] => {
    for (let e = el; e; e = e.parentElement) {
      const bg = parse(getComputedStyle(e).backgroundColor);
      if (bg[3] > 0.5) return bg;
    }
    return [255, 255, 255, 1];
  };
  const out: Array<{ link: string; text: string; ratio: number }> = [];
  const targets = document.querySelectorAll<HTMLElement>('a[href], button, summary');
  for (const el of targets) {
    if (!el.checkVisibility() || el.getClientRects().length === 0) continue;
    el.focus();
    if (!el.matches(':focus-visible')) continue;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const holder = n.parentElement;
      if (!holder || !n.textContent?.trim()) continue;
      const r = holder.getBoundingClientRect();
      if (r.width < 2 || r.height < 2 || !holder.checkVisibility({ opacityProperty: true })) continue;
      const fg = lum(parse(getComputedStyle(holder).color));
      const bg = lum(background(holder));
      const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
      if (ratio < 4.5) {
        const key = `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`;
        out.push({ link: key, text: n.textContent.trim().slice(0, 40), ratio: Math.round(ratio * 100) / 100 });
      }
    }
  }
  (document.activeElement as HTMLElement | null)?.blur();
  return out;
}
