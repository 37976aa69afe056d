type lruNode struct {
    key, value int
    prev, next *lruNode
}

type LRUCache struct {
    capacity int
    nodes    map[int]*lruNode
    ring     *lruNode // sentinel: ring.next is the most recently used, ring.prev the least
}

func Constructor(capacity int) LRUCache {
    ring := &lruNode{}
    ring.prev, ring.next = ring, ring
    return LRUCache{capacity: capacity, nodes: make(map[int]*lruNode, capacity), ring: ring}
}

func (this *LRUCache) unlink(n *lruNode) {
    n.prev.next = n.next
    n.next.prev = n.prev
}

func (this *LRUCache) pushFront(n *lruNode) {
    n.prev, n.next = this.ring, this.ring.next
    this.ring.next.prev = n
    this.ring.next = n
}

func (this *LRUCache) Get(key int) int {
    n, ok := this.nodes[key]
    if !ok {
        return -1
    }
    this.unlink(n)
    this.pushFront(n)
    return n.value
}

func (this *LRUCache) Put(key int, value int) {
    if n, ok := this.nodes[key]; ok {
        n.value = value
        this.unlink(n)
        this.pushFront(n)
        return
    }
    if len(this.nodes) == this.capacity {
        oldest := this.ring.prev
        this.unlink(oldest)
        delete(this.nodes, oldest.key)
    }
    n := &lruNode{key: key, value: value}
    this.nodes[key] = n
    this.pushFront(n)
}
