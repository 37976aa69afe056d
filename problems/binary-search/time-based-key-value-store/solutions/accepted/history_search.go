type entry struct {
    time  int
    value string
}

type TimeMap struct {
    history map[string][]entry
}

func Constructor() TimeMap {
    return TimeMap{history: map[string][]entry{}}
}

func (this *TimeMap) Set(key string, value string, timestamp int) {
    this.history[key] = append(this.history[key], entry{timestamp, value})
}

func (this *TimeMap) Get(key string, timestamp int) string {
    h := this.history[key]
    // The first entry later than timestamp; the one before it is the answer.
    i := sort.Search(len(h), func(i int) bool { return h[i].time > timestamp })
    if i == 0 {
        return ""
    }
    return h[i-1].value
}
