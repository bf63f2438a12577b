import { at, atI32 } from '../arrays/index.ts';
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
    for (let t = 0; t < initial.length; t++) this.add(at(initial, t));
  }

  get size(): number {
    return this.count;
  }

  has(unit: number): boolean {
    return atI32(this.position, unit) >= 0;
  }

  add(unit: number): void {
    if (atI32(this.position, unit) >= 0) return;
    this.position[unit] = this.count;
    this.members[this.count++] = unit;
  }

  remove(unit: number): void {
    const pos = atI32(this.position, unit);
    if (pos < 0) return;
    const last = atI32(this.members, --this.count);
    this.members[pos] = last;
    this.position[last] = pos;
    this.position[unit] = -1;
  }

  /** The current members (a view: valid until the next add or remove). */
  view(): Int32Array {
    return this.members.subarray(0, this.count);
  }
}
