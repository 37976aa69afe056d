function isNStraightHand(hand: number[], groupSize: number): boolean {
    if (hand.length % groupSize !== 0) return false;
    const counts = new Map<number, number>();
    for (const card of hand) counts.set(card, (counts.get(card) ?? 0) + 1);
    const values = [...counts.keys()].sort((a, b) => a - b);
    for (const first of values) {
        const need = counts.get(first)!;
        if (need === 0) continue;
        for (let v = first; v < first + groupSize; v++) {
            const have = counts.get(v) ?? 0;
            if (have < need) return false;
            counts.set(v, have - need);
        }
    }
    return true;
};
