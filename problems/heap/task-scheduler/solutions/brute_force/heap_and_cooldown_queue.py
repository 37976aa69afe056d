class Solution:
    # Simulate the greedy schedule: always run the available kind with the most tasks left.
    # A max-heap holds the available kinds, a queue holds those cooling down with the time
    # they come back; when nothing is available, jump straight to that time.
    def leastInterval(self, tasks: List[str], n: int) -> int:
        heap = [-c for c in collections.Counter(tasks).values()]
        heapq.heapify(heap)
        cooling = collections.deque()
        time = 0
        while heap or cooling:
            if not heap:
                time = max(time, cooling[0][1])
            while cooling and cooling[0][1] <= time:
                heapq.heappush(heap, cooling.popleft()[0])
            left = heapq.heappop(heap) + 1
            time += 1
            if left:
                cooling.append((left, time + n))
        return time
