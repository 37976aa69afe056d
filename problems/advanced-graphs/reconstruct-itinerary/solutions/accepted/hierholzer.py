class Solution:
    def findItinerary(self, tickets: List[List[str]]) -> List[str]:
        # Hierholzer: follow the smallest unused ticket; an airport with nothing left to
        # take goes onto the route, which comes out in reverse.
        out = collections.defaultdict(list)
        for a, b in tickets:
            out[a].append(b)
        for dests in out.values():
            dests.sort(reverse=True)
        route, stack = [], ["JFK"]
        while stack:
            top = stack[-1]
            if out[top]:
                stack.append(out[top].pop())
            else:
                route.append(stack.pop())
        return route[::-1]
