/**
 * Deterministic synthetic reports in Dossier's own format, for the benchmark: Chinese prose,
 * claims, citations, chart/table/mermaid fences and datasets with CSV rows. Same inputs, same files.
 */
export interface GenerateOptions {
  chapters: number;
  pagesPerChapter: number;
  datasets: number;
  rowsPerDataset: number;
  /** One page in this many carries a Mermaid diagram. */
  diagramEvery: number;
}

const phrases = [
  '信创环境下的语言选型需要兼顾生态成熟度与供应链安全。',
  '国产操作系统对 Go 运行时的兼容性总体良好，但个别内核补丁存在差异。',
  '数据库驱动的连接池参数需要根据服务端会话上限调整。',
  '招标文件中的“自主可控”条款常被解读为对运行时来源的限制。',
  '基准测试结果只有在说明环境与负载时才可复现。',
  '达梦、人大金仓与 OceanBase 的客户端驱动成熟度不一。',
];

/** A small linear congruential generator: reproducible numbers without a dependency. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function generateReport(o: GenerateOptions): Record<string, string> {
  const rnd = random(42);
  const files: Record<string, string> = {};
  const claims = Math.max(1, o.chapters * 3);
  const sources = Math.max(1, o.chapters * 2);
  files['content/report.yaml'] = [
    'format: 2',
    'id: bench',
    'title: 基准测试报告',
    'organisation: Dossier',
    'authors: [基准]',
    'date: 2026-11-26',
    'version: "1.0"',
    'classification: 内部资料',
    'locale: zh-CN',
    'checks:',
    '  staleAfterDays: 3650',
    '',
  ].join('\n');
  files['content/index.md'] =
    `---\ntitle: 摘要\nfindings:\n  - text: 示例发现。\n    claims: [c1]\n---\n\n${phrases[0]}[示例](claim:c1)\n`;
  files['data/sources.yaml'] = Array.from(
    { length: sources },
    (_, i) =>
      `- id: s${i + 1}\n  title: 来源 ${i + 1}\n  publisher: 示例出版方\n  url: https://example.org/${i + 1}\n  accessed: 2026-11-01\n  published: 2025-06-01\n  type: report\n  reliability: secondary\n`,
  ).join('');
  files['data/claims.yaml'] = Array.from(
    { length: claims },
    (_, i) =>
      `- id: c${i + 1}\n  statement: 断言 ${i + 1}\n  verdict: supported\n  evidence:\n    - source: s${(i % sources) + 1}\n      quote: 示例引文 ${i + 1}\n      stance: supports\n`,
  ).join('');
  for (let d = 1; d <= o.datasets; d++) {
    files[`data/sets/d${d}.yaml`] = [
      'kind: benchmark',
      `id: d${d}`,
      `title: 数据集 ${d}`,
      'columns:',
      '  - { id: name, label: 名称 }',
      '  - { id: qps, label: 吞吐量, type: number, unit: 次/秒, better: higher }',
      '  - { id: p99, label: 99% 延迟, type: number, unit: ms, better: lower }',
      `csv: d${d}.csv`,
      'environment: { cpu: 示例 CPU, os: 麒麟 V10 }',
      'sources: [s1]',
      'method: 合成数据',
      'collected: 2026-11-01',
      '',
    ].join('\n');
    const rows = Array.from(
      { length: o.rowsPerDataset },
      (_, r) => `服务${r + 1},${Math.round(rnd() * 5000)},${(rnd() * 100).toFixed(1)}`,
    );
    files[`data/sets/d${d}.csv`] = `name,qps,p99\n${rows.join('\n')}\n`;
  }
  let page = 0;
  for (let c = 1; c <= o.chapters; c++) {
    const folder = `content/${String(c).padStart(3, '0')}-第${c}章`;
    for (let p = 0; p < o.pagesPerChapter; p++) {
      page++;
      const file = p === 0 ? `${folder}/index.md` : `${folder}/${String(p).padStart(3, '0')}-节${p}.md`;
      const dataset = `d${(page % o.datasets) + 1}`;
      const claim = `c${(page % claims) + 1}`;
      const body = [
        `---\ntitle: 第${c}章第${p}节\nsummary: ${phrases[page % phrases.length]}\n---\n`,
        `## 背景\n\n${phrases[page % phrases.length]}${phrases[(page + 1) % phrases.length]}[这一判断](claim:${claim})有[出处](source:s${(page % sources) + 1})。\n`,
        `## 数据\n\n\`\`\`chart\ndataset: ${dataset}\ntype: bar\ntitle: 图 ${page}\nx: name\ny: qps\nfilter: { name: [服务1, 服务2, 服务3] }\n\`\`\`\n`,
        `\`\`\`table\ndataset: ${dataset}\ncolumns: [name, qps, p99]\nfilter: { name: [服务1, 服务2] }\n\`\`\`\n`,
        page % o.diagramEvery === 0
          ? `\`\`\`mermaid\ngraph TD\n  A[源码] --> B{检查 ${page}}\n  B -->|通过| C[构建]\n\`\`\`\n`
          : '',
        `\`\`\`go\npackage main\n\nfunc main() { println("${page}") }\n\`\`\`\n`,
      ];
      files[file] = body.join('\n');
    }
  }
  return files;
}
