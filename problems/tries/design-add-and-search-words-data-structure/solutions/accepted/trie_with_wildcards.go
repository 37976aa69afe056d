type WordDictionary struct {
    children [26]*WordDictionary
    end      bool
}

func Constructor() WordDictionary {
    return WordDictionary{}
}

func (this *WordDictionary) AddWord(word string) {
    n := this
    for i := 0; i < len(word); i++ {
        c := word[i] - 'a'
        if n.children[c] == nil {
            n.children[c] = &WordDictionary{}
        }
        n = n.children[c]
    }
    n.end = true
}

func (this *WordDictionary) Search(word string) bool {
    if word == "" {
        return this.end
    }
    if word[0] == '.' {
        for _, child := range this.children {
            if child != nil && child.Search(word[1:]) {
                return true
            }
        }
        return false
    }
    child := this.children[word[0]-'a']
    return child != nil && child.Search(word[1:])
}
