// PLACEHOLDER: being written; replaced by the real index.
export class Gazetteer {
  static fromData(_data: unknown, ..._deps: unknown[]): Gazetteer {
    return new Gazetteer();
  }
}
