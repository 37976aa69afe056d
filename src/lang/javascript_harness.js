// prep's JavaScript harness: runs every case of a judge run in this one Node process.
//
// argv[2]: the user's file name as shown in messages; the source is ./solution.js (for
// TypeScript, tsc's output, with its source map in ./solution.js.map).
// stdin: a header line {"signature": ..., "stdout_cap": ...} (judge/protocol.rs), then one
// line [k, input] per case.
// fd 3: records, one JSON object a line: loaded | compile_error | start | done.
// The user's prints in case k go to ./stdout.k: process.stdout.write (which console.log,
// console.info, console.debug, console.table and console.dir go through) is pointed there
// during the case; console.warn and console.error stay on stderr.
'use strict';

const fs = require('fs');
const vm = require('vm');
const v8 = require('v8');
const util = require('util');

const USER_PATH = process.argv[2] || 'solution.js';
// The harness collects garbage between cases (not timed); `gc` is taken from a context of
// its own, so the solution's global scope never has it.
let collect = null;
try {
  v8.setFlagsFromString('--expose-gc');
  collect = vm.runInNewContext('gc');
} catch (e) {
  collect = null;
}

// A TypeScript solution runs as tsc's output: its source map turns the positions in the
// user's frames back into the .ts file's own lines and columns.
let sourceMap = null;
try {
  if (fs.existsSync('solution.js.map')) {
    sourceMap = new (require('module').SourceMap)(JSON.parse(fs.readFileSync('solution.js.map', 'utf8')));
  }
} catch (e) {
  sourceMap = null;
}
const USER_AT = new RegExp(USER_PATH.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + ':(\\d+)(?::(\\d+))?', 'g');

function userPositions(text) {
  if (!sourceMap) return text;
  return text.replace(USER_AT, (whole, line, column) => {
    const entry = sourceMap.findEntry(Number(line) - 1, column ? Number(column) - 1 : 0);
    if (!entry || entry.originalLine === undefined) return whole;
    return `${USER_PATH}:${entry.originalLine + 1}` + (column ? `:${entry.originalColumn + 1}` : '');
  });
}

function writeAll(fd, text) {
  const buf = Buffer.from(text, 'utf8');
  let off = 0;
  while (off < buf.length) off += fs.writeSync(fd, buf, off, buf.length - off);
}

function record(text) {
  writeAll(3, text + '\n');
}

class BadOutput extends Error {}

// ---------------------------------------------------------------------------------------
// What LeetCode defines for JavaScript solutions. Everything is a configurable property of
// the global object (not a declaration), so a solution may declare its own class of the same
// name (`class Node` in an LRU cache, its own `PriorityQueue`) without a redeclaration error.

function define(name, value) {
  Object.defineProperty(globalThis, name, {
    value,
    writable: true,
    configurable: true,
    enumerable: false,
  });
}

function ListNode(val, next) {
  this.val = (val === undefined ? 0 : val);
  this.next = (next === undefined ? null : next);
}

function TreeNode(val, left, right) {
  this.val = (val === undefined ? 0 : val);
  this.left = (left === undefined ? null : left);
  this.right = (right === undefined ? null : right);
}

// Clone Graph's node.
function GraphNode(val, neighbors) {
  this.val = val === undefined ? 0 : val;
  this.neighbors = neighbors === undefined ? [] : neighbors;
}
Object.defineProperty(GraphNode, 'name', { value: '_Node' });

// Copy List with Random Pointer's node.
function RandomNode(val, next, random) {
  this.val = val;
  this.next = next;
  this.random = random;
}
Object.defineProperty(RandomNode, 'name', { value: '_Node' });

// @datastructures-js/priority-queue (6.x, with the 4.x forms LeetCode solutions still use),
// @datastructures-js/queue and @datastructures-js/deque, written here: a binary heap, an
// O(1) queue and a ring-buffer deque.

class Heap {
  constructor(compare, values) {
    this._compare = compare;
    this._nodes = Array.isArray(values) ? values : [];
    if (this._nodes.length > 1) this._heapify();
  }
  _heapify() {
    for (let i = (this._nodes.length >> 1) - 1; i >= 0; i--) this._down(i);
  }
  _up(i) {
    const a = this._nodes;
    const x = a[i];
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this._compare(x, a[p]) >= 0) break;
      a[i] = a[p];
      i = p;
    }
    a[i] = x;
  }
  _down(i) {
    const a = this._nodes;
    const n = a.length;
    const x = a[i];
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      if (c + 1 < n && this._compare(a[c + 1], a[c]) < 0) c++;
      if (this._compare(a[c], x) >= 0) break;
      a[i] = a[c];
      i = c;
    }
    a[i] = x;
  }
  push(x) {
    this._nodes.push(x);
    this._up(this._nodes.length - 1);
  }
  pop() {
    const a = this._nodes;
    if (a.length === 0) return null;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0) {
      a[0] = last;
      this._down(0);
    }
    return top;
  }
  top() {
    return this._nodes.length ? this._nodes[0] : null;
  }
  // The lowest-priority entry: a leaf.
  leaf() {
    const a = this._nodes;
    if (!a.length) return null;
    let best = a[a.length - 1];
    for (let i = a.length >> 1; i < a.length; i++) {
      if (this._compare(a[i], best) > 0) best = a[i];
    }
    return best;
  }
  sorted() {
    return this._nodes.slice().sort(this._compare);
  }
  removeWhere(test) {
    const kept = [];
    const removed = [];
    for (const x of this._nodes) (test(x) ? removed : kept).push(x);
    this._nodes = kept;
    this._heapify();
    return removed;
  }
}

