class Twitter:
    # Bug: takes a larger tweet id to mean a newer tweet. Ids are only distinct, not
    # increasing, so the feed comes out in the wrong order and keeps the wrong 10.
    def __init__(self):
        self.tweets = collections.defaultdict(list)
        self.following = collections.defaultdict(set)

    def postTweet(self, userId: int, tweetId: int) -> None:
        # Kept sorted by id, newest (as it believes) at the end.
        bisect.insort(self.tweets[userId], tweetId)

    def getNewsFeed(self, userId: int) -> List[int]:
        heap = []
        for u in itertools.chain((userId,), self.following.get(userId, ())):
            mine = self.tweets.get(u)
            if mine:
                heap.append((-mine[-1], u, len(mine) - 1))
        heapq.heapify(heap)
        feed = []
        while heap and len(feed) < 10:
            neg, u, i = heapq.heappop(heap)
            feed.append(-neg)
            if i > 0:
                heapq.heappush(heap, (-self.tweets[u][i - 1], u, i - 1))
        return feed

    def follow(self, followerId: int, followeeId: int) -> None:
        if followerId != followeeId:
            self.following[followerId].add(followeeId)

    def unfollow(self, followerId: int, followeeId: int) -> None:
        if followerId in self.following:
            self.following[followerId].discard(followeeId)
