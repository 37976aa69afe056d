class Twitter:
    # Bug: unfollow uses set.remove, which raises KeyError when the follower was not
    # following that user (a call the problem allows: it should do nothing).
    def __init__(self):
        self.clock = 0
        self.tweets = collections.defaultdict(list)
        self.following = collections.defaultdict(set)

    def postTweet(self, userId: int, tweetId: int) -> None:
        self.clock += 1
        self.tweets[userId].append((self.clock, tweetId))

    def getNewsFeed(self, userId: int) -> List[int]:
        heap = []
        for u in self.following[userId] | {userId}:
            mine = self.tweets.get(u)
            if mine:
                heap.append((-mine[-1][0], mine[-1][1], u, len(mine) - 1))
        heapq.heapify(heap)
        feed = []
        while heap and len(feed) < 10:
            _, tweet, u, i = heapq.heappop(heap)
            feed.append(tweet)
            if i > 0:
                t, tw = self.tweets[u][i - 1]
                heapq.heappush(heap, (-t, tw, u, i - 1))
        return feed

    def follow(self, followerId: int, followeeId: int) -> None:
        if followerId != followeeId:
            self.following[followerId].add(followeeId)

    def unfollow(self, followerId: int, followeeId: int) -> None:
        self.following[followerId].remove(followeeId)
