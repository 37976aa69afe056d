function numDecodings(s: string): number {
    // ways(i) = ways(i-1) if s[i-1] is a code on its own (1-9)
    //         + ways(i-2) if s[i-2..i] is a two-digit code (10-26).
    let prev2 = 0, prev1 = 1;
    for (let i = 1; i <= s.length; i++) {
        let cur = 0;
        if (s[i - 1] !== "0") cur += prev1;
        if (i >= 2) {
            const two = Number(s.slice(i - 2, i));
            if (s[i - 2] !== "0" && two <= 26) cur += prev2;
        }
        prev2 = prev1;
        prev1 = cur;
    }
    return prev1;
};
