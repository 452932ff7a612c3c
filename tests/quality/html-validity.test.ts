/** HTML validity: the Nu Html Checker (vnu-jar, needs Java) reports no errors on any built page. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { DIST } from '../support/site';

const VNU = join(process.cwd(), 'node_modules/vnu-jar/build/dist/vnu.jar');

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
}

describe('HTML validity', () => {
  it('has no errors on any built page (Nu Html Checker)', () => {
    const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
    expect(java.status, 'Java ontbreekt: installeer een JRE (apt-get install default-jre-headless)').toBe(0);
    const run = spawnSync('java', ['-jar', VNU, '--format', 'json', '--skip-non-html', '--also-check-svg', DIST], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      timeout: 180_000,
    });
    const { messages } = JSON.parse(run.stderr) as { messages: VnuMessage[] };
    const errors = messages.filter((m) => m.type === 'error' || m.subType === 'fatal');
    const list = errors
      .map((e) => `${(e.url ?? '').replace(/^file:.*?dist/, '')}:${e.lastLine ?? '?'} ${e.message}`)
      .join('\n');
    expect(errors, list).toEqual([]);
  });
});
