class Solution:
    def findItinerary(self, tickets: List[List[str]]) -> List[str]:
        # Depth-first search over the tickets in dictionary order, undoing a choice that
        # leads to a dead end; the first complete trip found is the smallest.
        order = sorted(range(len(tickets)), key=lambda i: tickets[i])
        used = [False] * len(tickets)
        route = ["JFK"]

        def go():
            if len(route) == len(tickets) + 1:
                return True
            tried = set()
            for i in order:
                a, b = tickets[i]
                if not used[i] and a == route[-1] and b not in tried:
                    tried.add(b)
                    used[i] = True
                    route.append(b)
                    if go():
                        return True
                    route.pop()
                    used[i] = False
            return False

        go()
        return route
