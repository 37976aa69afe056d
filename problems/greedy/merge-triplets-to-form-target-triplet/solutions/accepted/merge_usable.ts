function mergeTriplets(triplets: number[][], target: number[]): boolean {
    // Merging every triplet that is nowhere above the target gives the largest triplet that
    // can be formed; it is the target or nothing is.
    const merged = [0, 0, 0];
    let any = false;
    for (const t of triplets) {
        if (t.every((x, j) => x <= target[j])) {
            any = true;
            for (let j = 0; j < 3; j++) merged[j] = Math.max(merged[j], t[j]);
        }
    }
    return any && merged.every((x, j) => x === target[j]);
};
