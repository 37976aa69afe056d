function myPow(x: number, n: number): number {
    let base = n < 0 ? 1 / x : x;
    let e = Math.abs(n);
    let result = 1;
    while (e > 0) {
        if (e % 2 === 1) result *= base;
        base *= base;
        e = Math.floor(e / 2);
    }
    return result;
};
