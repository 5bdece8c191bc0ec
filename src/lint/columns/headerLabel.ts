// Export headers carry more than a name: Entra writes `First name [givenName]` and `Name [displayName]
// Required`, Google Workspace `Email Address [Required]` and `Status [READ ONLY]`. A header is split
// into its label, the directory attribute in brackets, and its markers, so each can be recognised.

export interface HeaderParts {
  /** The name a person reads, without brackets, parentheses and markers ('First name'). */
  label: string;
  /** The directory attribute in brackets ('givenName'), or undefined. */
  attribute: string | undefined;
  /** Bracketed or trailing markers ('Required', 'READ ONLY', 'UPLOAD ONLY'). */
  markers: string[];
}

/** An attribute name: one word in camelCase or PascalCase, with at least one lowercase letter. */
const ATTRIBUTE = /^[A-Za-z][A-Za-z0-9_]*$/;
/** Words exports put in brackets to say how a column is used, never attribute names. */
const MARKER_WORD = /^(required|optional|obbligatorio|facoltativo|readonly|uploadonly)$/i;
const TRAILING_MARKER = /\s+(required|optional|obbligatorio|facoltativo)\s*$/i;

export function headerParts(header: string): HeaderParts {
  const markers: string[] = [];
  let attribute: string | undefined;
  let rest = header.replace(/\[([^\]]*)\]/g, (_, inner: string) => {
    const content = inner.trim();
    if (attribute === undefined && ATTRIBUTE.test(content) && /[a-z]/.test(content) && !MARKER_WORD.test(content)) attribute = content;
    else if (content) markers.push(content);
    return ' ';
  });
  // '(Yes/No)' in 'Block sign in (Yes/No)' says what to write, not what the column is.
  rest = rest.replace(/\([^)]*\)/g, ' ');
  for (let m = TRAILING_MARKER.exec(rest); m; m = TRAILING_MARKER.exec(rest)) {
    markers.push(m[1]);
    rest = rest.slice(0, m.index);
  }
  const label = rest.replace(/\s+/g, ' ').trim();
  return { label: label || header.trim(), attribute, markers };
}

/** True when the header has brackets or markers around its label (an export's decorated header). */
export function isDecoratedHeader(header: string): boolean {
  const parts = headerParts(header);
  return parts.attribute !== undefined || parts.markers.length > 0 || parts.label !== header.trim();
}
