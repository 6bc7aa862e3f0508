// An in-memory Storage for the device-copy tests (localStorage's methods the code uses).
export class MemoryStorage {
  private map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.map.set(k, v);
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
  /** Its keys, sorted (for assertions). */
  keys() {
    return [...this.map.keys()].sort();
  }
}
