import type { Entry } from './diagnostic-entry.ts';

/**
 * Part of the one diagnostics catalogue (spread into `catalogue` in diagnostics.ts): what refuses
 * untrusted or oversized report content — files outside the report, encodings, limits, URLs, names.
 */
export const untrustedInput = {
  'outside-root': {
    severity: 'error',
    'zh-CN': (p) =>
      `${p.file} 指向报告文件夹之外（${p.target}）；Dossier 只读取 --root 之内的文件，请把文件复制进报告文件夹`,
    en: (p) =>
      `${p.file} points outside the report folder (${p.target}); Dossier reads only files inside --root, so copy the file into the report`,
  },
  'not-utf8': {
    severity: 'error',
    'zh-CN': (p) =>
      `文件不是 UTF-8 编码（是 GBK 或 GB18030 吗？）；请转换后再用：iconv -f GB18030 -t UTF-8 ${p.file} > 新文件`,
    en: (p) =>
      `the file is not UTF-8 (GBK or GB18030?); convert it with: iconv -f GB18030 -t UTF-8 ${p.file} > new-file`,
  },
  'file-too-large': {
    severity: 'error',
    'zh-CN': (p) => `${p.file} 有 ${p.mb} MB，超过每个文件 ${p.limit} MB 的上限；请拆分，或只放入报告需要的部分`,
    en: (p) =>
      `${p.file} is ${p.mb} MB, over the limit of ${p.limit} MB a file; split it, or keep only what the report needs`,
  },
  'reserved-page-id': {
    severity: 'error',
    'zh-CN': (p) =>
      `页面 id “${p.id}”与网站自带的页面或文件夹重名，会被覆盖；请给文件或文件夹改名。保留的名字：${p.reserved}`,
    en: (p) =>
      `the page id "${p.id}" is taken by one of the site's own pages or folders and would be overwritten; rename the file or folder. Reserved names: ${p.reserved}`,
  },
  'file-name-chars': {
    severity: 'error',
    'zh-CN': (p) => `文件或文件夹名中有“${p.char}”，它在网址中另有含义，页面会打不开；请改名（不要用 # ? % \\）`,
    en: (p) =>
      `the file or folder name contains "${p.char}", which means something else in a URL, so the page could not be opened; rename it (no # ? % \\)`,
  },
  'too-deep': {
    severity: 'error',
    'zh-CN': (p) =>
      `嵌套过深：此处已有 ${p.depth} 层（引用块、列表或 YAML 层层嵌套），上限为 ${p.limit} 层；请减少嵌套`,
    en: (p) =>
      `nested too deeply: ${p.depth} levels here (block quotes, lists or YAML collections), the limit is ${p.limit}; nest less`,
  },
  'too-many-rows': {
    severity: 'error',
    'zh-CN': (p) =>
      `数据集有 ${p.rows} 行，超过上限 ${p.limit} 行（每一行都会写进网站和 PDF 的表格）；请只保留报告需要的行，或先汇总`,
    en: (p) =>
      `the dataset has ${p.rows} rows, over the limit of ${p.limit} (every row is written into the site's and the PDF's tables); keep only the rows the report needs, or aggregate first`,
  },
  'link-scheme': {
    severity: 'error',
    'zh-CN': (p) => `链接“${p.url}”使用了不允许的协议 ${p.scheme}:；只允许 http(s)、mailto、相对路径或 # 锚点`,
    en: (p) =>
      `the link "${p.url}" uses the scheme ${p.scheme}:, which is not allowed; expected http(s), mailto, a relative path or a # anchor`,
  },
  'image-remote': {
    severity: 'error',
    'zh-CN': (p) =>
      `图片“${p.url}”不是报告中的文件：读者的浏览器和 PDF 导出都会去访问其他主机；请把图片放进报告文件夹并用相对路径引用，或使用 data:image/ 地址`,
    en: (p) =>
      `the image "${p.url}" is not a file of the report: every reader's browser and the PDF exporter would fetch it from another host; put the image in the report folder and use a relative path, or a data:image/ URL`,
  },
  'mermaid-too-large': {
    severity: 'error',
    'zh-CN': (p) =>
      `Mermaid 图有 ${p.length} 个字符，超过 Mermaid 的上限 ${p.limit}，只会显示“Maximum text size in diagram exceeded”；请拆成几张图`,
    en: (p) =>
      `the Mermaid diagram has ${p.length} characters, over Mermaid's limit of ${p.limit}; it would only show "Maximum text size in diagram exceeded"; split it into several diagrams`,
  },
} satisfies Record<string, Entry>;
