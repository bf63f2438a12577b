// The JSON-stat 2.0 dataset rules (https://json-stat.org/full/), written as checks: version and
// class, id/size/dimension agreement, category index and label, value length = product of
// sizes, status keys within range, role ids among the dimensions.

export function validateJsonStat(doc: unknown): string[] {
  const errors: string[] = [];
  const fail = (m: string) => errors.push(m);
  if (typeof doc !== 'object' || doc === null) return ['not an object'];
  const d = doc as Record<string, unknown>;
  if (d['version'] !== '2.0') fail('version must be "2.0"');
  if (d['class'] !== 'dataset') fail('class must be "dataset"');
  const id = d['id'];
  const size = d['size'];
  const dimension = d['dimension'] as
    Record<string, { category?: { index?: unknown; label?: Record<string, string> } }> | undefined;
  if (!Array.isArray(id) || !id.every((x) => typeof x === 'string'))
    return [...errors, 'id must be an array of strings'];
  if (
    !Array.isArray(size) ||
    size.length !== id.length ||
    !size.every((n) => Number.isInteger(n) && n >= 0)
  )
    return [...errors, 'size must be integers, one per id'];
  if (typeof dimension !== 'object' || dimension === null)
    return [...errors, 'dimension must be an object'];
  id.forEach((dimId: string, i: number) => {
    const dim = dimension[dimId];
    if (!dim?.category) return fail(`dimension ${dimId} lacks a category`);
    const index = dim.category.index;
    const n = Array.isArray(index)
      ? index.length
      : typeof index === 'object' && index !== null
        ? Object.keys(index).length
        : dim.category.label
          ? Object.keys(dim.category.label).length
          : 1;
    if (n !== size[i]) fail(`dimension ${dimId} has ${n} categories but size ${size[i]}`);
    if (Array.isArray(index) && new Set(index).size !== index.length)
      fail(`dimension ${dimId} repeats a category`);
    if (dim.category.label && Array.isArray(index))
      for (const k of Object.keys(dim.category.label))
        if (!index.includes(k)) fail(`label ${k} not in index of ${dimId}`);
  });
  const total = (size as number[]).reduce((a, b) => a * b, 1);
  const value = d['value'];
  if (Array.isArray(value)) {
    if (value.length !== total) fail(`value has ${value.length} cells, size gives ${total}`);
    if (!value.every((v) => v === null || typeof v === 'number'))
      fail('values must be numbers or null');
  } else if (typeof value === 'object' && value !== null) {
    for (const k of Object.keys(value))
      if (!(Number(k) >= 0 && Number(k) < total)) fail(`value key ${k} out of range`);
  } else fail('value must be an array or an object');
  const status = d['status'];
  if (
    status !== undefined &&
    typeof status === 'object' &&
    status !== null &&
    !Array.isArray(status)
  ) {
    for (const k of Object.keys(status))
      if (!(Number(k) >= 0 && Number(k) < total)) fail(`status key ${k} out of range`);
  }
  const role = d['role'] as Record<string, unknown> | undefined;
  if (role)
    for (const [r, ids] of Object.entries(role))
      if (!Array.isArray(ids) || !ids.every((x) => id.includes(x)))
        fail(`role ${r} names an unknown dimension`);
  return errors;
}
