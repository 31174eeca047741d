// End-to-end (issue 4): a slagvaardigheid check-in in three Agents Playgrounds — Fatima (procesregisseur) in the team
// channel, Sander de Vries and Ingrid Jansen (partner representatives) each in their own 1:1 chat — driven in headless
// Chromium. Two rounds, so the results show a trend.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { World, stepWith, root } from './harness.mjs';

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

async function openRound(name) {
  await fatima.sayToBot(`checkin start ${name}`);
  await fatima.see('Slagvaardigheidscheck nu openen');
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

step('a second round: answers drop on Informatieoverdracht and the results show the trend', async () => {
  await openRound('Q4 2026');
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
  // Informatieoverdracht fell from 3,0 to 1,5: weakest, with the trend against Q3 2026 and the vastlopen signal.
  await fatima.see('g. Informatieoverdracht');
  await fatima.see(/↓ 1,5 t\.o\.v\. Q3 2026/);
  await fatima.see(/daalde 1,5 t\.o\.v\. Q3 2026/);
  await fatima.shot('25-fatima-results-trend');
});

step('a late change is refused after closing', async () => {
  await sander.page.getByRole('button', { name: 'Wijzig antwoorden' }).last().click();
  await sander.see(/Deze ronde is gesloten/);
  assert.equal(await sander.page.getByRole('button', { name: 'Versturen' }).count() > 0, true, 'older forms stay on the page');
  await sander.shot('26-sander-closed');
});
