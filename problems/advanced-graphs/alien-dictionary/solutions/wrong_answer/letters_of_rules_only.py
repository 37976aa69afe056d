class Solution:
    def alienOrder(self, words: List[str]) -> str:
        # Sorts only the letters that occur in some rule, leaving out letters that appear
        # in the words without any rule about them.
        after = collections.defaultdict(set)
        indegree = collections.Counter()
        for a, b in zip(words, words[1:]):
            for x, y in zip(a, b):
                if x != y:
                    if y not in after[x]:
                        after[x].add(y)
                        indegree[y] += 1
                        indegree[x] += 0
                    break
            else:
                if len(a) > len(b):
                    return ""
        ready = collections.deque(c for c in indegree if indegree[c] == 0)
        order = []
        while ready:
            c = ready.popleft()
            order.append(c)
            for d in after[c]:
                indegree[d] -= 1
                if indegree[d] == 0:
                    ready.append(d)
        return "".join(order) if len(order) == len(indegree) else ""
