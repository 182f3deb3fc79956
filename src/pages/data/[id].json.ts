import type { APIRoute } from 'astro';
import { datasetJson } from '../../render/downloads.ts';
import { getReport } from '../../site/report.ts';

export { datasetPaths as getStaticPaths } from '../../site/report.ts';

export const GET: APIRoute = async ({ params }) => {
  const dataset = (await getReport()).datasets.get(params.id!)!;
  return new Response(datasetJson(dataset), { headers: { 'Content-Type': 'application/json' } });
};
