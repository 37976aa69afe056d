function partition(s: string): string[][] {
    // isPal[i][j] is filled once (O(n^2)); the search then cuts off every palindromic
    // prefix of what is left.
    const n = s.length;
    const isPal: boolean[][] = Array.from({ length: n }, () => new Array<boolean>(n).fill(false));
    for (let i = n - 1; i >= 0; i--) {
        for (let j = i; j < n; j++) {
            isPal[i][j] = s[i] === s[j] && (j - i < 2 || isPal[i + 1][j - 1]);
        }
    }
    const out: string[][] = [];
    const pieces: string[] = [];
    const walk = (start: number): void => {
        if (start === n) {
            out.push([...pieces]);
            return;
        }
        for (let end = start; end < n; end++) {
            if (!isPal[start][end]) continue;
            pieces.push(s.slice(start, end + 1));
            walk(end + 1);
            pieces.pop();
        }
    };
    walk(0);
    return out;
};
