import type { BaselineView, EditBuilder, Finding, PreambleLine, Row, RuleContext, RuleDefinition } from '../api/rule';
import type { SourceEncoding } from '../encoding/sourceEncoding';
import type { EmailValidator } from '../codes/email';
import type { ColumnMap } from '../columns/mapColumns';
import type { LineIndex } from '../reader/lineIndex';
import type { CyberGuruConfig, Fix, Range, TextEdit } from '../types';
import { unsafeIfFormula } from './formulaSafety';

/**
 * What one lint knows about its file, as the rule contexts read it: the context's own values, plus
 * what the engine keeps to itself (where the bad byte is, the line index, username-changing edits).
 */
export interface LintFile
  extends Pick<
    RuleContext,
    'config' | 'delimiter' | 'hasBom' | 'header' | 'columns' | 'streaming' | 'userCount' | 'sourceEncoding' | 'preamble' | 'emails' | 'baseline'
  > {
  readonly decodeError: { offset: number; replacement?: boolean } | undefined;
  readonly lines: LineIndex;
  readonly edits: EditBuilder & { changesUsername(edit: TextEdit): boolean };
}

/** Where a finding goes (the rule runner). */
export interface FindingSink {
  isActive(code: string): boolean;
  formatTemplate(template: string, args: Record<string, string | number>): string;
  report(rule: RuleDefinition, finding: Finding): void;
}

/** Values quoted in messages and fix titles are cut to this many characters (a cell can be megabytes). */
const MAX_SHOWN_CHARS = 80;

/** The arguments with long strings cut (the same object when none is long). */
export function shortArgs(args: Record<string, string | number>): Record<string, string | number> {
  for (const key in args) {
    const value = args[key];
    if (typeof value === 'string' && value.length > MAX_SHOWN_CHARS) {
      const copy = { ...args };
      for (const k in copy) {
        const v = copy[k];
        if (typeof v === 'string' && v.length > MAX_SHOWN_CHARS) copy[k] = `${v.slice(0, MAX_SHOWN_CHARS - 1)}…`;
      }
      return copy;
    }
  }
  return args;
}

/** One rule's view of a lint: the RuleContext the engine hands to its create(). */
export class RuleScope implements RuleContext {
  constructor(
    private readonly rule: RuleDefinition,
    private readonly file: LintFile,
    private readonly sink: FindingSink,
  ) {}

  get config(): CyberGuruConfig {
    return this.file.config;
  }
  get delimiter(): ',' | ';' | '\t' {
    return this.file.delimiter;
  }
  get hasBom(): boolean {
    return this.file.hasBom;
  }
  get header(): Row | undefined {
    return this.file.header;
  }
  get columns(): ColumnMap {
    return this.file.columns;
  }
  get streaming(): boolean {
    return this.file.streaming;
  }
  get userCount(): number {
    return this.file.userCount;
  }
  get emails(): EmailValidator {
    return this.file.emails;
  }
  get edits(): EditBuilder {
    return this.file.edits;
  }
  get baseline(): BaselineView | undefined {
    return this.file.baseline;
  }
  get sourceEncoding(): SourceEncoding | undefined {
    return this.file.sourceEncoding;
  }
  get preamble(): readonly PreambleLine[] {
    return this.file.preamble;
  }
  get notUtf8At(): Range | undefined {
    const error = this.file.decodeError;
    return error && this.file.lines.rangeOf(error.offset, error.offset + 1);
  }
  get notUtf8As(): 'bytes' | 'replacement-character' {
    return this.file.decodeError?.replacement ? 'replacement-character' : 'bytes';
  }
  get fileStart(): Range {
    return this.file.lines.rangeOf(0, 0);
  }
  get bomRange(): Range | undefined {
    return this.file.hasBom ? this.file.lines.rangeOf(0, 1) : undefined;
  }
  get headerRange(): Range {
    const columns = this.file.columns.columns;
    return columns.length ? { start: columns[0].range.start, end: columns[columns.length - 1].range.end } : this.fileStart;
  }

  isActive(code: string): boolean {
    return this.sink.isActive(code);
  }

  report(finding: Finding): void {
    this.sink.report(this.rule, finding);
  }

  fix(title: string, args: Record<string, string | number>, edits: TextEdit[], safe: boolean, preferred = true): Fix {
    const template = this.rule.messages[title];
    const shown = shortArgs(args);
    const changesUsername = edits.some((edit) => this.file.edits.changesUsername(edit));
    // The one place fixes are made: no fix applied in bulk may write a formula-like cell, whatever the rule.
    return { title: this.sink.formatTemplate(template, shown), template, args: shown, edits, safe: unsafeIfFormula(safe, edits), preferred, changesUsername };
  }
}
