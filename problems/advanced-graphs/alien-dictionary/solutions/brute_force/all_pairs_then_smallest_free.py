class Solution:
    def alienOrder(self, words: List[str]) -> str:
        # Every pair of words (not just neighbours) must be in order: collect the rules
        # from all pairs, then repeatedly take a letter that no remaining rule puts later.
        rules = set()
        for i in range(len(words)):
            for j in range(i + 1, len(words)):
                a, b = words[i], words[j]
                k = 0
                while k < len(a) and k < len(b) and a[k] == b[k]:
                    k += 1
                if k < len(a) and k < len(b):
                    rules.add((a[k], b[k]))
                elif len(a) > len(b):
                    return ""
        left = set("".join(words))
        order = []
        while left:
            free = [c for c in left if not any(x in left and y == c for x, y in rules)]
            if not free:
                return ""
            c = min(free)
            order.append(c)
            left.remove(c)
        return "".join(order)
