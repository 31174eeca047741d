// End-to-end (issue 4): a slagvaardigheid check-in in three Agents Playgrounds — Fatima (procesregisseur) in the team
// channel, Sander de Vries and Ingrid Jansen (partner representatives) each in their own 1:1 chat — driven in headless
// Chromium. Two rounds, so the results show a trend.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { World, stepWith, root } from './harness.mjs';
import { answerBurgerpanel, expectRefused } from './burgerpanel.mjs';

const world = new World('checkin');
let fatima, sander, ingrid;
const step = stepWith(test, () => world.pages);
const factors = ['Drive', 'Inhoudelijke richting', 'Organisatiemandaat', 'Operationele eenheid', 'Normatieve balans',
  'Instrumentele afstemming', 'Informatieoverdracht', 'Regie', 'Verhouding tussen actie en borging'];

before(async () => {
  await world.start();
  world.importFile(path.join(root, 'tools', 'demo', 'havenkwartier.json'));
  await world.startBot();
  fatima = await world.openPlayground();
  sander = await world.openPlayground(path.join(root, 'tools', 'playground', 'sander'));
  ingrid = await world.openPlayground(path.join(root, 'tools', 'playground', 'ingrid'));
});

after(() => world.stop());

/** Picks a score per factor on the newest check-in card (radio buttons), then presses the button. */
async function answer(person, scores, button = 'Versturen') {
  const page = person.page;
  for (const [i, name] of factors.entries()) {
    const group = page.getByRole('radiogroup', { name: `Jouw oordeel over ${name}` }).last();
    await group.getByRole('radio', { name: scores[i], exact: false }).first().check();
  }
  await page.getByRole('button', { name: button }).last().click();
}

async function openRound(name, { burgerpanel = false } = {}) {
  await fatima.sayToBot(`checkin start ${name}`);
  await fatima.see('Slagvaardigheidscheck nu openen');
  if (burgerpanel) await fatima.page.getByRole('checkbox', { name: /Burgerpanel via een weblink/ }).first().check();
  // In a channel the newest post comes first on the page.
  await fatima.page.getByRole('button', { name: 'Ronde openen' }).first().click();
  await fatima.see(new RegExp(`✓ Ronde ${name} is open tot`));
}

step('two representatives open their 1:1 chat with the bot', async () => {
  for (const person of [sander, ingrid]) {
    await person.open('Personal Chat');
    await person.say('hulp');
    await person.see('Coalitie — wat kan ik?');
  }
});

step('the procesregisseur opens a round now and the cards reach both representatives 1:1', async () => {
  await fatima.open('General');
  await openRound('Q3 2026');
  await fatima.shot('20-fatima-round-open');
  for (const person of [sander, ingrid]) {
    await person.see('Slagvaardigheidscheck — ronde Q3 2026');
  }
  await sander.shot('21-sander-checkin-card');
});

step('Sander answers, then changes his answers while the round is open', async () => {
  await answer(sander, ['4', '4', '3', '4', '3', '3', '3', '4', '4']);
  await sander.see(/Bedankt, Sander\. Je antwoorden staan genoteerd/);
  await sander.page.getByRole('button', { name: 'Wijzig antwoorden' }).last().click();
  await answer(sander, ['4', '4', '3', '4', '3', '3', '2', '4', '4']);
  await sander.see(/Bedankt, Sander\./);
  await sander.shot('22-sander-receipt');
});

step('Ingrid answers', async () => {
  await answer(ingrid, ['5', '4', '4', '4', '3', '4', '4', '3', '4']);
  await ingrid.see(/Bedankt, Ingrid\./);
});

step('the procesregisseur sees who answered, closes the round and sees the results', async () => {
  await fatima.sayToBot('checkin status');
  await fatima.see(/Open\. 2 van \d+ geantwoord/);
  await fatima.shot('23-fatima-status');
  await fatima.sayToBot('checkin sluit');
  await fatima.see(/Ronde Q3 2026 is gesloten: 2 van \d+ geantwoord/);
  await fatima.sayToBot('checkin uitslag');
  await fatima.see('Uitslag Q3 2026');
  await fatima.shot('24-fatima-results-first');
});

step('a second round with the burgerpanel: a resident answers through a single-use link in Chromium', async () => {
  await openRound('Q4 2026', { burgerpanel: true });
  await fatima.sayToBot('checkin link 2');
  await fatima.see('Burgerpanel-links — ronde Q4 2026');
  const cardText = await fatima.page.getByText(/Burgerpanel-links — ronde Q4 2026/).first().locator('xpath=ancestor::*[contains(@class,"ac-adaptiveCard")][1]').innerText();
  const urls = [...new Set(cardText.match(/http:\/\/[^\s)\]]+\/burgerpanel\/[0-9a-f]{32}\/[0-9a-f]{32}\?exp=\d+&sig=[0-9a-f]{64}/g) ?? [])];
  assert.equal(urls.length, 2, `two links in the card:\n${cardText}`);
  await fatima.shot('25-fatima-burgerpanel-links');

  const resident = await world.browser.newPage({ viewport: { width: 320, height: 640 }, locale: 'nl-NL' });
  world.pages.push(resident);
  const thanks = await answerBurgerpanel(resident, urls[0], { scores: [4, 4, 3, 3, 'weet niet', 3, 2, 3, 4], comment: 'Meer informatie in de wijkkrant graag.' });
  assert.match(thanks, /Bedankt voor je antwoorden/);
  await resident.screenshot({ path: path.join(root, 'TestResults', 'e2e', '26-burgerpanel-thanks.png') });
  assert.match(await expectRefused(resident, urls[0]), /al gebruikt/);
  await fatima.sayToBot('checkin status');
  await fatima.see('Burgerpanel: 1 van 2 links gebruikt.');
});

step('answers drop on Informatieoverdracht and the results show the trend', async () => {
  await sander.see('Slagvaardigheidscheck — ronde Q4 2026');
  await answer(sander, ['4', '4', '3', '4', '3', '3', '1', '4', '4']);
  await sander.see(/Bedankt, Sander\./);
  await ingrid.see('Slagvaardigheidscheck — ronde Q4 2026');
  await answer(ingrid, ['5', '4', '4', '4', '3', '4', '2', '3', '4']);
  await ingrid.see(/Bedankt, Ingrid\./);
  await fatima.sayToBot('checkin sluit');
  await fatima.see(/Ronde Q4 2026 is gesloten/);
  await fatima.sayToBot('checkin uitslag');
  await fatima.see('Uitslag Q4 2026');
  await fatima.see(/2 van \d+ geantwoord/);
  // Informatieoverdracht fell from 3,0 (Sander 2, Ingrid 4) to 1,7 (Sander 1, Ingrid 2, the burgerpanel 2): the weakest
  // factor, with the trend against Q3 2026 and the vastlopen signal.
  await fatima.see('g. Informatieoverdracht');
  await fatima.see(/1,7 \(↓ 1,3 t\.o\.v\. Q3 2026\)/);
  await fatima.see(/daalde 1,3 t\.o\.v\. Q3 2026/);
  await fatima.shot('27-fatima-results-trend');
});

step('a late change is refused after closing', async () => {
  await sander.page.getByRole('button', { name: 'Wijzig antwoorden' }).last().click();
  await sander.see(/Deze ronde is gesloten/);
  await sander.shot('28-sander-closed');
});
