function findItinerary(tickets: string[][]): string[] {
    // Hierholzer: always follow the smallest unused ticket; an airport with no ticket
    // left goes onto the route, which therefore comes out reversed.
    const out = new Map<string, string[]>();
    for (const [from, to] of tickets) {
        const dests = out.get(from);
        if (dests) dests.push(to);
        else out.set(from, [to]);
    }
    // Sorted descending, so pop() hands out the smallest destination.
    for (const dests of out.values()) dests.sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
    const route: string[] = [];
    const stack = ["JFK"];
    while (stack.length > 0) {
        const dests = out.get(stack[stack.length - 1]);
        if (dests && dests.length > 0) stack.push(dests.pop()!);
        else route.push(stack.pop()!);
    }
    return route.reverse();
};
