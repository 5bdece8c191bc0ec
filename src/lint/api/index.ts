// What a rule module imports: the rule API and its helpers. Nothing here depends on the engine.
export type { BaselineMatch, BaselineView, CellTest, EditBuilder, Finding, LookAt, PreambleLine, QuoteProblem, Repeat, Row, RuleContext, RuleDefinition, RuleListeners } from './rule';
export type { Fix, Range, TextEdit } from '../types';
export { defineRule } from './rule';
export { cellTest } from './cellTest';
export { hasInnerWhitespace, isWhitespaceCode, removeWhitespace, trimWhitespace } from '../text/whitespace';
