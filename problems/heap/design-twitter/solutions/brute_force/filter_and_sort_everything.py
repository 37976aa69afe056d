class Twitter:
    # Keep one list of every tweet ever posted. A feed filters it down to the tweets of the
    # user and their followees, sorts those newest first and keeps 10: O(T log T) a feed.
    def __init__(self):
        self.posts = []
        self.following = collections.defaultdict(set)

    def postTweet(self, userId: int, tweetId: int) -> None:
        self.posts.append((len(self.posts), userId, tweetId))

    def getNewsFeed(self, userId: int) -> List[int]:
        seen = [p for p in self.posts if p[1] == userId or p[1] in self.following[userId]]
        seen.sort(reverse=True)
        return [p[2] for p in seen[:10]]

    def follow(self, followerId: int, followeeId: int) -> None:
        if followerId != followeeId:
            self.following[followerId].add(followeeId)

    def unfollow(self, followerId: int, followeeId: int) -> None:
        self.following[followerId].discard(followeeId)
