// The peer: compromise's nlp(text).quotations() over a JSONL corpus, one
// output line per document (how many quotations it found), so the work is
// the same shape as `quotegraph batch`.
'use strict';
const fs = require('fs');
const readline = require('readline');
const nlp = require('compromise');

async function main() {
  const input = process.argv[2] ? fs.createReadStream(process.argv[2]) : process.stdin;
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  let docs = 0, quotes = 0;
  for await (const line of lines) {
    if (!line.trim()) continue;
    let doc;
    try { doc = JSON.parse(line); } catch (e) { continue; }
    if (typeof doc.text !== 'string') continue;
    const found = nlp(doc.text).quotations().out('array');
    docs += 1;
    quotes += found.length;
    process.stdout.write(JSON.stringify({ id: doc.id, quotations: found.length }) + '\n');
  }
  process.stderr.write(`compromise: ${docs} documents, ${quotes} quotations\n`);
}
main();
