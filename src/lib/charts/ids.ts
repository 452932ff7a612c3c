/**
 * The ids of a chart's figure, title and text alternative in a page. The SVG is labelled by the
 * title and described by the text alternative; on the chart's own page the page's h1 is the title
 * and carries the title's id, so the title is not shown twice.
 */
export function chartIds(chart: string): { figure: string; title: string; description: string } {
  const figure = `grafiek-${chart}`;
  return { figure, title: `${figure}-title`, description: `${figure}-desc` };
}
