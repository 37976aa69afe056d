function getSum(a: number, b: number): number {
    // a ^ b is the sum without carries and (a & b) << 1 the carries; repeat until no carry
    // is left. JavaScript's bitwise operators work on signed 32-bit integers, so the
    // result wraps exactly as a 32-bit sum would.
    while (b !== 0) {
        const carry = (a & b) << 1;
        a = a ^ b;
        b = carry;
    }
    return a;
};
