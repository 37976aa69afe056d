type Trie struct {
    children [26]*Trie
    end      bool
}

func Constructor() Trie {
    return Trie{}
}

func (this *Trie) Insert(word string) {
    n := this
    for i := 0; i < len(word); i++ {
        c := word[i] - 'a'
        if n.children[c] == nil {
            n.children[c] = &Trie{}
        }
        n = n.children[c]
    }
    n.end = true
}

// find returns the node reached by s, or nil when no word starts with s.
func (this *Trie) find(s string) *Trie {
    n := this
    for i := 0; i < len(s) && n != nil; i++ {
        n = n.children[s[i]-'a']
    }
    return n
}

func (this *Trie) Search(word string) bool {
    n := this.find(word)
    return n != nil && n.end
}

func (this *Trie) StartsWith(prefix string) bool {
    return this.find(prefix) != nil
}
