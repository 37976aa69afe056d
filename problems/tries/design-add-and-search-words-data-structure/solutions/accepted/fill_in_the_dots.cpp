class WordDictionary {
    // No trie: the words in a hash set. A pattern has at most two dots, so trying every
    // letter in each dot is at most 26 * 26 look-ups.
    unordered_set<string> words;

    bool match(string& pattern, size_t from) {
        size_t dot = pattern.find('.', from);
        if (dot == string::npos) return words.count(pattern) > 0;
        for (char c = 'a'; c <= 'z'; c++) {
            pattern[dot] = c;
            if (match(pattern, dot + 1)) {
                pattern[dot] = '.';
                return true;
            }
        }
        pattern[dot] = '.';
        return false;
    }

public:
    WordDictionary() {}

    void addWord(string word) { words.insert(move(word)); }

    bool search(string word) { return match(word, 0); }
};
