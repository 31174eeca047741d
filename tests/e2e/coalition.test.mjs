// End-to-end (issue 3): the demo coalition in two Agents Playgrounds at once — Fatima (procesregisseur) in the team
// channel, Sander de Vries (representative of Woonpartners Zuid) in his own 1:1 chat — driven in headless Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { World, stepWith, root } from './harness.mjs';

const world = new World('coalition');
let fatima, sander;
const step = stepWith(test, () => world.pages);

before(async () => {
  await world.start();
  world.importFile(path.join(root, 'tools', 'demo', 'havenkwartier.json'));
  await world.startBot();
  fatima = await world.openPlayground();
  sander = await world.openPlayground(path.join(root, 'tools', 'playground', 'sander'));
});

after(() => world.stop());

step('the procesregisseur sees the coalition, the contract and the status in the team channel', async () => {
  await fatima.open('General');
  await fatima.see(/Coalitie is toegevoegd/);
  await fatima.sayToBot('coalitie');
  await fatima.see(/Wijkaanpak Havenkwartier/);
  await fatima.sayToBot('contract');
  await fatima.see(/20 jaar/);
  await fatima.sayToBot('status');
  await fatima.see(/op koers/i);
  await fatima.shot('10-fatima-status');
});

step('the procesregisseur adds a partner with the form', async () => {
  await fatima.sayToBot('partner toevoegen');
  const form = fatima.page.getByLabel('Naam van de organisatie').first();
  await form.waitFor();
  await form.fill('Bibliotheek Havenstad');
  await fatima.choose('Domein', 'cultuur');
  await fatima.page.getByRole('button', { name: 'Toevoegen' }).first().click();
  await fatima.see('✓ Bibliotheek Havenstad is partner');
  await fatima.sayToBot('partners');
  await fatima.see('Bibliotheek Havenstad');
  await fatima.shot('11-fatima-partner-added');
});

step('a partner representative cannot change the contract', async () => {
  await sander.open('Personal Chat');
  await sander.say('contract bewerken');
  await sander.see(/Het contract wijzigen kan alleen de procesregisseur/);
  await sander.shot('12-sander-refused');
});

step('a partner representative reports progress on his own commitment from the card', async () => {
  await sander.say('voortgang T-3');
  const value = sander.page.getByLabel(/Nieuwe stand/).last();
  await value.waitFor();
  await value.fill('31');
  await sander.page.getByLabel(/Toelichting/).last().fill('Twee flats opgeleverd.');
  await sander.page.getByRole('button', { name: 'Melden' }).last().click();
  await sander.see(/Gemeld op .*: \*?\*?31/);
  await sander.shot('13-sander-progress');
});

step('the procesregisseur sees the new value on the commitment', async () => {
  await fatima.sayToBot('toezegging T-3');
  await fatima.see(/Minder leegstand in de portiekflats/);
  const card = fatima.page.getByText(/31/).last();
  await card.waitFor();
  assert.ok(await card.isVisible());
  await fatima.shot('14-fatima-commitment');
});
