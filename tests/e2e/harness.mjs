// Shared by the end-to-end tests: start the real bot and Microsoft's Agents Playground (the local Teams client) on
// free loopback ports, drive the Playground in headless Chromium like a person would, and stop everything after.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { chromium } = await import(path.join(root, 'node_modules', 'playwright-core', 'index.mjs'));
const configuration = process.env.COALITIE_CONFIGURATION ?? 'Release';
export const botDll = path.join(root, 'bot', 'Coalitie.Bot', 'bin', configuration, 'net10.0', 'Coalitie.Bot.dll');
export const shots = path.join(root, 'TestResults', 'e2e');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

export async function waitFor(url, describe, timeoutMs = 60000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try { const r = await fetch(url); if (r.ok) return; } catch { /* not up yet */ }
    await new Promise(r => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms.\n${describe()}`);
}

async function stop(child) {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise(r => child.once('exit', r));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise(r => setTimeout(r, 10000))]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

/** One bot on its own SQLite file, any number of Playgrounds and browser pages. */
export class World {
  constructor(name) {
    this.name = name;
    this.logs = { bot: '' };
    this.playgrounds = [];
    this.pages = [];
  }

  async start() {
    if (!existsSync(botDll)) throw new Error(`The bot is not built: ${botDll} (run ./coalitie test, which builds it).`);
    if (!existsSync(chromiumPath)) throw new Error(`Chromium not found at ${chromiumPath} (tools/ensure-chromium.sh installs it).`);
    mkdirSync(shots, { recursive: true });
    this.dataDir = mkdtempSync(path.join(tmpdir(), `coalitie-e2e-${this.name}-`));
    this.botPort = await freePort();
    this.browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }

  get env() {
    return {
      ...process.env,
      Storage__SqlitePath: path.join(this.dataDir, 'coalitie.db'),
      Localization__UseTeamsLocale: 'false',
      // The outbox and the jobs poll every second, so a card sent by a job reaches the Playground without a wait.
      Work__PollInterval: '00:00:01',
    };
  }

  /** Runs `Coalitie.Bot.dll import FILE` against this world's database (before the bot starts). */
  importFile(file) {
    const result = spawnSync('dotnet', [botDll, 'import', file], { cwd: path.dirname(botDll), env: this.env, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`import failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
    return result.stdout;
  }

  async startBot() {
    this.bot = spawn('dotnet', [botDll], {
      cwd: path.dirname(botDll),
      env: { ...this.env, ASPNETCORE_URLS: `http://127.0.0.1:${this.botPort}` },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.bot.stdout.on('data', d => { this.logs.bot += d; });
    this.bot.stderr.on('data', d => { this.logs.bot += d; });
    await waitFor(`http://127.0.0.1:${this.botPort}/healthz`, () => this.logs.bot.slice(-3000));
  }

  async restartBot() {
    await stop(this.bot);
    await this.startBot();
  }

  /** Starts a Playground whose mock Teams context is the .m365agentsplayground.yml in `configDir`, and a page on it. */
  async openPlayground(configDir = path.join(root, 'tools', 'playground')) {
    const port = await freePort();
    const log = { text: '' };
    const child = spawn(path.join(root, 'node_modules', '.bin', 'agentsplayground'),
      ['start', '-e', `http://127.0.0.1:${this.botPort}/api/messages`, '-c', 'msteams', '-p', String(port), '--dt'], {
        cwd: configDir,
        env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    child.stdout.on('data', d => { log.text += d; });
    child.stderr.on('data', d => { log.text += d; });
    this.playgrounds.push(child);
    await waitFor(`http://127.0.0.1:${port}/`, () => log.text.slice(-3000));
    const page = await this.browser.newPage({ viewport: { width: 1400, height: 1100 }, locale: 'nl-NL' });
    page.setDefaultTimeout(20000);
    await page.goto(`http://localhost:${port}/`, { waitUntil: 'networkidle' });
    this.pages.push(page);
    return new Person(page);
  }

  async stop() {
    await this.browser?.close().catch(() => {});
    for (const p of this.playgrounds) await stop(p);
    await stop(this.bot);
    writeFileSync(path.join(shots, `${this.name}-bot.log`), this.logs.bot);
    if (this.dataDir) rmSync(this.dataDir, { recursive: true, force: true });
  }
}

/** What a person does in the Playground. */
export class Person {
  constructor(page) { this.page = page; }

  async open(conversation) {
    await this.page.getByText(conversation, { exact: true }).first().click();
  }

  async say(text) {
    await this.page.getByRole('textbox').last().click();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
  }

  /**
   * In a channel or group chat: '@', pick the bot from the list, then the text. In a channel each command starts a
   * new post (the "Start a new post" box) so its answer is the newest thread.
   */
  async sayToBot(text) {
    const newPost = this.page.getByRole('button', { name: 'Post' });
    const inChannel = await newPost.count() > 0;
    await this.page.getByRole('textbox')[inChannel ? 'first' : 'last']().click();
    await this.page.keyboard.type('@Coa');
    await this.page.getByRole('menuitem', { name: 'Coalitie' }).first().click();
    await this.page.keyboard.type(' ' + text);
    if (inChannel) {
      await newPost.first().click();
    } else {
      await this.page.keyboard.press('Enter');
    }
  }

  /** Chooses `option` in the compact choice set labelled `label` (a combobox in the Playground's renderer). */
  async choose(label, option) {
    await this.page.getByRole('combobox', { name: label }).last().click();
    await this.page.getByRole('option', { name: option, exact: true }).first().click();
  }

  see(text) { return this.page.getByText(text).last().waitFor(); }

  async shot(name) { await this.page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: false }); }
}

/** A test step that leaves a screenshot behind when it fails. */
export function stepWith(test, pagesOf) {
  return (name, fn) => test(name, async () => {
    try {
      await fn();
    } catch (error) {
      for (const [i, page] of pagesOf().entries()) {
        await page.screenshot({ path: path.join(shots, `failed-${name.replace(/[^a-z0-9]+/gi, '-').slice(0, 50)}-${i}.png`) }).catch(() => {});
      }
      throw error;
    }
  });
}