function numeric(x) {
  return x;
}

// The shared body of PriorityQueue, MinPriorityQueue and MaxPriorityQueue. Entries are the
// elements themselves, or {element, priority} once the queue is in the 4.x form (an explicit
// priority in `enqueue(element, priority)`, or a `{priority}` option): then front, back,
// dequeue and toArray answer {element, priority} as that version did.
class BaseQueue {
  constructor(compareElements, priorityOf, wrapped, sign) {
    this._compareElements = compareElements;
    this._priorityOf = priorityOf;
    this._sign = sign;
    this._wrapped = wrapped;
    this._heap = new Heap(this._entryCompare(), []);
  }
  _entryCompare() {
    if (this._wrapped) {
      const sign = this._sign || 1;
      const cmp = this._compareElements;
      return (a, b) => {
        if (cmp && (a.priority === undefined || b.priority === undefined)) {
          return cmp(a.element, b.element);
        }
        return a.priority < b.priority ? -sign : a.priority > b.priority ? sign : 0;
      };
    }
    return this._compareElements;
  }
  _wrap() {
    // Turns a queue of plain elements into the 4.x form.
    if (this._wrapped) return;
    const old = this._heap._nodes;
    this._wrapped = true;
    this._heap = new Heap(
      this._entryCompare(),
      old.map((e) => ({ element: e, priority: this._priority(e, undefined) })),
    );
  }
  _priority(element, given) {
    if (given !== undefined) return given;
    if (this._priorityOf) return this._priorityOf(element);
    // A min or max queue of numbers: the number is its priority (4.x).
    return this._compareElements && this._sign !== 0 ? element : undefined;
  }
  size() {
    return this._heap._nodes.length;
  }
  isEmpty() {
    return this._heap._nodes.length === 0;
  }
  front() {
    return this._heap.top();
  }
  back() {
    return this._heap.leaf();
  }
  enqueue(element, priority) {
    if (priority !== undefined) this._wrap();
    if (this._wrapped) {
      this._heap.push({ element, priority: this._priority(element, priority) });
    } else {
      this._heap.push(element);
    }
    return this;
  }
  push(element, priority) {
    return this.enqueue(element, priority);
  }
  dequeue() {
    return this._heap.pop();
  }
  pop() {
    return this.dequeue();
  }
  remove(callback) {
    return this._heap.removeWhere(callback);
  }
  contains(callback) {
    return this._heap._nodes.some(callback);
  }
  toArray() {
    return this._heap.sorted();
  }
  clear() {
    this._heap._nodes = [];
  }
  *[Symbol.iterator]() {
    while (!this.isEmpty()) yield this.dequeue();
  }
}

function priorityGetter(arg) {
  if (typeof arg === 'function') return arg;
  if (arg && typeof arg === 'object' && typeof arg.priority === 'function') return arg.priority;
  return null;
}

class MinPriorityQueue extends BaseQueue {
  // new MinPriorityQueue(), new MinPriorityQueue(x => x.cost), new MinPriorityQueue({priority: fn})
  constructor(getCompareValue, values) {
    const get = priorityGetter(getCompareValue);
    const legacy = !!(getCompareValue && typeof getCompareValue === 'object' && get);
    const key = get || numeric;
    super((a, b) => {
      const x = key(a);
      const y = key(b);
      return x < y ? -1 : x > y ? 1 : 0;
    }, get, false, 1);
    if (legacy) this._wrap();
    if (Array.isArray(values)) for (const v of values) this.enqueue(v);
  }
  static fromArray(values, getCompareValue) {
    return new MinPriorityQueue(getCompareValue, values);
  }
}

class MaxPriorityQueue extends BaseQueue {
  constructor(getCompareValue, values) {
    const get = priorityGetter(getCompareValue);
    const legacy = !!(getCompareValue && typeof getCompareValue === 'object' && get);
    const key = get || numeric;
    super((a, b) => {
      const x = key(a);
      const y = key(b);
      return x < y ? 1 : x > y ? -1 : 0;
    }, get, false, -1);
    if (legacy) this._wrap();
    if (Array.isArray(values)) for (const v of values) this.enqueue(v);
  }
  static fromArray(values, getCompareValue) {
    return new MaxPriorityQueue(getCompareValue, values);
  }
}

