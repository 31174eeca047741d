// The burgerpanel web page (docs/burgerpanel.md), driven in headless Chromium the way a resident would: by the
// visible labels and roles of the form, never by CSS selectors or ids. Used by the end-to-end tests after a
// procesregisseur issued links in Teams ('checkin link'):
//
//   import { launchChromium, answerBurgerpanel, expectRefused } from './burgerpanel.mjs';
//   const text = await answerBurgerpanel(page, url, { scores: { a: 4, b: 3, g: 'weet niet' }, comment: 'Fijn!' });
//   const heading = await expectRefused(page, url);   // 'Deze link is al gebruikt'
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The nine factors' letters, in the page's order. */
export const factorLetters = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];

const thanksHeading = 'Bedankt voor je antwoorden';

/**
 * Debian's Chromium through playwright-core from node_modules (like harness.mjs). The caller closes it.
 * @param {{ width?: number, height?: number }} [viewport] the page size; default a 320 px wide phone.
 */
export async function launchChromium(viewport = { width: 320, height: 640 }) {
  const { chromium } = await import(path.join(root, 'node_modules', 'playwright-core', 'index.mjs'));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ viewport, locale: 'nl-NL' });
  const page = await context.newPage();
  return { browser, context, page };
}

/**
 * Opens `url`, answers every factor and submits; returns the thank-you page's text.
 * @param {import('playwright-core').Page} page
 * @param {string} url a burgerpanel link as issued
 * @param {{ scores?: Record<string, number|string|null>|Array<number|string|null>, comment?: string, comments?: Record<string, string> }} answers
 *   scores: per letter a–i (or an array of nine) a number on the round's scale, or 'weet niet' / null for
 *   "weet niet / niet van toepassing"; a factor left out stays unanswered (the page then refuses). Default 3 for all.
 *   comment: the overall comment; comments: per letter a factor comment.
 * @throws when the link is refused or the page shows validation errors (the message carries the page's text).
 */
export async function answerBurgerpanel(page, url, { scores, comment, comments } = {}) {
  const response = await page.goto(url);
  if (!response || response.status() !== 200) {
    throw new Error(`The burgerpanel link was refused (HTTP ${response?.status()}): ${await heading(page)}`);
  }

  const chosen = normaliseScores(scores);
  for (const letter of factorLetters) {
    const group = page.getByRole('group', { name: new RegExp(`^${letter}\\. `) });
    const score = chosen[letter];
    if (score !== undefined) {
      const name = score === null ? /^weet niet/ : new RegExp(`^${score} `);
      await group.getByRole('radio', { name }).check();
    }
    if (comments?.[letter] !== undefined) {
      await group.getByRole('textbox', { name: /^Toelichting bij / }).fill(comments[letter]);
    }
  }
  if (comment !== undefined) {
    await page.getByRole('textbox', { name: /^Algemene toelichting/ }).fill(comment);
  }

  const posted = page.waitForResponse(r => r.request().method() === 'POST' && r.url() === page.url());
  await page.getByRole('button', { name: 'Versturen' }).click();
  const answer = await posted;
  await page.waitForLoadState('domcontentloaded');
  const title = await heading(page);
  if (answer.status() !== 200 || title !== thanksHeading) {
    throw new Error(`The burgerpanel did not accept the answers (HTTP ${answer.status()}, "${title}"):\n${await mainText(page)}`);
  }
  return mainText(page);
}

/**
 * Opens `url` and expects the page to refuse it (HTTP 4xx, no form); returns the refusal's heading, e.g.
 * "Deze link werkt niet", "Deze link is verlopen", "Deze link is al gebruikt", "Deze ronde is gesloten".
 * @param {import('playwright-core').Page} page
 * @param {string} url
 */
export async function expectRefused(page, url) {
  const response = await page.goto(url);
  const status = response?.status() ?? 0;
  if (status < 400 || status > 499) {
    throw new Error(`Expected the burgerpanel to refuse ${url}, got HTTP ${status}: ${await heading(page)}`);
  }
  if (await page.getByRole('button', { name: 'Versturen' }).count() > 0) {
    throw new Error(`The refusal page (HTTP ${status}) still offers the form.`);
  }
  return heading(page);
}

function normaliseScores(scores) {
  const result = {};
  if (scores === undefined) {
    for (const letter of factorLetters) result[letter] = 3;
    return result;
  }
  const entries = Array.isArray(scores) ? scores.map((s, i) => [factorLetters[i], s]) : Object.entries(scores);
  for (const [letter, score] of entries) {
    if (!factorLetters.includes(letter)) throw new Error(`There is no factor '${letter}' (a–i).`);
    if (score === null || (typeof score === 'string' && /^weet[ -]niet/i.test(score))) result[letter] = null;
    else if (Number.isInteger(Number(score))) result[letter] = Number(score);
    else throw new Error(`Factor ${letter}: '${score}' is neither a number nor 'weet niet'.`);
  }
  return result;
}

async function heading(page) {
  const h1 = page.getByRole('heading', { level: 1 });
  return (await h1.count()) > 0 ? (await h1.first().innerText()).trim() : '';
}

async function mainText(page) {
  return (await page.getByRole('main').innerText()).trim();
}
