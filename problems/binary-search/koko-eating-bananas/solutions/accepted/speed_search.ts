function minEatingSpeed(piles: number[], h: number): number {
    let lo = 1, hi = Math.max(...piles);
    while (lo < hi) {
        const speed = Math.floor((lo + hi) / 2);
        let hours = 0;
        for (const p of piles) hours += Math.ceil(p / speed);
        if (hours <= h) hi = speed;
        else lo = speed + 1;
    }
    return lo;
};