class PriorityQueue extends BaseQueue {
  // new PriorityQueue((a, b) => a - b), new PriorityQueue({compare: (a, b) => a - b})
  constructor(compare, values) {
    let cmp = typeof compare === 'function' ? compare : compare && compare.compare;
    if (typeof cmp !== 'function') {
      if (compare && typeof compare.priority === 'function') {
        // 4.x: new PriorityQueue({priority}) is a min queue by that priority.
        const get = compare.priority;
        super(null, get, true, 1);
        if (Array.isArray(values)) for (const v of values) this.enqueue(v);
        return;
      }
      throw new Error('PriorityQueue needs a compare function: new PriorityQueue((a, b) => a - b)');
    }
    super(cmp, null, false, 0);
    if (Array.isArray(values)) for (const v of values) this.enqueue(v);
  }
  static fromArray(values, compare) {
    return new PriorityQueue(compare, values);
  }
}

class Queue {
  constructor(elements) {
    this._elements = Array.isArray(elements) ? elements.slice() : [];
    this._offset = 0;
  }
  size() {
    return this._elements.length - this._offset;
  }
  isEmpty() {
    return this.size() === 0;
  }
  enqueue(element) {
    this._elements.push(element);
    return this;
  }
  push(element) {
    return this.enqueue(element);
  }
  front() {
    return this.size() > 0 ? this._elements[this._offset] : null;
  }
  back() {
    return this.size() > 0 ? this._elements[this._elements.length - 1] : null;
  }
  dequeue() {
    if (this.size() === 0) return null;
    const first = this._elements[this._offset];
    this._elements[this._offset] = undefined;
    this._offset += 1;
    if (this._offset * 2 >= this._elements.length && this._offset > 16) {
      this._elements = this._elements.slice(this._offset);
      this._offset = 0;
    }
    return first;
  }
  pop() {
    return this.dequeue();
  }
  toArray() {
    return this._elements.slice(this._offset);
  }
  clear() {
    this._elements = [];
    this._offset = 0;
  }
  clone() {
    return new Queue(this.toArray());
  }
  *[Symbol.iterator]() {
    for (let i = this._offset; i < this._elements.length; i++) yield this._elements[i];
  }
  static fromArray(elements) {
    return new Queue(elements);
  }
}

class Deque {
  constructor(elements) {
    const init = Array.isArray(elements) ? elements : [];
    let cap = 16;
    while (cap < init.length + 1) cap *= 2;
    this._buf = new Array(cap);
    this._head = 0;
    this._size = 0;
    for (const x of init) this.pushBack(x);
  }
  _grow() {
    const old = this._buf;
    const buf = new Array(old.length * 2);
    for (let i = 0; i < this._size; i++) buf[i] = old[(this._head + i) & (old.length - 1)];
    this._buf = buf;
    this._head = 0;
  }
  size() {
    return this._size;
  }
  isEmpty() {
    return this._size === 0;
  }
  pushFront(element) {
    if (this._size === this._buf.length) this._grow();
    this._head = (this._head - 1) & (this._buf.length - 1);
    this._buf[this._head] = element;
    this._size += 1;
    return this;
  }
  pushBack(element) {
    if (this._size === this._buf.length) this._grow();
    this._buf[(this._head + this._size) & (this._buf.length - 1)] = element;
    this._size += 1;
    return this;
  }
  popFront() {
    if (this._size === 0) return null;
    const x = this._buf[this._head];
    this._buf[this._head] = undefined;
    this._head = (this._head + 1) & (this._buf.length - 1);
    this._size -= 1;
    return x;
  }
  popBack() {
    if (this._size === 0) return null;
    const i = (this._head + this._size - 1) & (this._buf.length - 1);
    const x = this._buf[i];
    this._buf[i] = undefined;
    this._size -= 1;
    return x;
  }
  front() {
    return this._size ? this._buf[this._head] : null;
  }
  back() {
    return this._size ? this._buf[(this._head + this._size - 1) & (this._buf.length - 1)] : null;
  }
  toArray() {
    const out = new Array(this._size);
    for (let i = 0; i < this._size; i++) out[i] = this._buf[(this._head + i) & (this._buf.length - 1)];
    return out;
  }
  clear() {
    this._buf = new Array(16);
    this._head = 0;
    this._size = 0;
  }
  clone() {
    return new Deque(this.toArray());
  }
  *[Symbol.iterator]() {
    for (let i = 0; i < this._size; i++) yield this._buf[(this._head + i) & (this._buf.length - 1)];
  }
  static fromArray(elements) {
    return new Deque(elements);
  }
}

// ---------------------------------------------------------------------------------------
// Types: "int", "int[][]", "list<list<string>>", "ListNode", ...

const SCALARS = new Set(['int', 'long', 'uint32', 'bool', 'string', 'char', 'void']);
const typeCache = new Map();

