class Solution:
    # The stack holds the days still waiting for a warmer one; their temperatures never
    # increase from bottom to top. A warmer day settles every waiting day colder than it.
    def dailyTemperatures(self, temperatures: List[int]) -> List[int]:
        answer = [0] * len(temperatures)
        waiting = []
        for i, t in enumerate(temperatures):
            while waiting and temperatures[waiting[-1]] < t:
                j = waiting.pop()
                answer[j] = i - j
            waiting.append(i)
        return answer
