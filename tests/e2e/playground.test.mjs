// End-to-end: the real bot and Microsoft's Agents Playground (the local Teams client), driven in headless
// Chromium like a person would. Needs the bot built (Release) — `./coalitie test` does that — and Chromium
// (tools/ensure-chromium.sh). Screenshots go to TestResults/e2e/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { chromium } = await import(path.join(root, 'node_modules', 'playwright-core', 'index.mjs'));
const configuration = process.env.COALITIE_CONFIGURATION ?? 'Release';
const botDll = path.join(root, 'bot', 'Coalitie.Bot', 'bin', configuration, 'net10.0', 'Coalitie.Bot.dll');
const shots = path.join(root, 'TestResults', 'e2e');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let dataDir, botPort, playgroundPort, bot, playground, browser, page;
const logs = { bot: '', playground: '' };

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

async function waitFor(url, timeoutMs = 60000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try { const r = await fetch(url); if (r.ok) return; } catch { /* not up yet */ }
    await new Promise(r => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms.\nbot log:\n${logs.bot.slice(-3000)}\nplayground log:\n${logs.playground.slice(-3000)}`);
}

function startBot() {
  const child = spawn('dotnet', [botDll], {
    cwd: path.dirname(botDll),
    env: { ...process.env, ASPNETCORE_URLS: `http://127.0.0.1:${botPort}`, Storage__SqlitePath: path.join(dataDir, 'coalitie.db'), Localization__UseTeamsLocale: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', d => { logs.bot += d; });
  child.stderr.on('data', d => { logs.bot += d; });
  return child;
}

async function stop(child) {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise(r => child.once('exit', r));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise(r => setTimeout(r, 10000))]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

async function say(text) {
  const box = page.getByRole('textbox').last();
  await box.click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** Mentions the bot the way a person does in a channel or group chat: '@', pick it from the list, then the text. */
async function sayToBot(text) {
  const box = page.getByRole('textbox').last();
  await box.click();
  await page.keyboard.type('@Coa');
  await page.getByRole('menuitem', { name: 'Coalitie' }).first().click();
  await page.keyboard.type(' ' + text);
  await page.keyboard.press('Enter');
}

async function shot(name) {
  await page.screenshot({ path: path.join(shots, `${name}.png`) });
}

/** A test step that leaves a screenshot behind when it fails, so a red run shows what the person would see. */
function step(name, fn) {
  test(name, async () => {
    try {
      await fn();
    } catch (error) {
      await page?.screenshot({ path: path.join(shots, `failed-${name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}.png`) }).catch(() => {});
      throw error;
    }
  });
}

before(async () => {
  assert.ok(existsSync(botDll), `The bot is not built: ${botDll} (run ./coalitie test, which builds it).`);
  assert.ok(existsSync(chromiumPath), `Chromium not found at ${chromiumPath} (tools/ensure-chromium.sh installs it).`);
  mkdirSync(shots, { recursive: true });
  dataDir = mkdtempSync(path.join(tmpdir(), 'coalitie-e2e-'));
  botPort = await freePort();
  playgroundPort = await freePort();
  bot = startBot();
  await waitFor(`http://127.0.0.1:${botPort}/healthz`);
  playground = spawn(path.join(root, 'node_modules', '.bin', 'agentsplayground'),
    ['start', '-e', `http://127.0.0.1:${botPort}/api/messages`, '-c', 'msteams', '-p', String(playgroundPort), '--dt'], {
      cwd: path.join(root, 'tools', 'playground'),
      env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  playground.stdout.on('data', d => { logs.playground += d; });
  playground.stderr.on('data', d => { logs.playground += d; });
  await waitFor(`http://127.0.0.1:${playgroundPort}/`);
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'nl-NL' });
  page.setDefaultTimeout(20000);
  await page.goto(`http://localhost:${playgroundPort}/`, { waitUntil: 'networkidle' });
});

after(async () => {
  await browser?.close().catch(() => {});
  await stop(playground);
  await stop(bot);
  writeFileSync(path.join(shots, 'bot.log'), logs.bot);
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

step('personal chat: the bot greets once on install, in Dutch', async () => {
  await page.getByText('Welkom bij Coalitie').first().waitFor();
  await page.waitForTimeout(1000);
  assert.equal(await page.getByText('Welkom bij Coalitie').count(), 1);
  await shot('01-welcome');
});

step('personal chat: "hulp" answers with the help card', async () => {
  await say('hulp');
  await page.getByText('Coalitie — wat kan ik?').first().waitFor();
  await shot('02-help');
});

step('personal chat: the welcome card button turns it into the help card (Action.Execute)', async () => {
  await page.getByRole('button', { name: 'Wat kan ik?' }).first().click();
  await page.waitForFunction(() => !document.body.innerText.includes('Welkom bij Coalitie'));
  assert.equal(await page.getByText('Coalitie — wat kan ik?').count(), 2);
});

step('personal chat: text it does not understand gets a friendly Dutch answer with the closest command', async () => {
  await say('hlup');
  const answer = page.getByText(/Dat begrijp ik niet/).first();
  await answer.waitFor();
  assert.match(await answer.innerText(), /hulp/);
  await shot('03-unknown');
});

step('group chat: a mention with "hulp" answers with the help card', async () => {
  await page.getByText('Kernteam wijkaanpak', { exact: true }).first().click();
  await page.getByText(/Hallo allemaal! Ik ben Coalitie/).first().waitFor();
  await sayToBot('hulp');
  await page.getByText('Coalitie — wat kan ik?').first().waitFor();
  await shot('04-groupchat');
});

step('team channel: the bot is welcomed in the team and answers "@Coalitie hulp"', async () => {
  await page.getByText('Stuurgroep', { exact: true }).first().click();
  await page.getByText(/Coalitie is toegevoegd aan Wijkaanpak Havenkwartier/).first().waitFor();
  await sayToBot('hulp');
  await page.getByText('Coalitie — wat kan ik?').first().waitFor();
  await shot('05-channel');
});

step('what the bot learned survives a restart (language choice)', async () => {
  await page.getByText('Personal Chat', { exact: true }).first().click();
  await say('taal en');
  await page.getByText("Fine, I'll speak English with you from now on.").first().waitFor();
  await stop(bot);
  bot = startBot();
  await waitFor(`http://127.0.0.1:${botPort}/healthz`);
  await say('help');
  await page.getByText('Coalitie — what can I do?').first().waitFor();
  await shot('06-after-restart');
});