function parseType(text) {
  let t = typeCache.get(text);
  if (t) return t;
  if (text.endsWith('[]')) t = { kind: 'array', inner: parseType(text.slice(0, -2)) };
  else if (text.startsWith('list<') && text.endsWith('>')) t = { kind: 'array', inner: parseType(text.slice(5, -1)) };
  else t = { kind: text };
  t.text = text;
  t.plainArray = t.kind === 'array' && SCALARS.has(t.inner.kind) && t.inner.kind !== 'long';
  typeCache.set(text, t);
  return t;
}

// `sig.constructor` would be Object's own constructor when the key is absent.
function ctorParams(sig) {
  return Object.prototype.hasOwnProperty.call(sig, 'constructor') ? sig.constructor : [];
}

function byName(list) {
  const out = new Map();
  for (const x of list) out.set(x.name, x);
  return out;
}

function typeNames(sig) {
  const names = [];
  for (const p of (sig.params || []).concat(ctorParams(sig))) names.push(p.type);
  if (sig.returns) names.push(sig.returns);
  for (const m of sig.methods || []) {
    names.push(m.returns);
    for (const p of m.params || []) names.push(p.type);
  }
  return names.join(' ');
}

// Inputs: JSON values to the solution's values.
class Decoder {
  constructor() {
    this.inputs = new Set(); // node objects made from the input (graph and random lists)
  }
  decode(t, v, nodes) {
    switch (t.kind) {
      case 'array': {
        if (v === null || v === undefined) return v;
        if (t.plainArray) return v;
        const out = new Array(v.length);
        for (let i = 0; i < v.length; i++) out[i] = this.decode(t.inner, v[i], nodes);
        return out;
      }
      case 'double':
      case 'int':
      case 'uint32':
        return typeof v === 'bigint' ? Number(v) : v;
      case 'ListNode': {
        let head = null;
        for (let i = v.length - 1; i >= 0; i--) head = new ListNode(v[i], head);
        return head;
      }
      case 'TreeNode':
        return this.tree(v, nodes);
      case 'Node':
        return this.graph(v);
      case 'RandomNode':
        return this.randomList(v);
      default:
        return v;
    }
  }
  tree(v, nodes) {
    if (!v.length || v[0] === null) return null;
    const root = new TreeNode(v[0]);
    const queue = [root];
    if (nodes && !nodes.has(root.val)) nodes.set(root.val, root);
    let qi = 0;
    let i = 1;
    while (i < v.length) {
      const parent = queue[qi++];
      if (v[i] !== null) {
        parent.left = new TreeNode(v[i]);
        queue.push(parent.left);
        if (nodes && !nodes.has(v[i])) nodes.set(v[i], parent.left);
      }
      i++;
      if (i < v.length && v[i] !== null) {
        parent.right = new TreeNode(v[i]);
        queue.push(parent.right);
        if (nodes && !nodes.has(v[i])) nodes.set(v[i], parent.right);
      }
      i++;
    }
    return root;
  }
  graph(v) {
    if (!v.length) return null;
    const made = v.map((_, i) => new GraphNode(i + 1, []));
    v.forEach((row, i) => {
      made[i].neighbors = row.map((j) => made[j - 1]);
    });
    for (const n of made) this.inputs.add(n);
    return made[0];
  }
  randomList(v) {
    const made = v.map((x) => new RandomNode(x[0], null, null));
    v.forEach((x, i) => {
      if (i + 1 < made.length) made[i].next = made[i + 1];
      made[i].random = x[1] === null ? null : made[x[1]];
    });
    for (const n of made) this.inputs.add(n);
    return made.length ? made[0] : null;
  }
}

const TWO_53 = 2 ** 53;

function describe(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return (value.constructor && value.constructor.name) || 'an object';
  return typeof value;
}

function number(v, integral) {
  if (typeof v === 'bigint') return v.toString();
  if (typeof v !== 'number') return plain(v);
  if (!Number.isFinite(v)) throw new BadOutput(`the answer holds a non-finite number (${v})`);
  if (integral && Number.isInteger(v) && Math.abs(v) >= TWO_53) return BigInt(v).toString();
  return String(v);
}

function double(v) {
  if (typeof v === 'bigint') return v.toString() + '.0';
  if (typeof v !== 'number') return plain(v);
  if (!Number.isFinite(v)) throw new BadOutput(`the answer holds a non-finite number (${v})`);
  if (Object.is(v, -0)) return '-0.0';
  if (Number.isInteger(v) && Math.abs(v) < 1e21) return String(v) + '.0';
  return String(v);
}

// A value of an unexpected type, as JSON (the judge shows it and calls it wrong).
function plain(v) {
  if (v === undefined || typeof v === 'function' || typeof v === 'symbol') return 'null';
  try {
    const text = JSON.stringify(v, (key, x) => {
      if (typeof x === 'bigint') return Number(x);
      if (typeof x === 'number' && !Number.isFinite(x)) throw new BadOutput(`the answer holds a non-finite number (${x})`);
      return x;
    });
    return text === undefined ? 'null' : text;
  } catch (e) {
    if (e instanceof BadOutput) throw e;
    throw new BadOutput(`the answer cannot be encoded as JSON: ${e.message}`);
  }
}

