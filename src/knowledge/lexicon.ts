// PLACEHOLDER: being written; replaced by the real index.
export class EventLexicon {
  static fromData(_data: unknown, ..._deps: unknown[]): EventLexicon {
    return new EventLexicon();
  }
}
