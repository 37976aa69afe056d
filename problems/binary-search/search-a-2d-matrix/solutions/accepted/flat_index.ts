function searchMatrix(matrix: number[][], target: number): boolean {
    // Read row after row the grid is one sorted array of m * n values: binary search on
    // the flat index i, which is the cell (i / n, i % n).
    const m = matrix.length, n = matrix[0].length;
    let lo = 0, hi = m * n - 1;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const v = matrix[Math.floor(mid / n)][mid % n];
        if (v === target) return true;
        if (v < target) lo = mid + 1;
        else hi = mid - 1;
    }
    return false;
};
