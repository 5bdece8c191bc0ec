// A `.cyberguru.json` planted in a repository cannot make every lint slow: its `columns` are looked
// up by name (not scanned per header), and a config over the size or entry bounds is ignored with an
// error saying why.
import * as assert from 'node:assert/strict';
import { CONFIG_LIMITS, lintText, parseConfig } from '../../../src/lint';
import { bestTimeMs } from '../hostile/timing';

/** A config text with `entries` column names, none of which the list uses except the last few. */
function configWithColumns(entries: number): string {
  const columns: Record<string, string> = {};
  for (let i = 0; i < entries; i++) columns[`Unused Column ${i}`] = 'organization';
  columns['Posta elettronica'] = 'email';
  return JSON.stringify({ columns });
}

/** A user list with 2,000 columns (the required ones, then organization columns) and a few rows. */
function wideUserList(): string {
  const extra = Array.from({ length: 1994 }, (_, i) => `Extra ${i}`);
  const header = ['First Name', 'Last Name', 'Posta elettronica', 'Language', 'Username', 'Country', ...extra].join(',');
  const rows = Array.from({ length: 5 }, (_, r) =>
    [`Mario${r}`, 'Rossi', `mario${r}@example.com`, 'it', `mrossi${r}`, 'IT', ...extra.map(() => 'x')].join(','),
  );
  return [header, ...rows].join('\n') + '\n';
}

describe('.cyberguru.json bounds', function () {
  this.timeout(20_000);
  it('20,000 columns entries lint a 2,000-column list about as fast as a 1-entry config (ratio, same run)', () => {
    const big = parseConfig(configWithColumns(19_999)); // 20,000 entries with the one the list uses
    const small = parseConfig(configWithColumns(0));
    assert.deepEqual([big.errors, small.errors], [[], []]);
    const text = wideUserList();
    const result = lintText(text, { config: big.config });
    assert.equal(result.columns.find((c) => c.header === 'Posta elettronica')?.field, 'email', 'the configured name applies');
    lintText(text, { config: small.config }); // warm up the code paths once
    const smallMs = bestTimeMs(() => lintText(text, { config: small.config }), 5);
    const bigMs = bestTimeMs(() => lintText(text, { config: big.config }), 5);
    const ratio = bigMs / smallMs;
    console.log(`      2,000 columns: 1-entry config ${smallMs.toFixed(1)} ms, 20,000 entries ${bigMs.toFixed(1)} ms (x${ratio.toFixed(1)})`);
    // A scan of every entry per header is 40 million comparisons: hundreds of times the small config.
    assert.ok(ratio < 15, `20,000 entries cost x${ratio.toFixed(1)} of one entry`);
  });

  it('more columns or rules entries than allowed: ignored, with an error naming the bound', () => {
    const tooMany = parseConfig(configWithColumns(CONFIG_LIMITS.columns));
    assert.deepEqual(tooMany.config, {});
    assert.deepEqual(tooMany.errors, [`.cyberguru.json: columns: 20001 entries, more than the 20000 allowed; the config is ignored`]);
    const rules = Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`rule-${i}`, 'off']));
    assert.match(parseConfig(JSON.stringify({ rules })).errors[0] ?? '', /rules: 1001 entries, more than the 1000 allowed/);
  });

  it('a config over 1 MB is ignored before it is parsed', () => {
    const text = JSON.stringify({ teamColumn: 'T', $schema: 'x'.repeat(CONFIG_LIMITS.bytes) });
    const { config, errors } = parseConfig(text);
    assert.deepEqual(config, {});
    assert.deepEqual(errors, ['.cyberguru.json is 1025 KB, more than the 1024 KB a config may have; it is ignored']);
    // Multi-byte characters count by their UTF-8 size.
    assert.equal(parseConfig(JSON.stringify({ $schema: 'è'.repeat(600_000) })).errors.length, 1);
  });
});