// Outputs: the solution's values to JSON text; `state.aliased` is set when a returned graph
// or random-list node is one of the input's.
function encode(t, v, inputs, state) {
  switch (t.kind) {
    case 'void':
      return 'null';
    // Values are coerced to the declared type as LeetCode's driver does (docs/design.md,
    // "JavaScript's return values"): a fraction in an integer truncates toward zero, any value
    // of a boolean counts by its truthiness.
    case 'int':
    case 'uint32':
    case 'long':
      if (typeof v === 'number' && Number.isFinite(v) && !Number.isInteger(v)) v = Math.trunc(v);
      return v === undefined || v === null ? 'null' : number(v, true);
    case 'double':
      return v === undefined || v === null ? 'null' : double(v);
    case 'bool':
      return v ? 'true' : 'false';
    case 'string':
    case 'char':
      return v === undefined || v === null ? 'null' : typeof v === 'string' ? JSON.stringify(v) : plain(v);
    case 'array': {
      if (v === undefined || v === null) return 'null';
      if (!Array.isArray(v) && !ArrayBuffer.isView(v)) {
        throw new BadOutput(`expected an array, got ${describe(v)}`);
      }
      const parts = new Array(v.length);
      for (let i = 0; i < v.length; i++) parts[i] = encode(t.inner, v[i], inputs, state);
      return '[' + parts.join(',') + ']';
    }
    case 'ListNode': {
      const out = [];
      const seen = new Set();
      let node = v;
      while (node !== null && node !== undefined) {
        if (seen.has(node)) throw new BadOutput('the returned list has a cycle');
        seen.add(node);
        out.push(node.val);
        node = node.next;
      }
      return '[' + out.map((x) => number(x, true)).join(',') + ']';
    }
    case 'TreeNode': {
      const out = [];
      const seen = new Set();
      const queue = [v];
      for (let qi = 0; qi < queue.length; qi++) {
        const node = queue[qi];
        if (node === null || node === undefined) {
          out.push('null');
          continue;
        }
        if (seen.has(node)) throw new BadOutput('the returned tree has a cycle or a shared node');
        seen.add(node);
        out.push(number(node.val, true));
        queue.push(node.left, node.right);
      }
      while (out.length && out[out.length - 1] === 'null') out.pop();
      return '[' + out.join(',') + ']';
    }
    case 'Node': {
      if (v === null || v === undefined) return '[]';
      const seen = new Set([v]);
      const order = [v];
      for (let qi = 0; qi < order.length; qi++) {
        for (const nb of order[qi].neighbors || []) {
          if (!seen.has(nb)) {
            seen.add(nb);
            order.push(nb);
          }
        }
      }
      order.sort((a, b) => a.val - b.val);
      for (const n of order) if (inputs.has(n)) state.aliased = true;
      return '[' + order.map((n) => '[' + (n.neighbors || []).map((nb) => number(nb.val, true)).join(',') + ']').join(',') + ']';
    }
    case 'RandomNode': {
      const nodes = [];
      const index = new Map();
      let node = v;
      while (node !== null && node !== undefined) {
        if (index.has(node)) throw new BadOutput('the returned list has a cycle');
        index.set(node, nodes.length);
        nodes.push(node);
        node = node.next;
      }
      const out = nodes.map((n) => {
        const r = n.random;
        if (r !== null && r !== undefined && !index.has(r)) {
          throw new BadOutput('a random pointer leaves the returned list');
        }
        return '[' + number(n.val, true) + ',' + (r === null || r === undefined ? 'null' : index.get(r)) + ']';
      });
      for (const n of nodes) if (inputs.has(n)) state.aliased = true;
      return '[' + out.join(',') + ']';
    }
    default:
      return plain(v);
  }
}

// ---------------------------------------------------------------------------------------
// Loading the user's file.

function lookup(name) {
  // Class declarations and top-level let/const live in the global lexical scope, not on
  // globalThis: a later script sees them.
  try {
    return vm.runInThisContext(name);
  } catch (e) {
    return undefined;
  }
}

function loadError(e) {
  return userPositions(loadMessage(e));
}

function loadMessage(e) {
  if (!(e instanceof Error)) return `${USER_PATH}: the file threw ${util.inspect(e)} while loading`;
  const stack = String(e.stack || '');
  const head = `${e.name}: ${e.message}`;
  if (stack.startsWith(USER_PATH + ':')) {
    // "path:line\ncode\n   ^^^\n\nSyntaxError: message\n    at ..."
    const [where, code, caret] = stack.split('\n');
    const lines = [`${where}: ${head}`];
    if (code !== undefined && code.trim()) lines.push('    ' + code);
    if (caret !== undefined && caret.trim()) lines.push('    ' + caret);
    return lines.join('\n');
  }
  const frame = stack.split('\n').find((l) => l.includes(USER_PATH));
  const at = frame ? frame.slice(frame.indexOf(USER_PATH)).replace(/\)$/, '') : USER_PATH;
  return `${at}: ${head}`;
}

