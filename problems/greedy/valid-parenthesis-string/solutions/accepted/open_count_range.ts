function checkValidString(s: string): boolean {
    // The smallest and largest number of unclosed '(' that some reading of the stars leaves.
    let low = 0;
    let high = 0;
    for (const c of s) {
        if (c === "(") {
            low++;
            high++;
        } else if (c === ")") {
            low--;
            high--;
        } else {
            low--;
            high++;
        }
        if (high < 0) return false;
        low = Math.max(low, 0);
    }
    return low === 0;
};
