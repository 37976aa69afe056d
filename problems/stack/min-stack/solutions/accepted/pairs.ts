class MinStack {
    private stack: [number, number][] = [];

    push(val: number): void {
        const min = this.stack.length ? Math.min(val, this.getMin()) : val;
        this.stack.push([val, min]);
    }

    pop(): void {
        this.stack.pop();
    }

    top(): number {
        return this.stack[this.stack.length - 1][0];
    }

    getMin(): number {
        return this.stack[this.stack.length - 1][1];
    }
}
