// End-to-end (issue 2): the bot in Microsoft's Agents Playground, driven in headless Chromium. Screenshots in
// TestResults/e2e/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { World, stepWith } from './harness.mjs';

const world = new World('foundation');
let fatima;
const step = stepWith(test, () => world.pages);

before(async () => {
  await world.start();
  await world.startBot();
  fatima = await world.openPlayground();
});

after(() => world.stop());

step('personal chat: the bot greets once on install, in Dutch', async () => {
  await fatima.see('Welkom bij Coalitie');
  await fatima.page.waitForTimeout(1000);
  assert.equal(await fatima.page.getByText('Welkom bij Coalitie').count(), 1);
  await fatima.shot('01-welcome');
});

step('personal chat: "hulp" answers with the help card', async () => {
  await fatima.say('hulp');
  await fatima.see('Coalitie — wat kan ik?');
  await fatima.shot('02-help');
});

step('personal chat: the welcome card button turns it into the help card (Action.Execute)', async () => {
  await fatima.page.getByRole('button', { name: 'Wat kan ik?' }).first().click();
  await fatima.page.waitForFunction(() => !document.body.innerText.includes('Welkom bij Coalitie'));
  assert.equal(await fatima.page.getByText('Coalitie — wat kan ik?').count(), 2);
});

step('personal chat: text it does not understand gets a friendly Dutch answer with the closest command', async () => {
  await fatima.say('hlup');
  const answer = fatima.page.getByText(/Dat begrijp ik niet/).last();
  await answer.waitFor();
  assert.match(await answer.innerText(), /hulp/);
  await fatima.shot('03-unknown');
});

step('group chat: a mention with "hulp" answers with the help card', async () => {
  await fatima.open('Kernteam wijkaanpak');
  await fatima.see(/Hallo allemaal! Ik ben Coalitie/);
  await fatima.sayToBot('hulp');
  await fatima.see('Coalitie — wat kan ik?');
  await fatima.shot('04-groupchat');
});

step('team channel: the bot is welcomed in the team and answers "@Coalitie hulp"', async () => {
  await fatima.open('Stuurgroep');
  await fatima.see(/Coalitie is toegevoegd aan Wijkaanpak Havenkwartier/);
  await fatima.sayToBot('hulp');
  await fatima.see('Coalitie — wat kan ik?');
  await fatima.shot('05-channel');
});

step('what the bot learned survives a restart (language choice)', async () => {
  await fatima.open('Personal Chat');
  await fatima.say('taal en');
  await fatima.see("Fine, I'll speak English with you from now on.");
  await world.restartBot();
  await fatima.say('help');
  await fatima.see('Coalitie — what can I do?');
  await fatima.shot('06-after-restart');
});
