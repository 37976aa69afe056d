class Twitter:
    # Correct, but a feed gathers every tweet of the user and their followees and sorts them
    # all, though only 10 are needed: O(T log T) a feed, with T up to 10^4.
    def __init__(self):
        self.clock = 0
        self.tweets = collections.defaultdict(list)
        self.following = collections.defaultdict(set)

    def postTweet(self, userId: int, tweetId: int) -> None:
        self.clock += 1
        self.tweets[userId].append((self.clock, tweetId))

    def getNewsFeed(self, userId: int) -> List[int]:
        everything = list(self.tweets[userId])
        for u in self.following[userId]:
            everything.extend(self.tweets[u])
        everything.sort(reverse=True)
        return [tweet for _, tweet in everything[:10]]

    def follow(self, followerId: int, followeeId: int) -> None:
        if followerId != followeeId:
            self.following[followerId].add(followeeId)

    def unfollow(self, followerId: int, followeeId: int) -> None:
        self.following[followerId].discard(followeeId)
