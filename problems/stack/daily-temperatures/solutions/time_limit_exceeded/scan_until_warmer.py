class Solution:
    # O(n^2) when warmer days are rare: on a run of days that never gets warmer, every day
    # scans to the end of the array.
    def dailyTemperatures(self, temperatures: List[int]) -> List[int]:
        n = len(temperatures)
        answer = []
        for i in range(n):
            wait = 0
            j = i + 1
            while j < n:
                if temperatures[j] > temperatures[i]:
                    wait = j - i
                    break
                j += 1
            answer.append(wait)
        return answer
