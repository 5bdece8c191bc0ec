import { pathToFileURL } from 'node:url';
import { DOCS_BASE_URL, rules } from '../rules/registry';
import type { Problem, Severity } from '../types';
import type { ProblemSink, Write } from './problemSink';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** SARIF 2.1.0: one run, the rule catalog as `tool.driver.rules`, results written incrementally. */
export class SarifOutput implements ProblemSink {
  private resultCount = 0;
  private readonly ruleIndex = new Map(rules.map((r, i) => [r.code, i]));

  constructor(
    private readonly write: Write,
    version: string,
  ) {
    const driver = {
      name: 'cyberguru',
      version,
      informationUri: DOCS_BASE_URL,
      rules: rules.map((r) => ({
        id: r.code,
        name: r.name,
        shortDescription: { text: r.description },
        fullDescription: { text: r.description },
        helpUri: `${DOCS_BASE_URL}/${r.code}.md`,
        defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
        properties: { fixable: r.fixable },
      })),
    };
    const head = JSON.stringify({
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [{ tool: { driver }, columnKind: 'utf16CodeUnits', results: [] }],
    });
    // Everything up to the (still empty) results array; end() closes it.
    this.write(head.slice(0, head.lastIndexOf('[]}]}') + 1));
  }

  beginFile(): void {}

  problems(file: string, problems: readonly Problem[]): void {
    const uri = pathToFileURL(file).href;
    let out = '';
    for (const p of problems) {
      const result = {
        ruleId: p.code,
        ruleIndex: this.ruleIndex.get(p.code),
        level: LEVEL[p.severity],
        message: { text: p.message },
        locations: [{ physicalLocation: { artifactLocation: { uri }, region: region(p.range) } }],
        relatedLocations: p.related.map((r, id) => ({
          id,
          message: { text: r.message },
          physicalLocation: { artifactLocation: { uri: r.file ? pathToFileURL(r.file).href : uri }, region: region(r.range) },
        })),
      };
      out += `${this.resultCount++ ? ',' : ''}\n${JSON.stringify(result)}`;
    }
    if (out) this.write(out);
  }

  endFile(): void {}

  end(): void {
    this.write('\n]}]}\n');
  }
}

function region(range: Problem['range']) {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.column + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.column + 1,
  };
}
