import { defineMiddleware } from 'astro:middleware';
import { handedOverBuild } from './site/handover.ts';

/**
 * In a build, each page's HTML goes to scripts/build.ts as soon as it is rendered, to be indexed for
 * search and compressed while Astro renders the rest. The page itself is returned unchanged; in
 * `astro dev` nothing is handed over.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const onPage = handedOverBuild()?.onPage;
  if (!onPage || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  onPage(context.url.pathname, html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
