/**
 * @param {number[][]} triplets
 * @param {number[]} target
 * @return {boolean}
 */
var mergeTriplets = function(triplets, target) {
    // A triplet larger than the target anywhere can never be merged in. Merging every other
    // one gives the largest triplet that can be formed; it is the target or nothing is.
    const merged = [0, 0, 0];
    let any = false;
    for (const t of triplets) {
        if (t[0] <= target[0] && t[1] <= target[1] && t[2] <= target[2]) {
            any = true;
            for (let j = 0; j < 3; j++) merged[j] = Math.max(merged[j], t[j]);
        }
    }
    return any && merged[0] === target[0] && merged[1] === target[1] && merged[2] === target[2];
};
