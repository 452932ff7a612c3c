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
