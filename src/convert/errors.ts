/** An input that cannot be converted as asked: the message says what to do (CLI exit 2, an error in the editor). */
export class ConvertError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConvertError';
  }
}
