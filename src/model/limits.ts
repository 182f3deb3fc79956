/**
 * Limits far above any real report (the sample's largest file is 35 KB, its largest dataset a few
 * dozen rows), checked before parsing so a hostile or broken file is refused in well under a second.
 * Documented in README.md and docs/authoring.md.
 */
export const limits = {
  /** Any one file under content/ or data/. */
  fileBytes: 5 * 1024 * 1024,
  /** Rows of one dataset: every row is rendered into the site's tables and the PDF appendix. */
  datasetRows: 5000,
  /** Nested block quotes and lists in Markdown, and nested collections in YAML. */
  nesting: 100,
} as const;
