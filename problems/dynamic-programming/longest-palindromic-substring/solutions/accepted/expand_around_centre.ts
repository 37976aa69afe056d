function longestPalindrome(s: string): string {
    // Every palindrome has a centre (a letter or a gap between two); grow each of the
    // 2n - 1 centres as far as it goes. O(n^2) time, O(1) space.
    let start = 0, best = 0;
    const grow = (l: number, r: number): void => {
        while (l >= 0 && r < s.length && s[l] === s[r]) {
            l--;
            r++;
        }
        if (r - l - 1 > best) {
            best = r - l - 1;
            start = l + 1;
        }
    };
    for (let i = 0; i < s.length; i++) {
        grow(i, i);
        grow(i, i + 1);
    }
    return s.slice(start, start + best);
};
