/** The onboarding route's steps: where each leads, its reading time and its own step page. */
import {
  chapterPath,
  chapterLabel,
  documentPath,
  documentLabel,
  documentMinutes,
  minutesToRead,
  withBase,
  type Library,
  type RouteStepEntry,
} from './content';

export interface RouteStep {
  step: RouteStepEntry;
  /** 1-based position in the route. */
  n: number;
  /** The page the step is about. */
  href: string;
  source: string;
  minutes: number;
  /** True where the minutes are an editorial estimate (the site's own pages). */
  estimate: boolean;
  /** The editorial summary of the target document or chapter, where it has one. */
  summary?: string;
  /** The step's own page: /route/stap-n/. */
  stepHref: string;
}

export function stepPath(n: number): string {
  return withBase(`/route/stap-${n}/`);
}

export function routeSteps(lib: Library): RouteStep[] {
  return lib.route.map((step, i) => {
    const d = step.data;
    const n = i + 1;
    const context = `routestap "${step.id}"`;
    if (d.chapter) {
      const c = lib.chapterById(d.chapter.id, context);
      return {
        step,
        n,
        href: chapterPath(c),
        source: chapterLabel(c),
        minutes: minutesToRead(lib, c),
        estimate: false,
        summary: c.data.summary,
        stepHref: stepPath(n),
      };
    }
    if (d.document) {
      const doc = lib.documentById(d.document.id, context);
      return {
        step,
        n,
        href: documentPath(doc.id),
        source: documentLabel(doc),
        minutes: documentMinutes(lib, doc),
        estimate: false,
        summary: doc.data.summary,
        stepHref: stepPath(n),
      };
    }
    if (!d.page || d.minutes === undefined)
      throw new Error(`content/route/route.yaml: ${context} heeft geen document, chapter of page met minutes`);
    return {
      step,
      n,
      href: withBase(d.page),
      source: 'pagina van deze site',
      minutes: d.minutes,
      estimate: true,
      stepHref: stepPath(n),
    };
  });
}
