class TrieNode {
    children: (TrieNode | undefined)[] = new Array(26);
    isWord = false;
}

class Trie {
    private root = new TrieNode();

    insert(word: string): void {
        let node = this.root;
        for (let i = 0; i < word.length; i++) {
            const c = word.charCodeAt(i) - 97;
            node = node.children[c] ??= new TrieNode();
        }
        node.isWord = true;
    }

    search(word: string): boolean {
        return this.walk(word)?.isWord ?? false;
    }

    startsWith(prefix: string): boolean {
        return this.walk(prefix) !== undefined;
    }

    private walk(s: string): TrieNode | undefined {
        let node: TrieNode | undefined = this.root;
        for (let i = 0; i < s.length && node; i++) node = node.children[s.charCodeAt(i) - 97];
        return node;
    }
}
