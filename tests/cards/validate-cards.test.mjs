// Validates Adaptive Card JSON files with Microsoft's own `adaptivecards` parser (schema 1.5, Teams).
//
//   CARDS_DIR=path/to/cards node --test tests/cards/validate-cards.test.mjs
//   CARDS_DIR=path/to/cards node tests/cards/validate-cards.test.mjs
//
// One test per *.json file under CARDS_DIR (recursive). A card passes when:
//   - its top-level "type" is "AdaptiveCard" and its "version" is "1.5";
//   - the parser reports no parse events and validateProperties() reports no events;
//   - every Action.Execute (actions, ActionSets, ShowCard cards, fallbacks, selectActions, refresh) has a verb;
//   - the file is at most 28 KB (28 * 1024 bytes).
// A self-test runs the same checks over tests/cards/bad/ and requires every card there to be rejected.
// The package's `main` does not load in Node (ESM without "type": "module"), so the UMD bundle is required.

import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const scriptDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(scriptDir, "..", "..");
const require = createRequire(join(repoRoot, "package.json"));
const AC = require("adaptivecards/dist/adaptivecards.js");

export const MAX_CARD_BYTES = 28 * 1024;
export const CARD_VERSION = "1.5";

/** Every *.json file under `dir`, recursively, sorted. */
export function findCardFiles(dir) {
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      files.push(...findCardFiles(path));
    } else if (entry.isFile() && entry.name.toLowerCase().endsWith(".json")) {
      files.push(path);
    }
  }
  return files.sort();
}

/** Paths (JSON-pointer-like) of every Action.Execute without a non-empty verb, anywhere in the card. */
export function executeActionsWithoutVerb(node, path = "$") {
  const found = [];
  if (Array.isArray(node)) {
    node.forEach((item, i) => found.push(...executeActionsWithoutVerb(item, `${path}[${i}]`)));
  } else if (node !== null && typeof node === "object") {
    if (node.type === "Action.Execute" && (typeof node.verb !== "string" || node.verb.trim() === "")) {
      found.push(path);
    }
    for (const [key, value] of Object.entries(node)) {
      if (key !== "data") {
        found.push(...executeActionsWithoutVerb(value, `${path}.${key}`));
      }
    }
  }
  return found;
}

function describeEvent(e) {
  return `${AC.ValidationPhase[e.phase] ?? e.phase} ${AC.ValidationEvent[e.event] ?? e.event}: ${e.message}`;
}

/** All problems of one card file; an empty array means the card is valid. */
export function validateCardFile(file) {
  const problems = [];
  const bytes = statSync(file).size;
  if (bytes > MAX_CARD_BYTES) {
    problems.push(`size: ${bytes} bytes, more than ${MAX_CARD_BYTES} (28 KB)`);
  }

  let json;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    problems.push(`invalid JSON: ${error.message}`);
    return problems;
  }

  if (json === null || typeof json !== "object" || Array.isArray(json)) {
    problems.push("the top level is not a JSON object");
    return problems;
  }
  if (json.type !== "AdaptiveCard") {
    problems.push(`top-level type is ${JSON.stringify(json.type)}, expected "AdaptiveCard"`);
  }
  if (json.version !== CARD_VERSION) {
    problems.push(`version is ${JSON.stringify(json.version)}, expected "${CARD_VERSION}"`);
  }

  const context = new AC.SerializationContext();
  context.targetVersion = AC.Versions.v1_5;
  const card = new AC.AdaptiveCard();
  card.parse(json, context);
  for (let i = 0; i < context.eventCount; i++) {
    problems.push(`parse: ${describeEvent(context.getEventAt(i))}`);
  }

  const results = card.validateProperties();
  for (const e of results.validationEvents) {
    problems.push(`validateProperties: ${describeEvent(e)}`);
  }

  for (const path of executeActionsWithoutVerb(json)) {
    problems.push(`Action.Execute without verb at ${path}`);
  }
  return problems;
}

function cardsDirectory() {
  const dir = process.env.CARDS_DIR;
  if (!dir) {
    throw new Error("CARDS_DIR is not set: point it at a directory of Adaptive Card *.json files.");
  }
  const absolute = resolve(dir);
  let stats;
  try {
    stats = statSync(absolute);
  } catch {
    throw new Error(`CARDS_DIR ${absolute} does not exist.`);
  }
  if (!stats.isDirectory()) {
    throw new Error(`CARDS_DIR ${absolute} is not a directory.`);
  }
  const files = findCardFiles(absolute);
  if (files.length === 0) {
    throw new Error(`CARDS_DIR ${absolute} holds no *.json card files.`);
  }
  return { absolute, files };
}

let cards;
try {
  cards = cardsDirectory();
} catch (error) {
  console.error(`validate-cards: ${error.message}`);
  process.exit(2);
}

for (const file of cards.files) {
  test(`card ${relative(cards.absolute, file)}`, () => {
    const problems = validateCardFile(file);
    assert.equal(problems.length, 0, `${file} is not a valid Teams Adaptive Card 1.5:\n  ${problems.join("\n  ")}`);
  });
}

// Each bad fixture must be rejected, and for the reason it was written for.
const badCards = {
  "unknown-element-type.json": /UnknownElementType/,
  "required-input-without-label.json": /RequiredInputsShouldHaveLabel/,
  "execute-without-verb.json": /Action\.Execute without verb/,
};

test("self-test: every card in tests/cards/bad is rejected", () => {
  const badDir = join(scriptDir, "bad");
  const files = findCardFiles(badDir);
  assert.deepEqual(
    files.map((f) => relative(badDir, f)),
    Object.keys(badCards).sort(),
    "tests/cards/bad must hold exactly the known bad fixtures",
  );
  for (const file of files) {
    const problems = validateCardFile(file);
    const expected = badCards[relative(badDir, file)];
    assert.ok(problems.length > 0, `${file} was accepted but is deliberately broken`);
    assert.ok(
      problems.some((p) => expected.test(p)),
      `${file} was rejected, but not for ${expected}:\n  ${problems.join("\n  ")}`,
    );
  }
});
