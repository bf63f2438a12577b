/**
 * A set of unit indices with O(1) add, remove and membership, whose members are a contiguous
 * Int32Array (the order is not kept). Used for the shrinking pools of candidate reference units.
 */
export class UnitSet {
  private readonly members: Int32Array;
  private readonly position: Int32Array;
  private count = 0;

  constructor(capacity: number, initial: ArrayLike<number> = []) {
    this.members = new Int32Array(capacity);
    this.position = new Int32Array(capacity).fill(-1);
    for (let t = 0; t < initial.length; t++) this.add(initial[t] ?? 0);
  }

  get size(): number {
    return this.count;
  }

  has(unit: number): boolean {
    return (this.position[unit] ?? 0) >= 0;
  }

  add(unit: number): void {
    if ((this.position[unit] ?? 0) >= 0) return;
    this.position[unit] = this.count;
    this.members[this.count++] = unit;
  }

  remove(unit: number): void {
    const at = this.position[unit] ?? 0;
    if (at < 0) return;
    const last = this.members[--this.count] ?? 0;
    this.members[at] = last;
    this.position[last] = at;
    this.position[unit] = -1;
  }

  /** The current members (a view: valid until the next add or remove). */
  view(): Int32Array {
    return this.members.subarray(0, this.count);
  }
}
