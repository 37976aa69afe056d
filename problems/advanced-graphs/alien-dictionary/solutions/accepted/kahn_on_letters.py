class Solution:
    def alienOrder(self, words: List[str]) -> str:
        # Neighbouring words give one rule each (their first differing letters); a
        # topological sort of the letters under those rules is the answer.
        after = {c: set() for w in words for c in w}
        indegree = {c: 0 for c in after}
        for a, b in zip(words, words[1:]):
            for x, y in zip(a, b):
                if x != y:
                    if y not in after[x]:
                        after[x].add(y)
                        indegree[y] += 1
                    break
            else:
                if len(a) > len(b):
                    return ""
        ready = collections.deque(sorted(c for c in indegree if indegree[c] == 0))
        order = []
        while ready:
            c = ready.popleft()
            order.append(c)
            for d in sorted(after[c]):
                indegree[d] -= 1
                if indegree[d] == 0:
                    ready.append(d)
        return "".join(order) if len(order) == len(indegree) else ""
