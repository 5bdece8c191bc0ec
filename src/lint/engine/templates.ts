/**
 * Fills {name} placeholders of message templates, each template split once (text, name, text, ...)
 * and kept for the lint: tens of thousands of problems share a few dozen templates.
 */
export class TemplateCache {
  private readonly compiled = new Map<string, string[]>();

  format(template: string, args: Record<string, string | number>): string {
    let parts = this.compiled.get(template);
    if (!parts) this.compiled.set(template, (parts = template.split(/\{(\w+)\}/)));
    let out = parts[0];
    for (let i = 1; i < parts.length; i += 2) {
      const name = parts[i];
      out += (name in args ? String(args[name]) : `{${name}}`) + parts[i + 1];
    }
    return out;
  }
}
