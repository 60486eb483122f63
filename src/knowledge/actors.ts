// PLACEHOLDER: being written; replaced by the real index.
export class ActorBase {
  static fromData(_data: unknown, ..._deps: unknown[]): ActorBase {
    return new ActorBase();
  }
}
