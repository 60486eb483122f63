// PLACEHOLDER: being written; replaced by the real index.
export class Ontology {
  static fromData(_data: unknown, ..._deps: unknown[]): Ontology {
    return new Ontology();
  }
}
