// Renders docs pages of a built Storybook in Chromium and finds Markdown tables that reached the
// reader as text. MDX only knows GitHub-flavoured tables through remark-gfm: without it among the
// docs addon's remark plugins (.storybook/main.ts), `| part | what it does |` and the rows after it
// become one paragraph of pipes. Checked in the rendered page, not in the sources, because what
// matters is what a reader of the built Storybook sees.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { tsImport } from 'tsx/esm/api';

/** Long enough for a docs page of live stories on a busy 2-core machine. */
const PAGE_TIMEOUT = 60_000;

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/** Serves the static build on 127.0.0.1 (a file: URL cannot load Storybook's module chunks). */
async function serve(root) {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const file = resolve(base, `.${path.endsWith('/') ? `${path}index.html` : path}`);
    const info = file.startsWith(base + sep) ? await stat(file).catch(() => null) : null;
    if (!info?.isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': info.size });
    createReadStream(file).pipe(response);
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/**
 * The paragraphs and list items of the rendered docs page that read as Markdown table rows: text
 * starting and ending with a pipe, or a delimiter row such as `|---|` (code blocks are left alone).
 */
function rawTableText() {
  const RAW_ROW = /^\|.*\|$|\|\s*:?-{3,}:?\s*\|/;
  const content = document.querySelector('#storybook-docs .sbdocs-content');
  if (!content) return { rendered: false, tables: 0, raw: [] };
  const blocks = [...content.querySelectorAll('p, li')].filter((block) => !block.closest('pre'));
  const raw = blocks
    .map((block) => block.innerText.replace(/\s+/g, ' ').trim())
    .filter((text) => RAW_ROW.test(text))
    .map((text) => (text.length > 120 ? `${text.slice(0, 117)}…` : text));
  return { rendered: true, tables: content.querySelectorAll('table').length, raw };
}

/**
 * Opens each docs entry (`{ id, title, importPath }` from index.json) of the build in `staticDir`
 * and returns the problems found, in words, and how many tables the pages rendered.
 */
export async function checkDocsTables(staticDir, entries) {
  const { CHROMIUM_PATH, CHROMIUM_ARGS } = await tsImport('../../../scripts/chromium.ts', import.meta.url);
  const server = await serve(staticDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS], headless: true });
  const problems = [];
  let tables = 0;
  try {
    const page = await browser.newPage();
    for (const entry of entries) {
      const where = `${entry.title} (${entry.importPath})`;
      const pageErrors = [];
      const onError = (error) => pageErrors.push(error.message);
      page.on('pageerror', onError);
      try {
        await page.goto(`${server.url}iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=docs`);
        // A docs page is there once its first heading is: MDX pages open with one, autodocs with the title.
        await page.locator('#storybook-docs .sbdocs-content h1').first().waitFor({ timeout: PAGE_TIMEOUT });
        const found = await page.evaluate(rawTableText);
        tables += found.tables;
        for (const text of found.raw) problems.push(`${where}: a Markdown table shown as text: "${text}"`);
      } catch (error) {
        const detail = pageErrors.length > 0 ? ` (page error: ${pageErrors[0]})` : '';
        problems.push(`${where}: the docs page did not render: ${error.message.split('\n')[0]}${detail}`);
      } finally {
        page.off('pageerror', onError);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { problems, tables };
}
