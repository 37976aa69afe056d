function countSubstrings(s: string): number {
    // Grow each of the 2n - 1 centres; every step that still matches is one more
    // palindrome. O(n^2) time, O(1) space.
    let count = 0;
    const grow = (l: number, r: number): void => {
        while (l >= 0 && r < s.length && s[l] === s[r]) {
            count++;
            l--;
            r++;
        }
    };
    for (let i = 0; i < s.length; i++) {
        grow(i, i);
        grow(i, i + 1);
    }
    return count;
};
