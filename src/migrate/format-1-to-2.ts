import { isMap, isScalar, isSeq, Pair, Scalar, YAMLMap, YAMLSeq, type Node } from 'yaml';
import { CLAIMS_FILE, SOURCES_FILE } from '../model/load-data.ts';
import type { YamlFile } from '../model/yaml-file.ts';
import { position, type MigrationContext } from './context.ts';

/** A claim of format 1 that lists `sources`. */
interface OldClaim {
  map: YAMLMap;
  id: string;
  sources: Pair;
  evidence: Pair | undefined;
  ids: Scalar[];
}

/**
 * Format 1 → 2: a claim's `sources` become evidence items whose stance the author decides; a
 * source's `quote` moves to the one claim citing it, or stays (in the note) for the author to place.
 */
export function format1To2(ctx: MigrationContext): void {
  const claimsFile = ctx.files.get(CLAIMS_FILE);
  const sourcesFile = ctx.files.get(SOURCES_FILE);
  const claims = claimsFile ? oldClaims(ctx, claimsFile) : [];
  const citedBy = new Map<string, string[]>();
  for (const claim of claims) {
    for (const id of claim.ids) {
      const list = citedBy.get(String(id.value)) ?? [];
      if (!list.includes(claim.id)) list.push(claim.id);
      citedBy.set(String(id.value), list);
    }
  }
  const movedQuotes = sourcesFile ? migrateSources(ctx, sourcesFile, citedBy) : new Map<string, Scalar>();
  if (claimsFile) for (const claim of claims) migrateClaim(ctx, claimsFile, claim, movedQuotes);
}

function oldClaims(ctx: MigrationContext, yaml: YamlFile): OldClaim[] {
  const root = yaml.doc.contents;
  if (!isSeq(root)) return [];
  return root.items.flatMap((item, index) => {
    if (!isMap(item)) return [];
    const sources = item.items.find((pair) => keyIs(pair, 'sources'));
    if (!sources) return [];
    const value = sources.value;
    const list =
      value === null || (isScalar(value) && value.value === null) ? [] : isSeq(value) ? value.items : undefined;
    if (!list || !list.every((id) => isScalar(id) && typeof id.value === 'string')) {
      ctx.refuse(
        yaml,
        value ?? sources.key,
        [index, 'sources'],
        'array',
        isSeq(value) ? value.toJSON() : (value as Node | null)?.toJSON?.(),
      );
      return [];
    }
    const idNode = item.get('id', true);
    const id = isScalar(idNode) ? String(idNode.value) : `[${index}]`;
    return [
      { map: item, id, sources, evidence: item.items.find((pair) => keyIs(pair, 'evidence')), ids: list as Scalar[] },
    ];
  });
}

function migrateSources(ctx: MigrationContext, yaml: YamlFile, citedBy: Map<string, string[]>): Map<string, Scalar> {
  const moved = new Map<string, Scalar>();
  const root = yaml.doc.contents;
  if (!isSeq(root)) return moved;
  root.items.forEach((item, index) => {
    if (!isMap(item)) return;
    const idNode = item.get('id', true);
    const id = isScalar(idNode) ? String(idNode.value) : `[${index}]`;
    const edits = ctx.editsOf(yaml);
    const reliability = item.items.find((pair) => keyIs(pair, 'reliability'));
    if (!reliability) {
      // Format 1 read a missing reliability as secondary; format 2 wants it written.
      const value = new Scalar('secondary');
      value.comment = ctx.words.reliabilityImplied;
      const after = item.items.find((pair) => keyIs(pair, 'type')) ?? item.items[item.items.length - 1]!;
      edits.insertAfter(after, new Pair(new Scalar('reliability'), value));
      ctx.change(yaml, after.key, ctx.words.reliabilityAdded(id));
    }
    const quote = item.items.find((pair) => keyIs(pair, 'quote'));
    if (!quote) return;
    if (!isScalar(quote.value) || typeof quote.value.value !== 'string') {
      ctx.refuse(yaml, quote.value ?? quote.key, [index, 'quote'], 'text', (quote.value as Node | null)?.toJSON?.());
      return;
    }
    const claims = citedBy.get(id) ?? [];
    if (claims.length === 1) {
      moved.set(id, quote.value);
      edits.deletePair(quote);
      ctx.change(yaml, quote.key, ctx.words.quoteMoved(id, claims[0]!));
      return;
    }
    keepQuoteInNote(ctx, yaml, item, quote, quote.value.value, claims);
    ctx.diags.add(
      'migrate-quote-kept',
      { file: yaml.file, ...position(yaml, quote.key), path: `[${index}].quote` },
      {
        id,
        count: claims.length,
        claims: claims.join(ctx.words.listSeparator),
      },
    );
  });
  return moved;
}

function keepQuoteInNote(
  ctx: MigrationContext,
  yaml: YamlFile,
  source: YAMLMap,
  quote: Pair,
  text: string,
  claims: string[],
): void {
  const edits = ctx.editsOf(yaml);
  const note = source.items.find((pair) => keyIs(pair, 'note'));
  const oldNote = note && isScalar(note.value) && typeof note.value.value === 'string' ? note.value.value : undefined;
  const value = new Scalar(ctx.words.quoteInNote(oldNote, text));
  value.comment = ctx.words.quoteKept(claims.join(ctx.words.listSeparator));
  const pair = new Pair(new Scalar('note'), value);
  if (note) {
    edits.replacePair(note, pair);
    edits.deletePair(quote);
  } else {
    edits.replacePair(quote, pair);
  }
  ctx.change(
    yaml,
    quote.key,
    ctx.words.quoteIntoNote(String((source.get('id', true) as Scalar | undefined)?.value ?? '')),
  );
}

function migrateClaim(ctx: MigrationContext, yaml: YamlFile, claim: OldClaim, movedQuotes: Map<string, Scalar>): void {
  const items = new YAMLSeq();
  const existing = claim.evidence?.value;
  if (isSeq(existing)) items.items.push(...existing.items);
  for (const idNode of claim.ids) {
    const id = String(idNode.value);
    const source = new Scalar(id);
    source.type = idNode.type;
    // The author decides the stance; the comment makes the open question visible in the file.
    source.comment = [ctx.words.stanceToReview, idNode.comment].filter(Boolean).join(' ·');
    const item = new YAMLMap();
    item.commentBefore = idNode.commentBefore;
    item.items.push(new Pair(new Scalar('source'), source));
    const quote = movedQuotes.get(id);
    if (quote) {
      item.items.push(new Pair(new Scalar('quote'), quote));
      movedQuotes.delete(id);
    }
    items.items.push(item);
  }
  const old = claim.sources.value as YAMLSeq | Scalar | null;
  if (isSeq(old) && !old.flow) items.comment = old.comment;
  const key = new Scalar('evidence');
  key.comment = isSeq(old) && old.flow ? old.comment : undefined;
  const edits = ctx.editsOf(yaml);
  if (claim.evidence) {
    edits.replacePair(claim.evidence, new Pair(key, items));
    edits.deletePair(claim.sources);
  } else {
    edits.replacePair(claim.sources, new Pair(key, items));
  }
  ctx.change(
    yaml,
    claim.sources.key,
    ctx.words.evidenceFromSources(claim.ids.map((id) => String(id.value)).join(ctx.words.listSeparator)),
  );
}

function keyIs(pair: Pair, name: string): boolean {
  return isScalar(pair.key) && pair.key.value === name;
}
