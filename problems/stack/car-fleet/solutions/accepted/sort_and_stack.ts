function carFleet(target: number, position: number[], speed: number[]): number {
    const order = position.map((_, i) => i).sort((a, b) => position[b] - position[a]);
    let fleets = 0;
    let slowestAhead = 0;
    for (const i of order) {
        const arrival = (target - position[i]) / speed[i];
        if (arrival > slowestAhead) {
            fleets++;
            slowestAhead = arrival;
        }
    }
    return fleets;
};
