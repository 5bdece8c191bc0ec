// VS Code turns `[label](command:…)`, `(https:…)` and `(file:…)` in a notification's text into a link
// that runs a command or opens a target when clicked. Text that comes from a server, a user list, a
// file name or a team name must never become one, so every notification passes through here: a space
// between `]` and `(` leaves the words readable and the link syntax broken.
export function inertLinks(text: string): string {
  return text.replace(/\](\s*)\(/g, '] (');
}
