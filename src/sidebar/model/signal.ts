// A minimal typed event for the vscode-free model (the tree adapts it to vscode.EventEmitter).

export interface Subscription {
  dispose(): void;
}

export class Signal<T> {
  private readonly listeners = new Set<(event: T) => void>();

  on(listener: (event: T) => void): Subscription {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  fire(event: T): void {
    for (const listener of [...this.listeners]) listener(event);
  }
}
