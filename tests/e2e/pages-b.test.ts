/** Every built page in real Chromium, second half (see pages-a.test.ts). */
import { builtPages } from '../support/site';
import { checkPages, useBrowser } from '../support/page-checks';

useBrowser();
checkPages(builtPages().filter((_, i) => i % 2 === 1));
