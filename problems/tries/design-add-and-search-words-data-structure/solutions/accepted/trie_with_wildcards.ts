class TrieNode {
    children = new Map<string, TrieNode>();
    isWord = false;
}

class WordDictionary {
    private root = new TrieNode();

    addWord(word: string): void {
        let node = this.root;
        for (const c of word) {
            let child = node.children.get(c);
            if (!child) {
                child = new TrieNode();
                node.children.set(c, child);
            }
            node = child;
        }
        node.isWord = true;
    }

    search(word: string): boolean {
        const match = (node: TrieNode, i: number): boolean => {
            if (i === word.length) return node.isWord;
            if (word[i] !== ".") {
                const child = node.children.get(word[i]);
                return child !== undefined && match(child, i + 1);
            }
            for (const child of node.children.values()) {
                if (match(child, i + 1)) return true;
            }
            return false;
        };
        return match(this.root, 0);
    }
}
