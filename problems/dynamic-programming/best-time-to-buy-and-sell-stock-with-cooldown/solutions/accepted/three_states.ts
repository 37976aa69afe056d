function maxProfit(prices: number[]): number {
    // Three states at the end of each day: holding a share, just sold (cooldown next), or
    // free to buy.
    let hold = -Infinity, sold = 0, free = 0;
    for (const p of prices) {
        const prevSold = sold;
        sold = hold + p;
        hold = Math.max(hold, free - p);
        free = Math.max(free, prevSold);
    }
    return Math.max(sold, free);
};