function paramList(params) {
  return (params || []).filter((p) => !('cycle_in' in p)).map((p) => p.name).join(', ');
}

// LeetCode's packages, for a solution that requires them by name.
function prepRequire(name) {
  if (name === '@datastructures-js/priority-queue') return { PriorityQueue, MinPriorityQueue, MaxPriorityQueue };
  if (name === '@datastructures-js/queue') return { Queue };
  if (name === '@datastructures-js/deque') return { Deque };
  return require(name);
}

function load(sig) {
  const names = typeNames(sig);
  if (/(^|[^a-zA-Z])ListNode/.test(names)) define('ListNode', ListNode);
  if (/(^|[^a-zA-Z])TreeNode/.test(names)) define('TreeNode', TreeNode);
  if (/(^|[^a-zA-Z])RandomNode/.test(names)) {
    define('_Node', RandomNode);
    define('Node', RandomNode);
  } else if (/(^|[^a-zA-Z])Node/.test(names)) {
    define('_Node', GraphNode);
    define('Node', GraphNode);
  }
  define('MinPriorityQueue', MinPriorityQueue);
  define('MaxPriorityQueue', MaxPriorityQueue);
  define('PriorityQueue', PriorityQueue);
  define('Queue', Queue);
  define('Deque', Deque);
  define('require', prepRequire);
  let source;
  try {
    source = fs.readFileSync('solution.js', 'utf8');
  } catch (e) {
    record(JSON.stringify({ ev: 'compile_error', message: `${USER_PATH}: cannot be read: ${e.message}` }));
    return null;
  }
  if (source.startsWith('#!')) source = '//' + source.slice(2);
  try {
    vm.runInThisContext(source, { filename: USER_PATH });
  } catch (e) {
    record(JSON.stringify({ ev: 'compile_error', message: loadError(e) }));
    return null;
  }
  const fail = (message) => {
    record(JSON.stringify({ ev: 'compile_error', message: `${USER_PATH}: ${message}` }));
    return null;
  };
  if ('function' in sig) {
    const name = sig.function;
    const fn = lookup(name);
    const call = `prep calls \`${name}(${paramList(sig.params)})\` (LeetCode's signature)`;
    if (typeof fn === 'function') return { call: (...args) => fn(...args) };
    const Solution = lookup('Solution');
    if (typeof Solution === 'function' && Solution.prototype && typeof Solution.prototype[name] === 'function') {
      return { call: (...args) => new Solution()[name](...args) };
    }
    return fail(`no function \`${name}\` is defined: ${call}`);
  }
  const cls = sig.class;
  const Cls = lookup(cls);
  if ('roundtrip' in sig) {
    const [enc, dec] = sig.roundtrip;
    if (typeof Cls === 'function' && Cls.prototype && typeof Cls.prototype[enc] === 'function') {
      return { encode: (...a) => new Cls()[enc](...a), decode: (...a) => new Cls()[dec](...a) };
    }
    const e = lookup(enc);
    const d = lookup(dec);
    if (typeof e === 'function' && typeof d === 'function') return { encode: e, decode: d };
    const m = byName(sig.methods);
    return fail(`no functions \`${enc}\` and \`${dec}\` are defined: prep calls \`${dec}(${enc}(${paramList(m.get(enc).params)}))\` (LeetCode's signature)`);
  }
  if (typeof Cls !== 'function') {
    const args = paramList(ctorParams(sig));
    return fail(`no class \`${cls}\` is defined: prep calls \`new ${cls}(${args})\` and its methods (LeetCode's signature)`);
  }
  return { Cls };
}

// ---------------------------------------------------------------------------------------
// Running cases.

function userStack(e) {
  if (!(e instanceof Error)) return `Uncaught ${util.inspect(e)}`;
  let stack = String(e.stack || `${e.name}: ${e.message}`);
  const cut = stack.indexOf('\n    at ');
  const head = cut >= 0 ? stack.slice(0, cut) : stack;
  const frames = cut >= 0 ? stack.slice(cut + 1).split('\n').filter((l) => l.includes(USER_PATH)) : [];
  return userPositions([head].concat(frames.slice(0, 5)).join('\n'));
}

function errorType(e) {
  if (e instanceof RangeError && /Array buffer allocation failed|allocation failed/i.test(e.message)) {
    return 'MemoryError';
  }
  if (e && e.code === 'EFBIG') return 'OutputLimit';
  if (e instanceof Error) return e.name || 'Error';
  return 'Error';
}

