type tweet struct {
    id, time int
}

type Twitter struct {
    clock   int
    tweets  map[int][]tweet
    follows map[int]map[int]bool
}

func Constructor() Twitter {
    return Twitter{tweets: map[int][]tweet{}, follows: map[int]map[int]bool{}}
}

func (this *Twitter) PostTweet(userId int, tweetId int) {
    this.clock++
    this.tweets[userId] = append(this.tweets[userId], tweet{tweetId, this.clock})
}

// feedHead is a user's newest tweet not yet taken into a feed: tweets[user][at].
type feedHead struct {
    user, at, time int
}

type newestFirst []feedHead

func (h newestFirst) Len() int           { return len(h) }
func (h newestFirst) Less(i, j int) bool { return h[i].time > h[j].time }
func (h newestFirst) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *newestFirst) Push(x any)        { *h = append(*h, x.(feedHead)) }
func (h *newestFirst) Pop() any {
    old := *h
    x := old[len(old)-1]
    *h = old[:len(old)-1]
    return x
}

func (this *Twitter) GetNewsFeed(userId int) []int {
    h := &newestFirst{}
    add := func(user int) {
        if ts := this.tweets[user]; len(ts) > 0 {
            *h = append(*h, feedHead{user, len(ts) - 1, ts[len(ts)-1].time})
        }
    }
    add(userId)
    for followee := range this.follows[userId] {
        add(followee)
    }
    heap.Init(h)
    feed := []int{}
    for len(feed) < 10 && h.Len() > 0 {
        top := heap.Pop(h).(feedHead)
        ts := this.tweets[top.user]
        feed = append(feed, ts[top.at].id)
        if top.at > 0 {
            heap.Push(h, feedHead{top.user, top.at - 1, ts[top.at-1].time})
        }
    }
    return feed
}

func (this *Twitter) Follow(followerId int, followeeId int) {
    if this.follows[followerId] == nil {
        this.follows[followerId] = map[int]bool{}
    }
    this.follows[followerId][followeeId] = true
}

func (this *Twitter) Unfollow(followerId int, followeeId int) {
    delete(this.follows[followerId], followeeId)
}
