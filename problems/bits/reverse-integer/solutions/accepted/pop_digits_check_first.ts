function reverse(x: number): number {
    // Move the digits one by one from the end of |x| to the end of the result; before each
    // step check that rev * 10 + digit stays within the signed 32-bit limit for the sign.
    const limit = x >= 0 ? 2 ** 31 - 1 : 2 ** 31;
    const sign = x >= 0 ? 1 : -1;
    let rest = Math.abs(x);
    let rev = 0;
    while (rest > 0) {
        const digit = rest % 10;
        rest = Math.floor(rest / 10);
        if (rev > Math.floor((limit - digit) / 10)) return 0;
        rev = rev * 10 + digit;
    }
    return rev === 0 ? 0 : sign * rev;
};
