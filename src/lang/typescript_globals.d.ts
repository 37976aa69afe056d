// What the JavaScript harness (javascript_harness.js) gives every solution, declared to the
// TypeScript compiler, one section per global name: typescript.rs leaves out a section whose
// name the user's file declares itself (its own `class PriorityQueue`), as the harness lets
// the user's own definition win. The priority queues follow @datastructures-js/priority-queue
// 6.x; their element type defaults to `any`, so the 4.x forms (`enqueue(x, priority)`,
// `dequeue().element`) type-check as they run.

// @prep-global console
interface Console {
    log(...data: any[]): void;
    info(...data: any[]): void;
    debug(...data: any[]): void;
    warn(...data: any[]): void;
    error(...data: any[]): void;
    table(data: any, columns?: string[]): void;
    dir(item?: any, options?: any): void;
    assert(condition?: boolean, ...data: any[]): void;
}
declare var console: Console;

// @prep-global require
declare function require(name: string): any;

// @prep-global PrepPriorityQueue
// What the three priority queues share.
interface PrepPriorityQueue<T> {
    size(): number;
    isEmpty(): boolean;
    front(): T;
    back(): T;
    enqueue(element: T, priority?: number): this;
    push(element: T, priority?: number): this;
    dequeue(): T;
    pop(): T;
    remove(callback: (element: T) => boolean): T[];
    contains(callback: (element: T) => boolean): boolean;
    toArray(): T[];
    clear(): void;
    [Symbol.iterator](): Iterator<T>;
}

// @prep-global PriorityQueue
interface PriorityQueue<T = any> extends PrepPriorityQueue<T> {}
declare var PriorityQueue: {
    new <T = any>(compare: ((a: T, b: T) => number) | { compare?: (a: T, b: T) => number; priority?: (element: T) => number }, values?: T[]): PriorityQueue<T>;
    fromArray<T>(values: T[], compare: (a: T, b: T) => number): PriorityQueue<T>;
};

// @prep-global MinPriorityQueue
interface MinPriorityQueue<T = any> extends PrepPriorityQueue<T> {}
declare var MinPriorityQueue: {
    new <T = any>(getCompareValue?: ((element: T) => number | string) | { priority?: (element: T) => number }, values?: T[]): MinPriorityQueue<T>;
    fromArray<T>(values: T[], getCompareValue?: (element: T) => number | string): MinPriorityQueue<T>;
};

// @prep-global MaxPriorityQueue
interface MaxPriorityQueue<T = any> extends PrepPriorityQueue<T> {}
declare var MaxPriorityQueue: {
    new <T = any>(getCompareValue?: ((element: T) => number | string) | { priority?: (element: T) => number }, values?: T[]): MaxPriorityQueue<T>;
    fromArray<T>(values: T[], getCompareValue?: (element: T) => number | string): MaxPriorityQueue<T>;
};

// @prep-global Queue
declare class Queue<T = any> {
    constructor(elements?: T[]);
    size(): number;
    isEmpty(): boolean;
    enqueue(element: T): this;
    push(element: T): this;
    front(): T;
    back(): T;
    dequeue(): T;
    pop(): T;
    toArray(): T[];
    clear(): void;
    clone(): Queue<T>;
    [Symbol.iterator](): Iterator<T>;
    static fromArray<T>(elements: T[]): Queue<T>;
}

// @prep-global Deque
declare class Deque<T = any> {
    constructor(elements?: T[]);
    size(): number;
    isEmpty(): boolean;
    pushFront(element: T): this;
    pushBack(element: T): this;
    popFront(): T;
    popBack(): T;
    front(): T;
    back(): T;
    toArray(): T[];
    clear(): void;
    clone(): Deque<T>;
    [Symbol.iterator](): Iterator<T>;
    static fromArray<T>(elements: T[]): Deque<T>;
}
