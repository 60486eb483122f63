// PLACEHOLDER: being written; replaced by the real index.
export class Countries {
  static fromData(_data: unknown, ..._deps: unknown[]): Countries {
    return new Countries();
  }
}
