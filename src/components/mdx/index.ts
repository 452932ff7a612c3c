/** The components every MDX document may use without importing them (see docs/content-guide.md). */
import DataTable from './DataTable.astro';
import Decision from './Decision.astro';
import EditorialLabel from './EditorialLabel.astro';
import EditorialNote from './EditorialNote.astro';
import IndicatorChart from '../charts/IndicatorChart.astro';
import Letterhead from './Letterhead.astro';
import NeedsPyramid from './NeedsPyramid.astro';
import PullQuote from './PullQuote.astro';
import Signatory from './Signatory.astro';
import Signatures from './Signatures.astro';
import { componentRoles, type TextRole } from './roles';

export const mdxComponents = {
  DataTable,
  Decision,
  EditorialLabel,
  EditorialNote,
  IndicatorChart,
  Letterhead,
  NeedsPyramid,
  PullQuote,
  Signatory,
  Signatures,
};

/**
 * What each component's text is (src/components/mdx/roles.ts), read by the Markdown plugins:
 * a component without a role is a type error here.
 */
export const mdxComponentRoles: Record<keyof typeof mdxComponents, TextRole> = componentRoles;
