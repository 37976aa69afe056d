function generateParenthesis(n: number): string[] {
    const result: string[] = [];
    const build = (prefix: string, open: number, close: number): void => {
        if (prefix.length === 2 * n) {
            result.push(prefix);
            return;
        }
        if (open < n) build(prefix + "(", open + 1, close);
        if (close < open) build(prefix + ")", open, close + 1);
    };
    build("", 0, 0);
    return result;
};