function runCase(loaded, sig, inp, decoder) {
  // Returns a function that runs the user's code and gives back the judged value as JSON.
  if ('function' in sig) {
    const nodes = new Map();
    const args = {};
    for (const p of sig.params) {
      if (!('node_in' in p) && !('cycle_in' in p)) args[p.name] = decoder.decode(parseType(p.type), inp[p.name], nodes);
    }
    for (const p of sig.params) {
      if ('cycle_in' in p) {
        const pos = inp[p.name];
        const head = args[p.cycle_in];
        if (pos >= 0 && head) {
          let tail = head;
          let target = null;
          let i = 0;
          for (let node = head; node; node = node.next, i++) {
            if (i === pos) target = node;
            tail = node;
          }
          tail.next = target;
        }
      } else if ('node_in' in p) {
        const node = nodes.get(inp[p.name]);
        args[p.name] = node === undefined ? null : node;
      }
    }
    const passed = sig.params.filter((p) => !('cycle_in' in p)).map((p) => args[p.name]);
    const output = sig.output || {};
    return () => {
      const result = loaded.call(...passed);
      return () => {
        const state = { aliased: false };
        if ('param' in output) {
          const p = sig.params.find((q) => q.name === output.param);
          return [encode(parseType(p.type), args[output.param], decoder.inputs, state), false];
        }
        if (output.node_value) {
          return [result === null || result === undefined ? 'null' : number(result.val, true), false];
        }
        const text = encode(parseType(sig.returns), result, decoder.inputs, state);
        return [text, state.aliased];
      };
    };
  }
  const methods = byName(sig.methods);
  if ('roundtrip' in sig) {
    const [enc, dec] = sig.roundtrip;
    const args = methods.get(enc).params.map((p) => decoder.decode(parseType(p.type), inp[p.name]));
    return () => {
      const data = loaded.encode(...args);
      const result = loaded.decode(data);
      return () => [encode(parseType(methods.get(dec).returns), result, decoder.inputs, { aliased: false }), false];
    };
  }
  const ops = inp.ops;
  const allArgs = inp.args;
  const ctor = ctorParams(sig).map((p, i) => decoder.decode(parseType(p.type), allArgs[0][i]));
  const plainArgs = new Map();
  for (const m of sig.methods) plainArgs.set(m.name, m.params.every((p) => SCALARS.has(p.type) && p.type !== 'long'));
  const calls = new Array(ops.length);
  for (let i = 1; i < ops.length; i++) {
    const m = methods.get(ops[i]);
    if (!m || plainArgs.get(ops[i])) calls[i] = allArgs[i];
    else calls[i] = m.params.map((p, j) => decoder.decode(parseType(p.type), allArgs[i][j]));
  }
  return () => {
    const Cls = loaded.Cls;
    const results = new Array(ops.length);
    results[0] = undefined;
    let i = 0;
    try {
      const obj = new Cls(...ctor);
      for (i = 1; i < ops.length; i++) {
        const op = ops[i];
        const fn = obj[op];
        if (typeof fn !== 'function') {
          const m = methods.get(op);
          throw new TypeError(`${sig.class} has no method \`${op}\`: prep calls \`obj.${op}(${m ? paramList(m.params) : ''})\` (LeetCode's signature)`);
        }
        results[i] = fn.apply(obj, calls[i]);
      }
    } catch (e) {
      const shown = (allArgs[i] || []).map((x) => plain(x)).join(', ');
      const call = `in call ${i}: ${i === 0 ? 'new ' : ''}${ops[i]}(${shown})`;
      throw { prepThrown: e, prepCall: call };
    }
    return () => {
      const parts = ['null'];
      const state = { aliased: false };
      for (let j = 1; j < ops.length; j++) {
        const m = methods.get(ops[j]);
        parts.push(m ? encode(parseType(m.returns), results[j], decoder.inputs, state) : plain(results[j]));
      }
      return ['[' + parts.join(',') + ']', false];
    };
  };
}

function vmHwmKb() {
  try {
    const m = /VmHWM:\s*(\d+)/.exec(fs.readFileSync('/proc/self/status', 'latin1'));
    return m ? Number(m[1]) : 0;
  } catch (e) {
    return 0;
  }
}

// Large integers (a `long` past 2^53) keep every digit. Node 18 has no JSON.parse with the
// source text of each number (Node 20 only behind a flag), so one path serves every Node: a
// line with a run of 16 digits has its integers of 16 digits or more outside strings quoted with
// a marker before parsing, and the reviver makes them numbers again (BigInt past 2^53).
const LONG_MARK = '\u0000prep-long:';
function parseLine(line) {
  if (!/\d{16}/.test(line)) return JSON.parse(line);
  let out = '';
  let from = 0;
  let inString = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') {
      inString = true;
      continue;
    }
    if (c !== '-' && (c < '0' || c > '9')) continue;
    const start = c === '-' ? i + 1 : i;
    let j = start;
    while (j < line.length && line[j] >= '0' && line[j] <= '9') j++;
    const digits = j - start;
    let integral = true;
    while (j < line.length && /[0-9.eE+-]/.test(line[j])) {
      integral = false;
      j++;
    }
    if (integral && digits >= 16) {
      out += line.slice(from, i) + '"\\u0000prep-long:' + line.slice(i, j) + '"';
      from = j;
    }
    i = j - 1;
  }
  if (from === 0) return JSON.parse(line);
  return JSON.parse(out + line.slice(from), (key, v) => {
    if (typeof v === 'string' && v.startsWith(LONG_MARK)) {
      const text = v.slice(LONG_MARK.length);
      const n = Number(text);
      return Number.isSafeInteger(n) ? n : BigInt(text);
    }
    return v;
  });
}

