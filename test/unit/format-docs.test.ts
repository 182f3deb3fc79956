import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_FORMAT, knownFormats } from '../../src/schema/format-version.ts';
import { repoRoot } from '../helpers/run.ts';

const guides = {
  'docs/authoring.md': {
    heading: '## 报告格式版本与升级',
    current: `**当前格式为第 ${CURRENT_FORMAT} 版**（\`format: ${CURRENT_FORMAT}\`）`,
  },
  'docs/authoring.en.md': {
    heading: '## Report format versions and upgrading',
    current: `**The current format is ${CURRENT_FORMAT}** (\`format: ${CURRENT_FORMAT}\`)`,
  },
};

describe('the authoring guides document the formats this Dossier knows', () => {
  it.each(Object.entries(guides))(
    '%s names the current format, the migrate command and a changelog row per upgrade',
    (file, { heading, current }) => {
      const text = readFileSync(join(repoRoot, file), 'utf8');
      const section = text.slice(text.indexOf(heading));
      expect(text).toContain(heading);
      expect(section).toContain(current);
      expect(section).toContain('npm run migrate -- --root');
      for (const format of knownFormats.slice(1))
        expect(section).toMatch(new RegExp(`^\\| ${format - 1} → ${format} \\|`, 'm'));
    },
  );
});
