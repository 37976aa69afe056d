/**
 * @param {string} s
 * @param {string} t
 * @return {boolean}
 */
var isAnagram = function(s, t) {
    if (s.length !== t.length) return false;
    const count = new Map();
    for (const c of s) count.set(c, (count.get(c) || 0) + 1);
    for (const c of t) {
        const n = count.get(c);
        if (!n) return false;
        count.set(c, n - 1);
    }
    return true;
};
