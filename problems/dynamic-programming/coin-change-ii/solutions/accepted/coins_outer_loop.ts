function change(amount: number, coins: number[]): number {
    // Coins in the outer loop: each combination is counted once, with its coins added in
    // the order of the list.
    const ways = new Array<number>(amount + 1).fill(0);
    ways[0] = 1;
    for (const coin of coins) {
        for (let a = coin; a <= amount; a++) ways[a] += ways[a - coin];
    }
    return ways[amount];
};
