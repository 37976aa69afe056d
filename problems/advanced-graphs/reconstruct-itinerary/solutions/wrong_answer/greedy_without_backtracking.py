class Solution:
    def findItinerary(self, tickets: List[List[str]]) -> List[str]:
        # Always flies to the smallest destination left and never reconsiders, so a
        # dead end reached early leaves tickets unused.
        out = collections.defaultdict(list)
        for a, b in tickets:
            out[a].append(b)
        for dests in out.values():
            dests.sort(reverse=True)
        route = ["JFK"]
        while out[route[-1]]:
            route.append(out[route[-1]].pop())
        return route