// The user's stdout during a case: buffered, written to stdout.k.
const realWrite = process.stdout.write;
// The judge's cap on a case's stdout (the header's stdout_cap, judge/protocol.rs): past it the
// case is OUTPUT_LIMIT. Node ignores SIGXFSZ and console.log swallows the write error (EFBIG)
// at the file size limit, so the harness itself ends a flood.
let STDOUT_CAP = 0;
let caseFd = -1;
let caseK = -1;
let caseT0 = null;
let caseBytes = 0;
let pending = [];
let pendingBytes = 0;

function flushCase() {
  if (caseFd < 0 || !pending.length) return;
  const text = pending.join('');
  pending = [];
  pendingBytes = 0;
  caseBytes += Buffer.byteLength(text);
  let failed = false;
  try {
    writeAll(caseFd, text);
  } catch (e) {
    failed = true; // EFBIG at the file size limit
  }
  if (failed || caseBytes > STDOUT_CAP) {
    const t1 = process.cpuUsage(caseT0);
    const error = { type: 'OutputLimit', message: 'printed more than the output limit' };
    record(`{"ev":"done","k":${caseK},"error":${JSON.stringify(error)},"cpu_ms":${(t1.user + t1.system) / 1000},"mem_kb":${vmHwmKb()}}`);
    process.exit(0);
  }
}

function captureWrite(chunk, encoding, callback) {
  const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
  pending.push(text);
  pendingBytes += text.length;
  if (pendingBytes > 1 << 16) flushCase();
  const cb = typeof encoding === 'function' ? encoding : callback;
  if (typeof cb === 'function') process.nextTick(cb);
  return true;
}

// A solution that calls process.exit mid-case keeps what it printed.
let exiting = false;
process.on('exit', () => {
  if (exiting) return;
  exiting = true;
  try {
    flushCase();
  } catch (e) {
    // nothing more can be kept
  }
});

function main() {
  const data = fs.readFileSync(0, 'utf8').split('\n');
  const header = JSON.parse(data[0]);
  const sig = header.signature;
  STDOUT_CAP = header.stdout_cap;
  const loaded = load(sig);
  if (loaded === null) return;
  record('{"ev":"loaded"}');
  let heapAfterGc = v8.getHeapStatistics().used_heap_size;
  for (let li = 1; li < data.length; li++) {
    const line = data[li];
    data[li] = null;
    if (!line || !line.trim()) continue;
    const [k, inp] = parseLine(line);
    const decoder = new Decoder();
    let body = null;
    let prepared = null;
    try {
      body = runCase(loaded, sig, inp, decoder);
    } catch (e) {
      prepared = e;
    }
    caseFd = fs.openSync(`stdout.${k}`, 'w', 0o600);
    caseK = k;
    caseBytes = 0;
    process.stdout.write = captureWrite;
    record(`{"ev":"start","k":${k}}`);
    let done;
    let cpuMs = 0;
    const t0 = process.cpuUsage();
    caseT0 = t0;
    try {
      if (prepared) throw prepared;
      const finish = body();
      const t1 = process.cpuUsage(t0);
      cpuMs = (t1.user + t1.system) / 1000;
      const [value, aliased] = finish();
      done = `{"ev":"done","k":${k},"value":${value},"aliased":${aliased}`;
    } catch (e) {
      if (!cpuMs) {
        const t1 = process.cpuUsage(t0);
        cpuMs = (t1.user + t1.system) / 1000;
      }
      if (e instanceof BadOutput) {
        done = `{"ev":"done","k":${k},"bad_output":${JSON.stringify(e.message)}`;
      } else {
        const thrown = e !== null && typeof e === 'object' && 'prepThrown' in e ? e.prepThrown : e;
        let message;
        try {
          message = userStack(thrown);
          if (e && e.prepCall) message += `\n(${e.prepCall})`;
        } catch (e2) {
          message = String(errorType(thrown));
        }
        const error = { type: errorType(thrown), message };
        done = `{"ev":"done","k":${k},"error":${JSON.stringify(error)}`;
      }
    }
    process.stdout.write = realWrite;
    try {
      flushCase();
    } catch (e) {
      // EFBIG past the file size limit: the judge sees the file's size.
    }
    fs.closeSync(caseFd);
    caseFd = -1;
    record(`${done},"cpu_ms":${cpuMs},"mem_kb":${vmHwmKb()}}`);
    if (collect) {
      const used = v8.getHeapStatistics().used_heap_size;
      if (used > heapAfterGc + (32 << 20)) {
        collect();
        heapAfterGc = v8.getHeapStatistics().used_heap_size;
      }
    }
  }
}

main();
process.exit(0);
