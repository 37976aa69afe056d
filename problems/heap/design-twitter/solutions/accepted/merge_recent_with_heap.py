class Twitter:
    # Each user keeps their own tweets in posting order, stamped with a global clock. A feed
    # merges the newest ends of the lists of the user and their followees with a max-heap,
    # taking at most 10: O(F + 10 log F) for F followees.
    def __init__(self):
        self.clock = 0
        self.tweets = collections.defaultdict(list)
        self.following = collections.defaultdict(set)

    def postTweet(self, userId: int, tweetId: int) -> None:
        self.clock -= 1  # negative, so that heapq's min-heap pops the newest first
        self.tweets[userId].append((self.clock, tweetId))

    def getNewsFeed(self, userId: int) -> List[int]:
        heap = []
        for u in itertools.chain((userId,), self.following.get(userId, ())):
            mine = self.tweets.get(u)
            if mine:
                i = len(mine) - 1
                heap.append((mine[i][0], mine[i][1], mine, i))
        heapq.heapify(heap)
        feed = []
        while heap and len(feed) < 10:
            _, tweet, mine, i = heap[0]
            feed.append(tweet)
            if i > 0:
                heapq.heapreplace(heap, (mine[i - 1][0], mine[i - 1][1], mine, i - 1))
            else:
                heapq.heappop(heap)
        return feed

    def follow(self, followerId: int, followeeId: int) -> None:
        if followerId != followeeId:
            self.following[followerId].add(followeeId)

    def unfollow(self, followerId: int, followeeId: int) -> None:
        if followerId in self.following:
            self.following[followerId].discard(followeeId)
